"""False alarms the check raised: float sums, the presenter's own words, forced precision, years."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.content.provenance_helpers import briefing_text, bullets, problems

from briefing_app.content import load_briefing
from briefing_app.model.panels import ChartPanel

SLICES = (
    "教育31.8亿元、社保25.8亿元、住房2.3亿元、卫生6.4亿元、文旅2.1亿元、其他0.3亿元,合计68.7亿元"
)


def _donut(values: list[str], total: str, source: str) -> str:
    names = ["甲", "乙", "丙", "丁", "戊", "己"][: len(values)]
    return (
        "- id: p\n  kind: chart\n  title: 构成\n  notes: 说明。\n"
        f"  sources:\n    - {source}\n"
        f"  chart:\n    kind: donut\n    categories: [{', '.join(names)}]\n    total: {total}\n"
        f"    series:\n      - name: 支出\n        values: [{', '.join(values)}]"
    )


@pytest.mark.parametrize(
    ("values", "total", "source"),
    [
        (["31.8", "25.8", "2.3", "6.4", "2.1", "0.3"], "68.7", SLICES),
        (["122.65", "134.69"], "257.34", "两项分别为122.65亿元、134.69亿元,共257.34亿元"),
    ],
)
def test_a_donut_total_is_summed_as_written(
    tmp_path: Path, values: list[str], total: str, source: str
) -> None:
    assert sum(float(v) for v in values) != float(total)  # the float sum that raised the alarm
    text = briefing_text(_donut(values, total, source))
    assert problems(tmp_path, text, source + "。") == []
    wrong = briefing_text(_donut(values, "68.8" if total == "68.7" else "257.35", source))
    found = problems(tmp_path, wrong, source.replace(total, "68.8").replace(total, "257.35"))
    assert any("is not the sum of the slices" in p for p in found), found


@pytest.mark.parametrize(
    "notes",
    [
        "讲完请翻到第17页。",
        "用时约3分钟。",
        "这一部分讲半小时。",
        "第一项是产业，第二条是项目，第三点是民生。",
        "首先讲产业，其次讲项目。",
        "一个管方向，一个管落地；两张名片。",
    ],
)
def test_the_presenters_own_words_are_not_figures(tmp_path: Path, notes: str) -> None:
    text = briefing_text(bullets("要点", ["推进产业发展"], notes=notes))
    assert problems(tmp_path, text, "推进产业发展。") == []


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("增量全市第二。", "第二 “"),
        ("营业收入三千亿元。", "三千亿 “"),
        ("新增企业12家。", "12 (in the notes"),
        ("抓好五项工作。", "五 “"),
        ("增长3个百分点。", "3 (in the notes"),
    ],
)
def test_ranks_and_measures_in_the_notes_must_be_quoted(
    tmp_path: Path, notes: str, expected: str
) -> None:
    text = briefing_text(bullets("要点", ["推进产业发展"], notes=notes))
    found = problems(tmp_path, text, "推进产业发展。")
    assert any(expected in p for p in found), found


def test_a_figure_is_shown_as_stated_without_a_format(tmp_path: Path) -> None:
    source = "工业增长11%,投资增长6.2%,产值1123亿元,税收12.7亿元。"
    panel = (
        "- id: p\n  kind: chart\n  title: 指标\n  notes: 说明。\n"
        f"  sources:\n    - {source}\n"
        "  chart:\n    kind: bar\n    categories: [工业, 投资, 产值, 税收]\n"
        "    series:\n      - name: 数值\n        values: [11, 6.2, 1123, 12.7]"
    )
    path = tmp_path / "b"
    assert problems(tmp_path, briefing_text(panel), source) == []
    chart = load_briefing(path).panels[0]
    assert isinstance(chart, ChartPanel)
    series = chart.chart.series[0]
    shown = [series.format_at(i, v) for i, v in enumerate(series.resolved)]
    assert shown == ["11", "6.2", "1123", "12.7"]  # not 11.0, 6.20, 1123.0, 12.7000


YEAR_LABEL = (
    "- {id: goal, name: 地区生产总值, kind: amount, unit: 亿元, year: “十二五”末,"
    " value: 750, source: “十二五”末地区生产总值750亿元}"
)
FIGURE = "- id: p\n  kind: key_figures\n  title: 目标\n  notes: 说明。\n  figures:\n    - {indicator: goal}"


def test_year_may_be_the_period_the_source_names(tmp_path: Path) -> None:
    source = "“十二五”末地区生产总值750亿元。"
    text = briefing_text(FIGURE, indicators=YEAR_LABEL)
    assert problems(tmp_path, text, source) == []
    assert load_briefing(tmp_path / "b").indicator("goal").year == "“十二五”末"
    invented = text.replace("year: “十二五”末", "year: “十三五”末")
    found = problems(tmp_path, invented, source)
    assert any("period “十三五”末 not found" in p for p in found), found
