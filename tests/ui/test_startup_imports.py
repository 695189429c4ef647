"""The way to the first panel: no heavy or editing module is imported before it is painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT

#: Modules (and packages) the first panel must not wait for: the editor and its YAML saver,
#: the draft's readers, images, charts, decks, the check's message catalog, test tools.
HEAVY = (
    "briefing_app.content.splice",
    "docx",
    "pypdf",
    "PIL",
    "pyqtgraph",
    "numpy",
    "pptx",
    "hypothesis",
    "briefing_app.ui.editor",
    "briefing_app.ui.navigator",
    "briefing_app.ui.charts",
    "briefing_app.export",
    "briefing_app.draft",
)
#: The check itself: not needed when the start-up cache serves a briefing that passed it.
CHECK = ("briefing_app.content.loader", "briefing_app.content.catalog")

# The smoke path itself (`briefing-app --smoke`), with its first-paint report wrapped so that
# the modules imported by then are written out before the app quits.
SCRIPT = r"""
import json, sys
import briefing_app.startup as startup
real = startup.ms_since_process_start
def report():
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(sorted(sys.modules), f)
    return real()
startup.ms_since_process_start = report
from briefing_app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def modules_at_first_paint(tmp_path: Path, *args: str) -> list[str]:
    out = tmp_path / "modules.json"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BRIEFING_APP_SETTINGS=str(tmp_path / "settings.ini"),
        BRIEFING_APP_CACHE=str(tmp_path / "cache"),
    )
    for _ in range(2):  # the first start fills the cache of checked briefings; users start
        # from it afterwards, so the second start is the one that counts
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(out), "--smoke", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "first panel painted" in result.stdout
    return list(json.loads(out.read_text(encoding="utf-8")))


def heavy_among(modules: list[str], heavy: tuple[str, ...] = HEAVY) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in heavy)]


@pytest.mark.parametrize(
    ("briefing", "cached"),
    [
        (None, True),
        ("qingshan-2024", True),
        ("dongbao-2020", True),
        # It shows images, which the cache's key does not cover: checked at every start.
        ("pptx-all-kinds", False),
    ],
)
def test_nothing_heavy_before_the_first_panel(
    tmp_path: Path, briefing: str | None, cached: bool
) -> None:
    args = [] if briefing is None else [str(ROOT / "tests" / "data" / briefing)]
    modules = modules_at_first_paint(tmp_path, *args)
    assert "briefing_app.ui.main_window" in modules  # the report came from the real app
    assert heavy_among(modules, HEAVY + CHECK if cached else HEAVY) == []


def test_the_list_catches_a_heavy_module() -> None:
    assert heavy_among(["briefing_app.ui.editor.menus", "PIL.Image", "pillow_extra"]) == [
        "briefing_app.ui.editor.menus",
        "PIL.Image",
    ]
