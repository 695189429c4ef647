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


def test_donut_of_eight_slices_with_an_unknown_colour_writes_eight_distinct_fills() -> None:
    prs = Presentation(str(default_template()))
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    values = (31.8, 25.8, 2.3, 6.4, 2.1, 0.3, 5.0, 1.0)
    series = Series("s", values, color="gold", resolved=values)
    spec = ChartSpec(ChartKind.DONUT, tuple("一二三四五六七八"), (series,))
    frame = add_chart(slide.shapes, spec, (0, 0, 5000000, 4000000), ChartContext("微软雅黑"))
    ns = {
        "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
        "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    }
    fills = []
    for dpt in frame.chart._chartSpace.findall(".//c:dPt", ns):
        clr = dpt.find("c:spPr/a:solidFill/a:schemeClr", ns)
        mods = tuple((m.tag.split("}")[1], m.get("val")) for m in clr)
        fills.append((clr.get("val"), mods))
    assert len(fills) == 8 and len(set(fills)) == 8, fills
    assert fills[0] == ("accent1", ())  # gold is no colour name: drawn as primary, once
