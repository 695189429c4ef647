"""Chart labels that stay inside the chart: scale bars leave room for their longest label."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from chart_specs import series
from PySide6.QtWidgets import QApplication

from briefing_app.model.chart import ChartKind, ChartSpec, ReferenceLine

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


CATEGORIES = (
    "新能源汽车",
    "高端装备",
    "智慧物流",
    "生物医药",
    "信息技术",
    "国际贸易",
    "现代金融",
    "其他",
)
VALUES = [120.5, 80.2, 60.1, 30.3, 12.4, 8.6, 5.2, 3.0]


@pytest.mark.parametrize("count", [2, 3, 5, 8])
@pytest.mark.parametrize(
    ("size", "scale"), [((1600, 700), 1.0), ((1000, 680), 1.0), ((800, 350), 0.5)]
)
def test_donut_labels_never_overlap_clip_or_cover_the_ring(
    make_view: Make, count: int, size: tuple[int, int], scale: float
) -> None:
    values = VALUES[:count]
    total = round(sum(values), 1)
    spec = ChartSpec(
        ChartKind.DONUT,
        CATEGORIES[:count],
        (series("产值", values, unit="亿元", number_format="0.0", source="x"),),
        total=total,
        resolved_total=total,
        total_label="合计",
    )
    view = make_view(spec, size=size, scale=scale)
    QApplication.processEvents()
    renderer = view.renderer  # type: ignore[attr-defined]
    box = renderer.plot.vb.sceneBoundingRect()
    rects = [label.sceneBoundingRect() for label in renderer.slice_labels]
    for rect in rects:
        assert box.contains(rect), (rect, box)
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b), (a, b)
    ring = renderer.track.sceneBoundingRect()
    centre = renderer.centre.sceneBoundingRect()
    hole = ring.width() * 0.6  # INNER of OUTER
    assert centre.width() <= hole and centre.height() <= hole, (centre, hole)
    if renderer.legend:  # a legend stands clear of the ring
        assert all(r.left() >= ring.right() for r in rects)
    assert count < 8 or renderer.legend  # eight slices: a legend


@pytest.mark.parametrize(("size", "scale"), [((1600, 700), 1.0), ((1000, 600), 1.0)])
def test_reference_labels_stand_clear_of_columns_and_values(
    make_view: Make, size: tuple[int, int], scale: float
) -> None:
    spec = ChartSpec(
        ChartKind.BAR,
        ("地区生产总值", "规上工业", "固定资产投资", "社零总额", "外贸进出口"),
        (series("增速", [8.0, 10.0, 12.0, 13.0, 12.5], unit="%", source="x"),),
        reference_lines=(ReferenceLine(12, "全市平均目标增速", resolved=12.0),),
    )
    view = make_view(spec, size=size, scale=scale)
    QApplication.processEvents()
    renderer = view.renderer  # type: ignore[attr-defined]
    box = renderer.plot.vb.sceneBoundingRect()
    labels = [line.label.sceneBoundingRect() for line in renderer.reference_lines]
    others = [b.sceneBoundingRect() for b in renderer.bars]
    others += [t.sceneBoundingRect() for t in renderer.labels]
    for label in labels:
        assert box.contains(label), (label, box)
        for other in others:
            assert not label.intersects(other), (label, other)
