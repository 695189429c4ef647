"""The overview: arrows and Enter or a click jump; typing (as an input method does) filters."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.ui.window_harness import build_controller, close_controller, flush, wait_until

from briefing_app.ui.controller import AppController
from briefing_app.ui.overview import Overview

Key = Qt.Key


@pytest.fixture
def controller(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    c = build_controller()
    yield c
    close_controller(c)


def open_overview(c: AppController) -> Overview:
    QTest.keyClick(c.main, Key.Key_G)
    wait_until(lambda: is_open(c))
    overview = c.main.findChild(Overview)
    assert overview is not None and overview.isVisible()
    return overview


def type_chinese(overview: Overview, text: str) -> None:
    """Commit `text` the way a Chinese input method does (pinyin composed, then committed)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(overview.filter, event)
    flush()


def is_open(c: AppController) -> bool:
    overview = c.main.findChild(Overview)
    return overview is not None and overview.isVisible()


def test_lists_every_panel_with_current_selected(controller: AppController) -> None:
    controller.state.go_to(4)
    overview = open_overview(controller)
    assert overview.visible_indices() == list(range(len(controller.briefing.panels)))
    assert overview.grid.currentRow() == 4
    assert controller.main.focusWidget() is overview.filter  # typing goes to the filter


def test_arrows_then_enter_jump(controller: AppController) -> None:
    overview = open_overview(controller)
    per_row = max(1, overview.grid.viewport().width() // overview.grid.gridSize().width())
    for key in (Key.Key_Right, Key.Key_Right, Key.Key_Down, Key.Key_Left):
        QTest.keyClick(overview.filter, key)
    assert overview.grid.currentRow() == 1 + per_row
    assert controller.state.current == 0, "moving in the overview does not move the show"
    QTest.keyClick(overview.filter, Key.Key_Return)
    wait_until(lambda: not is_open(controller))
    assert controller.state.current == 1 + per_row
    assert controller.main.stage.index == 1 + per_row
    assert not is_open(controller)


def test_click_jumps(controller: AppController) -> None:
    overview = open_overview(controller)
    item = overview.grid.item(6)
    rect = overview.grid.visualItemRect(item)
    QTest.mouseClick(
        overview.grid.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    wait_until(lambda: not is_open(controller))
    assert controller.state.current == 6
    assert not is_open(controller)


def test_typing_filters_by_title(controller: AppController) -> None:
    overview = open_overview(controller)
    type_chinese(overview, "民生")
    assert overview.filter.text() == "民生"
    titles = [controller.briefing.panels[i].title for i in overview.visible_indices()]
    assert "增进民生福祉" in titles
    assert all(
        "民生" in t or "民生" in controller.briefing.section_of(i).title
        for t, i in zip(titles, overview.visible_indices(), strict=True)
    )
    QTest.keyClick(overview.filter, Key.Key_Return)
    wait_until(lambda: not is_open(controller))
    assert controller.briefing.panels[controller.state.current].title == "增进民生福祉"
    assert not is_open(controller)


def test_typed_letters_go_to_the_filter_not_the_keys(controller: AppController) -> None:
    overview = open_overview(controller)
    QTest.keyClicks(overview.filter, "bnpw")
    flush()
    assert overview.filter.text() == "bnpw"
    assert controller.state.current == 0
    assert controller.main.stage.blank.value == "none"
    assert overview.visible_indices() == []
    QTest.keyClick(overview.filter, Key.Key_Return)  # nothing matches: nothing happens
    assert controller.state.current == 0


def test_escape_closes_without_moving(controller: AppController) -> None:
    controller.state.go_to(2)
    overview = open_overview(controller)
    QTest.keyClick(overview.filter, Key.Key_Down)
    QTest.keyClick(overview.filter, Key.Key_Escape)
    wait_until(lambda: not is_open(controller))
    assert not is_open(controller)
    assert controller.state.current == 2
    QTest.keyClick(controller.main, Key.Key_Right)  # the keys work again
    assert controller.state.current == 3
