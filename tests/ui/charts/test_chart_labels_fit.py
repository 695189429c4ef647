"""Chart labels that stay inside the chart: scale bars leave room for their longest label."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from chart_specs import series
from PySide6.QtWidgets import QApplication

from briefing_app.model.chart import ChartKind, ChartSpec

Make = Callable[..., object]


def _inside(view: object, items: list) -> None:
    renderer = view.renderer  # type: ignore[attr-defined]
    box = renderer.plot.vb.sceneBoundingRect()
    for item in items:
        rect = item.sceneBoundingRect()
        if item.toPlainText().strip():
            assert rect.right() <= box.right() + 1, (item.toPlainText(), rect, box)


@pytest.mark.parametrize("size", [(1600, 800), (800, 500), (560, 400)])
def test_scale_bars_leave_room_for_1280_0_yi(make_view: Make, size: tuple[int, int]) -> None:
    spec = ChartSpec(
        ChartKind.SCALE_BARS,
        ("电子信息产业集群", "装备制造", "生物医药"),
        (series("规模", [1280.0, 640.5, 300.0], unit="亿元", number_format="0.0", source="x"),),
    )
    view = make_view(spec, size=size)
    QApplication.processEvents()
    _inside(view, view.renderer.labels)  # type: ignore[attr-defined]
    if size[0] < 800:  # a thumbnail: the label takes the room it needs
        return
    # and the bars are not shrunk for nothing: the longest still takes a good part of the width
    renderer = view.renderer  # type: ignore[attr-defined]
    longest = max(b.sceneBoundingRect().width() for b in renderer.bars)
    assert longest > 0.4 * renderer.plot.vb.sceneBoundingRect().width()
