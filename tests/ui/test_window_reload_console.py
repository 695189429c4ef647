"""Hot reload during a show with two screens: a rejected save and a loader that raises are
flagged on the presenter console as well as in the main window, never on the audience screen.

Runs the `reload_problems_on_console` scenario of `two_screens.py` in a fresh process.
"""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_window_screens import LAPTOP, PROJECTOR, run_scenario


def test_reload_problems_are_flagged_on_the_console(tmp_path: Path) -> None:
    run_scenario("reload_problems_on_console", tmp_path, [LAPTOP, PROJECTOR])
