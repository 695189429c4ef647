"""A 4:3 projector: the show lays its panels out on the 4:3 canvas (not a letterboxed 16:9),
the console's previews follow, and View ▸ 画面比例 overrides it (scenarios in screens_4x3.py,
each in a fresh process with fake screens)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_window_screens import LAPTOP, PROJECTOR, run_scenario

SCRIPT = Path(__file__).with_name("screens_4x3.py")
OLD_PROJECTOR = dict(PROJECTOR, width=1024, height=768)


def test_a_1024x768_projector_gets_the_4_3_canvas_and_the_menu_overrides_it(
    tmp_path: Path,
) -> None:
    run_scenario("projector_4x3", tmp_path, [LAPTOP, OLD_PROJECTOR], script=SCRIPT)


def test_a_remembered_4_3_holds_on_a_wide_projector(tmp_path: Path) -> None:
    run_scenario("wide_projector_forced_4x3", tmp_path, [LAPTOP, PROJECTOR], script=SCRIPT)
