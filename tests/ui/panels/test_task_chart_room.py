"""A task's chart beside its text keeps room: at least its minimum height, and every value
label inside the plot's visible rect (the headroom measured from the label's real height)."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from test_type_scale import BRIEFINGS

from briefing_app.model.canvas import STANDARD, WIDE, Canvas
from briefing_app.model.panels import TaskPanel
from briefing_app.ui.panels import PanelWidget, create_panel_widget
from briefing_app.ui.panels.chart_area import ChartArea
from briefing_app.ui.theme import LIGHT

CASES = [
    (name, i)
    for name, b in BRIEFINGS.items()
    for i, p in enumerate(b.panels)
    if isinstance(p, TaskPanel) and p.chart is not None
]
SIZES = {
    "16x9-1920": (WIDE, (1920, 1080)),
    "16x9-1280": (WIDE, (1280, 720)),
    "4x3-1440": (STANDARD, (1440, 1080)),
    "4x3-1024": (STANDARD, (1024, 768)),
}


def test_there_are_task_charts() -> None:
    assert len(CASES) >= 2  # pptx-all-kinds' 抓开工 and the others


@pytest.fixture
def make_on(qtbot: QtBot) -> Callable[..., PanelWidget]:
    def make(name: str, index: int, canvas: Canvas, size: tuple[int, int]) -> PanelWidget:
        briefing = BRIEFINGS[name]
        widget = create_panel_widget(briefing.panels[index], briefing, LIGHT, canvas=canvas)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        widget.apply_scale(size[0] / canvas.width)
        widget.finish()
        for area in widget.findChildren(ChartArea):  # the plot lays out once shown
            if area.view is not None:
                vb = area.view.renderer.plot.vb
                qtbot.waitUntil(lambda vb=vb: vb.sceneBoundingRect().height() > 40)
        widget.grab()  # painted: the plot's items stand where the screen shows them
        return widget

    return make


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
@pytest.mark.parametrize(("name", "index"), CASES, ids=[f"{n}-{i + 1}" for n, i in CASES])
def test_a_task_chart_has_room_for_its_value_labels(
    make_on: Callable[..., PanelWidget], name: str, index: int, size: str
) -> None:
    canvas, (w, h) = SIZES[size]
    widget = make_on(name, index, canvas, (w, h))
    scale = w / canvas.width
    areas = [a for a in widget.findChildren(ChartArea) if a.isVisibleTo(widget)]
    assert areas
    for area in areas:
        assert area.height() >= round(ChartArea.MIN_HEIGHT * scale) - 1, area.height()
        if area.view is None:
            continue
        renderer = area.view.renderer
        box = renderer.plot.vb.sceneBoundingRect().adjusted(-1, -1, 1, 1)
        labels = getattr(renderer, "labels", [])
        flat = [x for item in labels for x in (item if isinstance(item, list) else [item])]
        for label in flat:
            if label.toPlainText().strip():
                rect = label.sceneBoundingRect()
                assert box.contains(rect), (label.toPlainText(), rect, box)
