"""Typesetting helpers of the panels: the briefing font, Chinese dates, numerals, line breaks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont, QFontMetricsF

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
    """Return `text` broken into two balanced lines when it is wider than `width` at `px`.

    A short title or quote that just overflows would leave one or two characters alone on a
    second line; breaking at the space or punctuation mark nearest the middle reads better,
    and Chinese text without either may break between any two characters. Text that needs
    more than two lines is returned as it is, for word wrap to handle.
    """
    metrics = QFontMetricsF(panel_font(px, bold=bold))
    if "\n" in text or len(text) < 4 or metrics.horizontalAdvance(text) <= width:
        return text
    cuts: list[tuple[int, int]] = []  # (end of first line, start of second line)
    for i, ch in enumerate(text[:-1]):
        if ch == " ":
            cuts.append((i, i + 1))
        elif ch in "，。；：、！？":
            cuts.append((i + 1, i + 1))
    balanced = [cut for cut in cuts if len(text) / 3 <= cut[0] <= len(text) * 2 / 3]
    if not balanced:  # between two ideographs near the middle
        balanced = [
            (i, i)
            for i in range(round(len(text) / 3), round(len(text) * 2 / 3) + 1)
            if _breakable(text[i - 1]) and _breakable(text[i])
        ]
    middle_f = len(text) / 2
    # Nearest the middle; of two as near, the longer first line (as Chinese setting does).
    for end, start in sorted(balanced, key=lambda cut: (abs(cut[0] - middle_f), -cut[0])):
        first, second = text[:end], text[start:]
        if max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)) <= width:
            return f"{first}\n{second}"
    return text


def _breakable(ch: str) -> bool:
    """Return whether a line may break next to `ch` (CJK ideographs, not Latin or quotes)."""
    return "\u4e00" <= ch <= "\u9fff"
