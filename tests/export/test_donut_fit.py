"""The deck's doughnut keeps its value labels on the slices only while they fit there, by the
rule the live chart uses (`model.donut_labels`), measured in the deck's text estimate."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.util import Inches

from briefing_app.export.pptx.charts import ChartContext, write_donut
from briefing_app.export.pptx.donut_fit import deck_labels_fit, donut_label_texts
from briefing_app.model.chart import ChartKind, ChartSpec, Series
from briefing_app.paths import default_template

BOX = (0, 0, int(Inches(7)), int(Inches(5)))


def _spec(values: tuple[float, ...], unit: str = "个") -> ChartSpec:
    names = tuple(f"类别{i + 1}" for i in range(len(values)))
    series = Series("项目", values, unit=unit, number_format="0", resolved=values)
    total = float(sum(values))
    return ChartSpec(ChartKind.DONUT, names, (series,), total=total, resolved_total=total)


def test_the_labels_read_as_the_deck_writes_them() -> None:
    assert donut_label_texts(_spec((187, 142, 64))) == ["187个", "142个", "64个"]


def test_three_broad_slices_keep_their_labels() -> None:
    assert deck_labels_fit(_spec((187, 142, 64)), BOX, hole=60)


def test_eight_equal_slices_of_short_labels_fit_in_a_large_chart() -> None:
    # more than six slices is no reason by itself: the labels are measured
    assert deck_labels_fit(_spec((10,) * 8), BOX, hole=60)


@pytest.mark.parametrize(
    "values",
    [(90, 3, 3, 4), (10,) * 24],
    ids=["thin-neighbours", "twenty-four"],
)
def test_labels_that_would_overlap_do_not_fit(values: tuple[float, ...]) -> None:
    assert not deck_labels_fit(_spec(values), BOX, hole=60)


def test_a_long_label_does_not_fit_a_small_ring() -> None:
    small = (0, 0, int(Inches(2.2)), int(Inches(2)))
    spec = _spec((50, 50), unit="亿元")
    assert deck_labels_fit(spec, BOX, hole=60)
    assert not deck_labels_fit(spec, small, hole=60)


@pytest.mark.parametrize(
    ("values", "on_slices"),
    [((187, 142, 64), True), ((10,) * 8, True), ((90, 3, 3, 4), False)],
    ids=["three", "eight-equal", "thin-neighbours"],
)
def test_the_written_doughnut_follows_the_rule(values: tuple[float, ...], on_slices: bool) -> None:
    prs = Presentation(str(default_template()))
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    frame = write_donut(slide.shapes, _spec(values), BOX, ChartContext(typeface="微软雅黑"))
    plot = frame.chart.plots[0]
    legend_lines = [s for s in slide.shapes if s.name.startswith("Legend")]
    assert plot.has_data_labels is on_slices
    assert bool(legend_lines) is not on_slices
