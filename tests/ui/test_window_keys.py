"""Every key in the main window and the audience window, including what clickers send.

The console's keys need two screens; they are in `test_window_screens.py`.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from tests.ui.window_harness import build_controller, close_controller, flush

from briefing_app.model.presentation import Blank
from briefing_app.ui.controller import AppController
from briefing_app.ui.overview import Overview

Key = Qt.Key
NEXT_KEYS = [
    Key.Key_Right,
    Key.Key_Down,
    Key.Key_Space,
    Key.Key_PageDown,
    Key.Key_Return,
    Key.Key_Enter,
    Key.Key_N,
]
PREVIOUS_KEYS = [Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_Backspace, Key.Key_P]


@pytest.fixture
def controller(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    c = build_controller()
    yield c
    close_controller(c)


def press(
    window: QWidget, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(window, key, modifier)
    flush()


def window_of(c: AppController, which: str) -> QWidget:
    """Return the main window, or start a show (one screen: no console) and return its window."""
    if which == "main":
        return c.main
    press(c.main, Key.Key_F5)
    assert c.audience is not None and c.state.showing
    return c.audience


@pytest.mark.parametrize("which", ["main", "audience"])
@pytest.mark.parametrize("key", NEXT_KEYS, ids=lambda k: k.name)
def test_next_keys(controller: AppController, which: str, key: Key) -> None:
    window = window_of(controller, which)
    controller.state.go_to(3)
    press(window, key)
    assert controller.state.current == 4
    assert controller.main.stage.index == 4
    if controller.audience is not None:
        assert controller.audience.stage.index == 4


@pytest.mark.parametrize("which", ["main", "audience"])
@pytest.mark.parametrize("key", PREVIOUS_KEYS, ids=lambda k: k.name)
def test_previous_keys(controller: AppController, which: str, key: Key) -> None:
    window = window_of(controller, which)
    controller.state.go_to(3)
    press(window, key)
    assert controller.state.current == 2
    assert controller.main.stage.index == 2


@pytest.mark.parametrize("which", ["main", "audience"])
def test_home_end_and_number_then_enter(controller: AppController, which: str) -> None:
    window = window_of(controller, which)
    last = len(controller.briefing.panels) - 1
    press(window, Key.Key_End)
    assert controller.state.current == last
    press(window, Key.Key_Home)
    assert controller.state.current == 0
    for key in (Key.Key_1, Key.Key_2):
        press(window, key)
    assert controller.state.current == 0, "digits alone do not move"
    press(window, Key.Key_Return)
    assert controller.state.current == 11  # panel 12
    # Backspace corrects a typed number instead of going back.
    for key in (Key.Key_2, Key.Key_9, Key.Key_Backspace, Key.Key_Enter):
        press(window, key)
    assert controller.state.current == 1  # panel 2
    # A number past the end goes to the last panel.
    for key in (Key.Key_9, Key.Key_9, Key.Key_Return):
        press(window, key)
    assert controller.state.current == last


@pytest.mark.parametrize("which", ["main", "audience"])
@pytest.mark.parametrize(
    ("key", "blank"),
    [
        (Key.Key_B, Blank.BLACK),
        (Key.Key_Period, Blank.BLACK),
        (Key.Key_W, Blank.WHITE),
        (Key.Key_Comma, Blank.WHITE),
    ],
    ids=["B", "period", "W", "comma"],
)
def test_blank_keys_toggle(controller: AppController, which: str, key: Key, blank: Blank) -> None:
    window = window_of(controller, which)
    stage = controller.audience.stage if controller.audience is not None else controller.main.stage
    press(window, key)
    assert controller.state.blank is blank
    assert stage.blank is blank
    press(window, key)
    assert controller.state.blank is Blank.NONE and stage.blank is Blank.NONE
    # Next on a blanked screen un-blanks first and does not skip a panel.
    press(window, key)
    press(window, Key.Key_Right)
    assert controller.state.blank is Blank.NONE and controller.state.current == 0


@pytest.mark.parametrize("which", ["main", "audience"])
@pytest.mark.parametrize("key", [Key.Key_G, Key.Key_Tab], ids=["G", "Tab"])
def test_overview_keys_open_and_close(controller: AppController, which: str, key: Key) -> None:
    window = window_of(controller, which)
    press(window, key)
    overview = window.findChild(Overview)
    assert overview is not None and overview.isVisible()
    assert overview.geometry() == window.rect()
    # While it is open the keys are the overview's: Right moves its selection, not the show.
    press(overview.grid, Key.Key_Right)
    assert controller.state.current == 0
    press(overview.grid, key)
    still_open = window.findChild(Overview)
    assert still_open is None or not still_open.isVisible()


def test_f5_starts_from_first_and_shift_f5_from_current(controller: AppController) -> None:
    controller.state.go_to(5)
    press(controller.main, Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert controller.state.showing and controller.audience is not None
    assert controller.audience.isFullScreen()
    assert controller.state.current == 5 and controller.audience.stage.index == 5
    press(controller.audience, Key.Key_Escape)
    assert not controller.state.showing and controller.audience is None
    press(controller.main, Key.Key_F5)
    assert controller.state.showing and controller.state.current == 0


def test_escape_returns_to_main_window_on_same_panel(controller: AppController) -> None:
    press(controller.main, Key.Key_F5)
    audience = controller.audience
    assert audience is not None
    for _ in range(7):
        press(audience, Key.Key_PageDown)
    press(audience, Key.Key_Escape)
    assert controller.audience is None and not controller.state.showing
    assert controller.main.isVisible()
    assert controller.state.current == 7 and controller.main.stage.index == 7
    assert controller.main.position.text().startswith("第 8 / 37 页")
    # Esc outside a show does nothing harmful.
    press(controller.main, Key.Key_Escape)
    assert controller.main.isVisible() and controller.state.current == 7


def test_clicker_sequence(controller: AppController) -> None:
    """A typical clicker sends PageDown/PageUp, F5 (start), Esc, '.' or B (black)."""
    press(controller.main, Key.Key_F5)
    audience = controller.audience
    assert audience is not None
    press(audience, Key.Key_PageDown)
    press(audience, Key.Key_PageDown)
    press(audience, Key.Key_PageUp)
    assert controller.state.current == 1
    press(audience, Key.Key_Period)
    assert audience.stage.blank is Blank.BLACK
    press(audience, Key.Key_B)
    assert audience.stage.blank is Blank.NONE
    press(audience, Key.Key_Escape)
    assert not controller.state.showing and controller.state.current == 1
    press(controller.main, Key.Key_F5)
    assert controller.state.showing and controller.state.current == 0


def test_blank_in_main_window_is_undone_by_show(controller: AppController) -> None:
    press(controller.main, Key.Key_B)
    assert controller.main.stage.blank is Blank.BLACK
    press(controller.main, Key.Key_F5)
    assert controller.main.stage.blank is Blank.NONE
    assert controller.audience is not None and controller.audience.stage.blank is Blank.NONE
