"""Presenting from one laptop (issue 13): presenter view and hints on one screen, the mouse,
the laser pointer, zoom, typed numbers and hidden panels with a projector.

Each scenario of `laptop_show.py` runs in a fresh process with fake offscreen screens.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.ui.test_window_screens import LAPTOP, PROJECTOR, run_scenario

SCRIPT = Path(__file__).with_name("laptop_show.py")
WHOLE_SHOWS = Path(__file__).with_name("whole_shows.py")


@pytest.mark.parametrize(
    "name",
    [
        "presenter_view_one_screen",
        "one_screen_hint",
        "main_window_fits_laptop",
        "dark_chrome",
        "overview_layout",
    ],
)
def test_one_screen(name: str, tmp_path: Path) -> None:
    run_scenario(name, tmp_path, [LAPTOP], script=SCRIPT)


@pytest.mark.parametrize(
    "name",
    [
        "mouse_navigation",
        "laser_pointer",
        "zoom_region",
        "typed_number",
        "hidden_panels",
        "rehearsal_timings",
    ],
)
def test_with_a_projector(name: str, tmp_path: Path) -> None:
    run_scenario(name, tmp_path, [LAPTOP, PROJECTOR], script=SCRIPT)


@pytest.mark.parametrize("name", ["clicker_show", "mouse_show", "keyboard_show"])
def test_a_whole_show(name: str, tmp_path: Path) -> None:
    """A whole show with a clicker, with the mouse alone, with the keyboard alone."""
    run_scenario(name, tmp_path, [LAPTOP, PROJECTOR], script=WHOLE_SHOWS)
