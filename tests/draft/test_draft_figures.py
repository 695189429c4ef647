"""The figure finder: numbers with units in Arabic and Chinese numerals; no dates, slogans, classes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefing_app.draft.figures import find_figures


def _found(text: str) -> list[tuple[str, Decimal, str]]:
    return [(f.written, f.value, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "地区生产总值完成1123亿元，增长6.2%",
            [("1123亿元", 1123, "亿元"), ("6.2%", Decimal("6.2"), "%")],
        ),
        ("新增市场主体1.6万户", [("1.6万户", Decimal("1.6"), "万户")]),
        ("规模突破七百亿元", [("七百亿元", 700, "亿元")]),
        ("新增学位一万二千个", [("一万二千个", 12000, "个")]),
        ("民生支出占比保持在七成以上", [("七成", 7, "成")]),
        ("比上年末提高0.8个百分点", [("0.8个百分点", Decimal("0.8"), "个百分点")]),
        ("企业3000多家", [("3000多家", 3000, "家")]),
    ],
)
def test_figures_are_found_with_value_and_unit(text: str, expected: list) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2022年1月9日召开会议",  # dates
        "锚定“两个确保”，推进“十大战略”",  # slogans in quotation marks
        "一个管方向",  # 一 alone: the article
        "三个月内完成",  # a duration
        "推行一网通办",  # a set phrase
        "第三次会议，排名第一",  # ordinals
        "三次产业结构调整",  # the three sectors
        "其中10亿元以上项目",  # a class of projects, not a figure
        "营业收入超百亿元企业",  # likewise
        "PM2.5平均浓度",  # part of a name
    ],
)
def test_what_is_no_figure_is_not_found(text: str) -> None:
    assert find_figures(text) == []


def test_positions_are_offsets_into_the_source() -> None:
    text = "前言。新增学位6500个"
    (figure,) = find_figures(text, offset=100)
    assert (figure.start, figure.end) == (107, 112)
    assert text[figure.start - 100 : figure.end - 100] == "6500个"


def test_full_width_digits_are_read() -> None:
    (amount, rate) = find_figures("地区生产总值完成２８６５．４亿元，增长５．８％")
    assert (amount.value, amount.decimals, amount.unit) == (Decimal("2865.4"), 1, "亿元")
    assert (rate.written, rate.value, rate.unit) == ("５．８％", Decimal("5.8"), "%")
