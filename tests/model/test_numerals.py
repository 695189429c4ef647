"""Chinese numerals, task numbers and dates, one rule for the panels and the deck."""

from __future__ import annotations

import datetime as dt

from briefing_app.model.numerals import (
    chinese_date,
    chinese_numeral,
    task_count_label,
    task_number_label,
)


def test_chinese_numerals_one_to_ninety_nine() -> None:
    cases = {1: "一", 9: "九", 10: "十", 11: "十一", 19: "十九", 20: "二十", 21: "二十一"}
    cases |= {30: "三十", 45: "四十五", 99: "九十九"}
    for n, text in cases.items():
        assert chinese_numeral(n) == text
    assert chinese_numeral(0) == "0" and chinese_numeral(100) == "100"


def test_task_labels() -> None:
    assert task_number_label(1) == "任务一"
    assert task_number_label(20) == "任务二十"  # the deck once wrote "20、"
    assert task_number_label(99) == "任务九十九"
    assert task_count_label(8) == "共八项"


def test_chinese_date() -> None:
    assert chinese_date(dt.date(2023, 1, 9)) == "2023年1月9日"
    assert chinese_date(dt.date(2022, 12, 24)) == "2022年12月24日"
