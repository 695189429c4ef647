"""Register the bundled CJK font (resources/fonts) and make it the application default.

Call `register_fonts()` once a QGuiApplication exists and before the first window is shown.
It is cheap (two addApplicationFont calls on ~1.6 MB files) and idempotent.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from briefing_app import paths
from briefing_app.ui import theme

log = logging.getLogger(__name__)

#: The bundled files, in resources/fonts.
FONT_FILES = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")

_registered: str | None = None


def fonts_dir() -> Path:
    """Return the folder of the bundled fonts."""
    return paths.resources_dir() / "fonts"


def register_fonts() -> str:
    """Register the bundled fonts and set the application default font; return its family.

    The default font's families are the bundled family followed by `theme.FALLBACK_FAMILIES`,
    so a character the subset lacks falls back to a system CJK font. If no bundled file can be
    loaded, a warning is logged and the system fonts are used (the first fallback family
    installed, else the platform default); the app never fails to start over fonts.
    A second call returns the first call's answer and does nothing.
    """
    global _registered
    if _registered is not None:
        return _registered
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_fonts() needs a QGuiApplication")

    loaded: set[str] = set()
    for name in FONT_FILES:
        path = fonts_dir() / name
        if not path.is_file():
            log.warning("Bundled font %s is missing; using system fonts for it", path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the bundled font %s; using system fonts for it", path)
            continue
        loaded.update(QFontDatabase.applicationFontFamilies(font_id))

    if theme.FONT_FAMILY in loaded:
        family = theme.FONT_FAMILY
    else:
        if loaded:
            log.warning(
                "Bundled fonts declare families %s, not %r", sorted(loaded), theme.FONT_FAMILY
            )
        installed = set(QFontDatabase.families())
        family = next(
            (f for f in theme.FALLBACK_FAMILIES if f in installed), QGuiApplication.font().family()
        )
        log.warning(
            "Bundled font family %r unavailable; falling back to %r", theme.FONT_FAMILY, family
        )

    font = QFont(QGuiApplication.font())
    font.setFamilies([family, *(f for f in theme.FALLBACK_FAMILIES if f != family)])
    QGuiApplication.setFont(font)
    _registered = family
    return family
