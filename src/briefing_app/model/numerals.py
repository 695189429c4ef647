"""Chinese numerals, dates and task numbers as the panels and the deck both write them."""

from __future__ import annotations

import datetime as dt

CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """Return 1..99 as a Chinese numeral: 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 99 -> 九十九.

    Other numbers are written in Arabic digits (a task list never reaches 100).
    """
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CHINESE_DIGITS[tens] + "十")
    return head + (CHINESE_DIGITS[ones] if ones else "")


def task_number_label(n: int) -> str:
    """Return the label of the n-th key task: 任务一 … 任务九十九."""
    return f"任务{chinese_numeral(n)}"


def task_count_label(count: int) -> str:
    """Return how many key tasks there are, as the task panels say it: 共八项."""
    return f"共{chinese_numeral(count)}项"


def chinese_date(date: dt.date) -> str:
    """Return a date as written in Chinese documents, e.g. 2023年1月9日."""
    return f"{date.year}年{date.month}月{date.day}日"
