"""CJK category labels: all drawn (pyqtgraph drops labels that do not fit), none clipped."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from chart_specs import SPECS, builtin_charts
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from briefing_app.model.chart import ChartKind
from briefing_app.ui.charts import style

CATEGORY_AXES = {
    ChartKind.BAR: "bottom",
    ChartKind.GROUPED_BAR: "bottom",
    ChartKind.SCALE_BARS: "left",
    ChartKind.LINE_TARGET: "bottom",
}


def drawn_tick_strings(axis) -> list[str]:  # type: ignore[no-untyped-def]
    """Return the tick labels pyqtgraph would draw now (it skips those that do not fit)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    assert specs is not None
    return [text for _, _, text in specs[2]]


def check_axis(view, spec, name: str, scale: float) -> None:  # type: ignore[no-untyped-def]
    axis = view.renderer.plot.getAxis(name)
    drawn = drawn_tick_strings(axis)
    assert [t.replace("\n", "") for t in drawn] == list(spec.categories)
    font = axis.style["tickFont"]
    assert font.pixelSize() == round(style.CATEGORY_PX * scale)
    assert style.CATEGORY_PX >= 26
    metrics = QFontMetricsF(font)
    geometry = axis.geometry()
    if name == "bottom":
        lines = max(t.count("\n") + 1 for t in drawn)
        assert geometry.height() >= metrics.height() * lines + axis.style["tickTextOffset"][1]
        # Neighbouring labels never run into each other: each line fits its column's slot.
        slot = view.renderer._slot_px(sorted(v for v, _ in axis._tickLevels[0]))
        for text in drawn:
            assert max(metrics.horizontalAdvance(line) for line in text.split("\n")) <= slot
        assert (
            view.canvas.viewport()
            .rect()
            .contains(
                view.canvas.mapFromScene(axis.mapRectToScene(axis.boundingRect())).boundingRect()
            )
        )
    else:
        widest = max(metrics.horizontalAdvance(c) for c in spec.categories)
        assert geometry.width() >= widest + axis.style["tickTextOffset"][0]


@pytest.mark.parametrize("scale", [1.0, 0.5])
@pytest.mark.parametrize("kind", list(CATEGORY_AXES), ids=lambda k: k.value)
def test_every_category_label_is_drawn_and_fits(make_view, kind, scale) -> None:  # type: ignore[no-untyped-def]
    size = (round(1600 * scale), round(800 * scale))
    view = make_view(SPECS[kind], size=size, scale=scale)
    check_axis(view, SPECS[kind], CATEGORY_AXES[kind], scale)


def test_built_in_category_labels_are_all_drawn(make_view, builtin) -> None:  # type: ignore[no-untyped-def]
    for _, spec in builtin_charts(builtin):
        if spec.kind in CATEGORY_AXES:
            view = make_view(spec)
            check_axis(view, spec, CATEGORY_AXES[spec.kind], 1.0)


def test_text_sizes_meet_the_floor() -> None:
    assert style.CATEGORY_PX >= 26
    assert style.VALUE_PX >= 30


def test_long_category_names_wrap_instead_of_overlapping(make_view, builtin) -> None:  # type: ignore[no-untyped-def]
    """The five targets' names under narrow columns (the chart panel at 1366x768)."""
    spec = next(s for _, s in builtin_charts(builtin) if s.kind is ChartKind.BAR)
    view = make_view(spec, size=(790, 530), scale=1366 / 1920)
    axis = view.renderer.plot.getAxis("bottom")
    drawn = drawn_tick_strings(axis)
    assert any("\n" in t for t in drawn), drawn
    check_axis(view, spec, "bottom", 1366 / 1920)
