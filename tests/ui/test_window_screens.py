"""Screens: the audience on the projector full screen, the console on the laptop; S swaps;
a screen unplugged mid-show; one screen; the remembered screen; notes never shown to the room.

Each scenario of `two_screens.py` runs in a fresh process with two fake offscreen screens.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT

LAPTOP = {
    "name": "Laptop",
    "x": 0,
    "y": 0,
    "width": 1366,
    "height": 768,
    "logicalDpi": 96,
    "dpr": 1,
}
PROJECTOR = {
    "name": "Projector",
    "x": 1366,
    "y": 0,
    "width": 1920,
    "height": 1080,
    "logicalDpi": 96,
    "dpr": 1,
}
SCRIPT = Path(__file__).with_name("two_screens.py")


def run_scenario(
    name: str,
    tmp_path: Path,
    screens: list[dict],
    script: Path = SCRIPT,
    **extra_env: str,  # type: ignore[type-arg]
) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        BRIEFING_APP_SETTINGS=str(tmp_path / "settings.ini"),
        PYTHONIOENCODING="utf-8",
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src")]),
        **extra_env,
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", str(script), name],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0 and result.stdout.strip().endswith("ok"), (
        f"scenario {name} failed:\n{result.stdout}\n{result.stderr}"
    )


@pytest.mark.parametrize(
    "name", ["placement", "swap", "remembered_screen_and_panel", "screen_removed", "console_keys"]
)
def test_two_screens(name: str, tmp_path: Path) -> None:
    run_scenario(name, tmp_path, [LAPTOP, PROJECTOR])


def test_one_screen_has_no_console(tmp_path: Path) -> None:
    run_scenario("one_screen", tmp_path, [LAPTOP])


@pytest.mark.parametrize("scale", ["1.25", "1.5", "2"])
def test_high_dpi_screens_render_at_full_resolution(scale: str, tmp_path: Path) -> None:
    """Display scaling of 125/150/200 % (Qt's scale factor: the offscreen platform ignores
    a screen's own device pixel ratio for its windows)."""
    screen = dict(
        PROJECTOR, x=0, width=round(1920 * float(scale)), height=round(1080 * float(scale))
    )
    run_scenario("high_dpi", tmp_path, [screen], QT_SCALE_FACTOR=scale)
