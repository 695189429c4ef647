"""The chart writer registry covers exactly the chart kinds; an unknown kind raises."""

from __future__ import annotations

import dataclasses

import pytest
from pptx import Presentation

from briefing_app.export.pptx.charts import CHART_WRITERS, ChartContext, add_chart, label_format
from briefing_app.model.chart import ChartKind, ChartSpec, Series
from briefing_app.paths import default_template


def test_registry_covers_exactly_the_chart_kinds() -> None:
    assert set(CHART_WRITERS) == set(ChartKind)


def test_unknown_kind_raises() -> None:
    prs = Presentation(str(default_template()))
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    spec = ChartSpec(
        kind=ChartKind.BAR, categories=("a",), series=(Series("s", (1.0,), resolved=(1.0,)),)
    )
    fake = dataclasses.replace(spec, kind="pie")  # type: ignore[arg-type]
    with pytest.raises(KeyError, match="pie"):
        add_chart(slide.shapes, fake, (0, 0, 100, 100), ChartContext("微软雅黑"))


def test_label_format_carries_the_unit() -> None:
    assert label_format(Series("s", (), unit="亿元", number_format="0.0")) == '0.0"亿元"'
    assert label_format(Series("s", (), unit="%", number_format="0%")) == "0%"
