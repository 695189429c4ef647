"""An edit of a chart's figure reaches the stage in place; any other edit builds the panel."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

from PySide6.QtWidgets import QApplication
from tests.conftest import write_briefing

from briefing_app.content.edit_session import EditSession
from briefing_app.model.edits import SetIndicatorField, SetPanelField
from briefing_app.ui.panels.chart import ChartPanelWidget
from briefing_app.ui.stage import Stage
from briefing_app.ui.theme import LIGHT


def _stage(qtbot, session: EditSession) -> tuple[Stage, int]:  # type: ignore[no-untyped-def]
    index = session.briefing.index_of("donut")
    stage = Stage(session.briefing, LIGHT, animated=False)
    qtbot.addWidget(stage)
    stage.resize(1280, 720)
    stage.show()
    stage.show_panel(index, animate=False)
    qtbot.waitExposed(stage)
    return stage, index


def test_a_figure_edit_updates_the_chart_panel_in_place(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = EditSession(write_briefing(tmp_path / "b"))
    stage, index = _stage(qtbot, session)
    widget = stage.panel_widget
    assert isinstance(widget, ChartPanelWidget)
    view = widget.chart.view
    changes = session.apply(SetIndicatorField("new", "target", 190))
    assert "donut" in changes.panels
    stage.refresh_panels(session.briefing, [index])
    QApplication.processEvents()
    assert stage.panel_widget is widget and widget.chart.view is view  # nothing rebuilt
    assert widget.panel is session.briefing.panels[index]
    assert view.drawn_values()["项目数"] == [190, 142, 64]


def test_a_title_edit_builds_the_chart_panel_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = EditSession(write_briefing(tmp_path / "b"))
    stage, index = _stage(qtbot, session)
    widget = stage.panel_widget
    session.apply(SetPanelField("donut", "title", "项目构成（新）"))
    stage.refresh_panels(session.briefing, [index])
    QApplication.processEvents()
    assert stage.panel_widget is not widget  # a new title needs a new fit
    assert stage.panel_widget is not None and stage.panel_widget.panel.title == "项目构成（新）"
