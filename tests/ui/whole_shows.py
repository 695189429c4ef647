"""Whole shows (issue 13): with a clicker, with the mouse alone, with the keyboard alone.
Run by `test_window_laptop.py` in a fresh process with a laptop and a projector:
`python tests/ui/whole_shows.py SCENARIO`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from tests.ui.laptop_show import Button, Key, at, click, menu_action, press, wheel
from tests.ui.window_harness import (
    build_controller,
    close_controller,
    flush,
    is_exposed,
    wait_until,
)

from briefing_app.model.presentation import Blank
from briefing_app.ui.i18n import tr
from briefing_app.ui.overview import Overview


def clicker_show() -> None:
    """A whole show with a clicker: PageDown/PageUp, B, F5 and Esc sent to the audience
    window (the focused window during a show)."""
    c = build_controller()
    press(c.main, Key.Key_F5)
    assert c.audience is not None
    audience = c.audience
    last = len(c.briefing.panels) - 1
    for expected in range(1, last + 1):
        press(audience, Key.Key_PageDown)
        assert c.state.current == expected and audience.stage.index == expected
    press(audience, Key.Key_PageDown)  # past the end: stays
    assert c.state.current == last
    press(audience, Key.Key_B)
    assert audience.stage.blank is Blank.BLACK
    press(audience, Key.Key_PageDown)  # un-blanks, never skips a panel
    assert audience.stage.blank is Blank.NONE and c.state.current == last
    press(audience, Key.Key_PageUp)
    assert c.state.current == last - 1
    press(audience, Key.Key_F5)  # the clicker's "start" button
    assert c.state.current == 0 and audience.stage.index == 0
    press(audience, Key.Key_PageDown)
    press(audience, Key.Key_Escape)
    assert not c.state.showing and c.audience is None and c.main.stage.index == 1
    close_controller(c)


def mouse_show() -> None:
    """A whole show with the mouse alone: the Show menu, clicks and the wheel, the console's
    next preview, and its End show button."""
    c = build_controller()
    menu_action(c, tr("menu.show_start")).trigger()
    flush()
    assert c.audience is not None and c.console is not None
    wait_until(lambda: is_exposed(c.audience))  # type: ignore[arg-type]
    stage = c.audience.stage
    last = len(c.briefing.panels) - 1
    for expected in range(1, last + 1):
        if expected % 3 == 0:
            wheel(stage, at(stage, 0.5, 0.5), -120)
        elif expected % 3 == 1:
            click(stage, at(stage, 0.7, 0.3))
        else:
            click(c.console.next, at(c.console.next, 0.5, 0.5))
        assert c.state.current == expected and stage.index == expected
    click(stage, at(stage, 0.5, 0.5), Button.RightButton)
    wheel(stage, at(stage, 0.5, 0.5), 120)
    assert c.state.current == last - 2
    end = next(b for b in c.console.findChildren(QPushButton) if b.text() == tr("console.end_show"))
    QTest.mouseClick(end, Button.LeftButton)
    flush()
    assert not c.state.showing and c.audience is None and c.main.stage.index == last - 2
    close_controller(c)


def keyboard_show() -> None:
    """A whole show with the keyboard alone: F5, arrows, a typed number, the overview, Esc."""
    c = build_controller()
    press(c.main, Key.Key_F5)
    assert c.console is not None and c.audience is not None
    console = c.console
    last = len(c.briefing.panels) - 1
    for expected in range(1, last + 1):
        press(console, Key.Key_Right if expected % 2 else Key.Key_Space)
        assert c.state.current == expected and c.audience.stage.index == expected
    press(console, Key.Key_Home)
    for key in (Key.Key_2, Key.Key_0, Key.Key_Return):
        press(console, key)
    assert c.state.current == 19
    press(console, Key.Key_G)
    overview = console.findChild(Overview)
    assert overview is not None
    overview.filter.insert(c.briefing.panels[5].title[:6])  # as an input method commits it
    press(overview.filter, Key.Key_Return)
    assert c.state.current == 5 and c.audience.stage.index == 5
    press(console, Key.Key_Left)
    press(console, Key.Key_Escape)
    assert not c.state.showing and c.main.stage.index == 4
    close_controller(c)


SCENARIOS = {f.__name__: f for f in (clicker_show, mouse_show, keyboard_show)}

if __name__ == "__main__":
    SCENARIOS[sys.argv[1]]()
    print("ok")
