"""What a restart remembers, per briefing: the last panel (the screen is in two_screens.py)."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.conftest import write_briefing
from tests.ui.window_harness import build_controller, close_controller, copy_builtin

from briefing_app.ui.settings import Settings


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(path))
    return path


def test_last_panel_is_remembered_per_briefing(qapp, tmp_path: Path, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    big = copy_builtin(tmp_path / "big")
    small = write_briefing(tmp_path / "small")

    c = build_controller(big)
    for key in (Qt.Key.Key_1, Qt.Key.Key_5, Qt.Key.Key_Return):
        QTest.keyClick(c.main, key)
    assert c.state.current == 14
    close_controller(c)  # closing the main window remembers the place

    c = build_controller(small)
    assert c.state.current == 0, "another briefing starts at its own place"
    QTest.keyClick(c.main, Qt.Key.Key_End)
    close_controller(c)

    c = build_controller(big)
    assert c.state.current == 14 and c.main.stage.index == 14
    assert c.main.navigator.currentItem().data(Qt.ItemDataRole.UserRole) == 14
    close_controller(c)
    c = build_controller(small)
    assert c.state.current == len(c.briefing.panels) - 1
    close_controller(c)


def test_ending_a_show_remembers_the_place(qapp, settings_file: Path) -> None:  # type: ignore[no-untyped-def]
    c = build_controller()
    QTest.keyClick(c.main, Qt.Key.Key_F5)
    assert c.audience is not None
    for _ in range(3):
        QTest.keyClick(c.audience, Qt.Key.Key_PageDown)
    QTest.keyClick(c.audience, Qt.Key.Key_Escape)
    panel_id = c.briefing.panels[3].id
    assert Settings().last_panel(c.session.file) == panel_id  # written before any crash
    close_controller(c)


def test_a_remembered_panel_that_was_deleted_falls_back_to_the_first(
    qapp, tmp_path: Path, settings_file: Path
) -> None:  # type: ignore[no-untyped-def]
    small = write_briefing(tmp_path / "small")
    Settings().set_last_panel(small, "no-such-panel")
    c = build_controller(small)
    assert c.state.current == 0
    close_controller(c)
