"""Where the app's bundled files live: source checkout, installed package or frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the `resources/` folder (briefings, fonts, icons, translations)."""
    return _top() / "resources"


def templates_dir() -> Path:
    """Return the `slides_templates/` folder of PowerPoint templates."""
    return _top() / "slides_templates"


def default_briefing() -> Path:
    """Return the folder of the built-in briefing."""
    return resources_dir() / "briefings" / "etdz-2023"


def default_template(aspect: str = "16:9") -> Path:
    """Return the default PowerPoint template of `aspect`: 16:9, or a native 4:3 one."""
    return templates_dir() / ("default-4x3.pptx" if aspect == "4:3" else "default.pptx")


def _top() -> Path:
    override = os.environ.get("BRIEFING_APP_HOME")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller one-folder bundle: data files sit beside the package
        return Path(frozen)
    return Path(__file__).resolve().parents[2]  # src/briefing_app -> the checkout
