"""A government work report of another shape passes, and each falsified variant is caught."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT

from briefing_app.content import check_briefing, load_briefing
from briefing_app.model.panels import ChartPanel

REPORT = ROOT / "tests" / "data" / "qingshan-2024"


def _check(tmp_path: Path, old: str = "", new: str = "", count: int = 1) -> list[str]:
    folder = tmp_path / "report"
    shutil.copytree(REPORT, folder)
    path = folder / "briefing.yaml"
    text = path.read_text(encoding="utf-8")
    if old:
        assert text.count(old) >= count, old
        text = text.replace(old, new, count)
        path.write_text(text, encoding="utf-8")
    return [str(p) for p in check_briefing(path).problems]


def test_the_report_passes(tmp_path: Path) -> None:
    assert _check(tmp_path) == []


def test_its_figures_are_shown_as_stated() -> None:
    report = load_briefing(REPORT)
    panel = next(p for p in report.panels if p.id == "growth_compare")
    assert isinstance(panel, ChartPanel)
    shown = [[s.format_at(i, v) for i, v in enumerate(s.resolved)] for s in panel.chart.series]
    assert shown == [["11", "8.5", "7"], ["8", "7", "6.5"]]
    assert report.indicator("gdp_goal").year == "“十四五”末"


FALSIFIED = [
    # (what a careless or dishonest edit does, old, new, what the check says)
    (
        "21条 措施 shown as 3条 on a 3月21日 meeting",
        "text: 出台稳经济21条措施",
        "text: 出台稳经济3条措施",
        "3 (displayed)",
    ),
    ("the same in the notes", "21条措施是去年", "3条措施是去年", "3 (in the notes)"),
    (
        "a rank raised",
        "lead: 地区生产总值增量全市第一",
        "lead: 地区生产总值增量全市第二",
        "第二 “",
    ),
    (
        "a rank raised in the notes",
        "6.2%，增量全市第一。",
        "6.2%，增量全市第二。",
        "第二 “",
    ),
    ("one cluster more", "title: 三个百亿级产业集群", "title: 四个百亿级产业集群", "四 “"),
    (
        "a bigger goal in words",
        "lead: 推动三个百亿级产业集群规模突破七百亿元",
        "lead: 推动三个百亿级产业集群规模突破八百亿元",
        "八百亿 “",
    ),
    (
        "ten tasks become twelve",
        "text: 十件民生实事全面完成",
        "text: 十二件民生实事全面完成",
        "十二 “",
    ),
    ("in the notes too", "十件民生实事全部完成", "九件民生实事全部完成", "九 “"),
    (
        "seven in ten becomes eight",
        "text: 民生支出占比保持在七成以上",
        "text: 民生支出占比保持在八成以上",
        "八 “",
    ),
    (
        "four areas instead of three",
        "title: 三个方面重点工作",
        "title: 四个方面重点工作",
        "四 “",
    ),
    ("a swap of two values sharing a quote", "value: 4.8\n", "value: 7.2\n", "does not state 7.2"),
    (
        "a changed tax relief in the notes",
        "减税降费12.7亿元。",
        "减税降费13.7亿元。",
        "13.7 (in the notes)",
    ),
    ("an invented period", "year: “十四五”末", "year: “十五五”末", "period “十五五”末 not found"),
    (
        "bars listed out of order",
        "values: [industry_2023, investment_2023, retail_2023]",
        "values: [investment_2023, industry_2023, retail_2023]",
        "does not name",
    ),
    (
        "a donut's total changed",
        "value: 68.7, decimals: 1, source: 全年民生支出68.7亿元",
        "value: 68.9, decimals: 1, source: 全年民生支出68.7亿元",
        "68.9",
    ),
    (
        "a slice changed",
        "values: [286, 215, 122]",
        "values: [286, 251, 122]",
        "251 appears in none",
    ),
]


@pytest.mark.parametrize(
    ("what", "old", "new", "expected"), FALSIFIED, ids=[f[0] for f in FALSIFIED]
)
def test_each_falsified_variant_is_caught(
    tmp_path: Path, what: str, old: str, new: str, expected: str
) -> None:
    found = _check(tmp_path, old, new)
    assert any(expected in p for p in found), (what, found)


def test_two_values_sharing_a_quote_must_name_their_number(tmp_path: Path) -> None:
    found = _check(tmp_path, "    at: 4.8%\n", "")
    assert any("states several figures (4.8、7.2)" in p for p in found), found
