"""Typesetting helpers of the panels: the briefing font, Chinese dates, numerals, line breaks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont, QFontMetricsF

from briefing_app.model.text import balanced_break as balanced_lines
from briefing_app.ui.theme import FALLBACK_FAMILIES, FONT_FAMILY


def panel_font(px: float, *, bold: bool = False) -> QFont:
    """Return the briefing font at `px` device-independent pixels (bundled family first)."""
    font = QFont()
    font.setFamilies([FONT_FAMILY, *FALLBACK_FAMILIES])
    font.setPixelSize(max(1, round(px)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return font


def chinese_date(date: dt.date) -> str:
    """Return a date as written in Chinese documents, e.g. 2023年1月9日."""
    return f"{date.year}年{date.month}月{date.day}日"


CHINESE_DIGITS = "零一二三四五六七八九十"


def chinese_ordinal(n: int) -> str:
    """Return 1..99 as a Chinese numeral: 1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CHINESE_DIGITS[tens] + "十")
    return head + (CHINESE_DIGITS[ones] if ones else "")


def balanced_break(text: str, px: float, width: float, *, bold: bool = True) -> str:
    """Return `text` in two balanced lines when wider than `width` at `px` (the rule of
    `model.text.balanced_break`, measured with the panel font); longer text is left to wrap."""
    metrics = QFontMetricsF(panel_font(px, bold=bold))
    return balanced_lines(text, metrics.horizontalAdvance, width)
