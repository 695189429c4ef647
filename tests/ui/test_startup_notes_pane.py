"""The main window's notes pane: its room is taken before the first paint, and whether it is
shown is remembered between runs."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

from PySide6.QtCore import QSize
from tests.ui.window_harness import build_controller, close_controller, wait_until

from briefing_app.content import check_briefing
from briefing_app.paths import default_briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.controller import AppController
from briefing_app.ui.first_paint import after_first_paint
from briefing_app.ui.notes_pane import NotesPane
from briefing_app.ui.session import BriefingSession
from briefing_app.ui.settings import Settings


def shown_pane(c: AppController) -> NotesPane | None:
    pane = c.main.findChild(NotesPane)
    return pane if pane is not None and pane.isVisible() else None


def test_the_stage_keeps_its_first_size_through_the_startup_work(tmp_path: Path) -> None:
    """The first panel is painted at its final size: nothing the start-up work builds after
    the first paint (keys, the notes pane's text) moves or resizes the stage."""
    ensure_application()
    result = check_briefing(default_briefing())
    assert result.briefing is not None
    c = AppController(
        BriefingSession(result.briefing, result.file),
        Settings(tmp_path / "settings.ini"),
        animated=False,
    )
    c.main.resize(1366, 768)
    c.show()
    widget = c.main.stage.panel_widget
    assert widget is not None
    at_first_paint: list[QSize] = []
    after_first_paint(widget, lambda: at_first_paint.append(c.main.stage.size()))
    wait_until(lambda: bool(at_first_paint) and c.startup.pending == 0, timeout_ms=20_000)
    pane = shown_pane(c)
    assert pane is not None and pane.text.toPlainText() == c.briefing.panels[0].notes.strip()
    wait_until(lambda: c.main.stage.size() == at_first_paint[0] or None, timeout_ms=200)
    assert c.main.stage.size() == at_first_paint[0]
    assert c.main.stage.panel_widget is widget
    close_controller(c)


def test_hiding_the_notes_pane_is_remembered(tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    c = build_controller(settings_file=settings)
    assert shown_pane(c) is not None and c.main.notes_action.isChecked()  # shown at first
    c.main.notes_action.trigger()  # View ▸ Notes pane
    assert shown_pane(c) is None
    close_controller(c)

    c = build_controller(settings_file=settings)
    assert shown_pane(c) is None and not c.main.notes_action.isChecked()
    assert c.main.findChild(NotesPane) is None  # not even built while hidden
    c.main.notes_action.trigger()
    pane = shown_pane(c)
    assert pane is not None and pane.text.toPlainText() == c.briefing.panels[0].notes.strip()
    close_controller(c)

    c = build_controller(settings_file=settings)
    assert shown_pane(c) is not None
    c.main.notes_pane.close()  # its ×
    assert shown_pane(c) is None and not c.main.notes_action.isChecked()
    close_controller(c)

    c = build_controller(settings_file=settings)
    assert shown_pane(c) is None
    close_controller(c)
