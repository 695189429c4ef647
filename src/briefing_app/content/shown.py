"""The rule for numbers in displayed text and notes: each one is stated by a quote.

Displayed text (titles, leads, items, cards, captions, chart labels) may show no number, in
Arabic or Chinese numerals, that its quotes do not state; a count in Chinese numerals of what
the panel shows (六个“新”成就 above six cards) is proven by what it shows. The meeting's date is
free as a date (1月9日, 2023年1月9日, 2023-01-09) and its anniversary as one (30周年); the
meeting's year and the founding year are free; a bare month or day is not. Notes are the
presenter's words: page references, durations and list ordinals are not figures there, Chinese
numerals count only as ranks (全市第二) or with a unit of measure (三个, 两千亿元); Arabic
numbers always count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from briefing_app.content.decode import Decoder
from briefing_app.content.messages import Message, msg
from briefing_app.content.normalize import normalize
from briefing_app.content.numerals import (
    NAMES_WITH_NUMBERS,
    Number,
    mask,
    mask_not_figures,
    read_numbers,
)
from briefing_app.model.briefing import Meta

_SLOGAN = re.compile(r"“([^“”]{1,12})”|‘([^‘’]{1,12})’|\"([^\"]{1,12})\"")
NORMALIZED_SLOGAN = re.compile(r"\"[^\"]{1,12}\"|'[^']{1,12}'")
_HAS_NUMERAL = re.compile(r"[\d零〇一二两三四五六七八九十百千万亿]")
_DURATION = ("分钟", "秒", "小时", "刻钟", "个小时", "天")
_PAGE = ("页", "屏", "张幻灯片", "张片子")
_SECTION_ORDINAL = ("项", "条", "点", "部分", "步", "章", "节", "段", "方面")
_LIST_ORDINAL = ("项", "条", "点", "部分", "个", "步", "章", "节", "段", "句", "方面", "件", "是")
_CN_DIGITS = "零一二三四五六七八九"
#: After a number, these make it a position: 前20强, 第5位, 第3名.
RANK_UNITS = ("强", "位", "名")


@dataclass
class Evidence:
    """What a piece of text may state: the quotes' numbers and text, counts of things shown."""

    numbers: set[Decimal] = field(default_factory=set)
    quotes: list[str] = field(default_factory=list)  # normalized
    counts: set[int] = field(default_factory=set)
    ranks: set[Decimal] = field(default_factory=set)  # 第一, 前20强: what a 第N may show

    def add_quote(self, quote: str) -> None:
        flat = normalize(quote)
        self.quotes.append(flat)
        for number in read_numbers(mask(flat, NORMALIZED_SLOGAN)):
            if number.ordinal or number.unit in RANK_UNITS:
                self.ranks.add(number.value)
            if number.ordinal:
                continue  # 第四次会议 states a place, not the number 4 (4月 is not proven)
            self.numbers.add(number.value)
            if number.without_multiplier is not None:
                self.numbers.add(number.without_multiplier)

    def add_quotes(self, quotes: Iterable[str]) -> None:
        for quote in quotes:
            self.add_quote(quote)

    def copy(self) -> Evidence:
        return Evidence(set(self.numbers), list(self.quotes), set(self.counts), set(self.ranks))


class Meeting:
    """The meeting's date and anniversary, which text may state freely as such."""

    def __init__(self, meta: Meta, source: str = "") -> None:
        self.source = source  # normalized: the names with numbers it uses (十四五)
        day = meta.date
        y, m, d = day.year, day.month, day.day
        month = f"(?:0?{m}|{_cn(m)})"
        date = f"(?:0?{d}|{_cn(d)})"
        forms = [
            rf"(?:{y}年)?{month}月{date}[日号]",
            rf"{y}[-/.]0?{m}[-/.]0?{d}(?!\d)",
            rf"{y}年{month}月",
        ]
        self.years = {Decimal(y)}
        if meta.anniversary:
            years = meta.anniversary.years
            forms.append(rf"(?:{years}|{_cn(years)})周年")
            self.years.add(Decimal(meta.anniversary.founded))
        self.dates = re.compile("|".join(forms))


def check_text(
    text: str, ev: Evidence, meeting: Meeting, path: str, what: Message, dec: Decoder, notes: bool
) -> None:
    """Record a problem for each number of `text` that `ev` does not prove."""
    text = mask(text, meeting.dates)
    for name in NAMES_WITH_NUMBERS:
        if name in text and name not in meeting.source:
            dec.problem_at(path, msg("numbers.name_not_in_source", name=name, what=what))
    for m in _SLOGAN.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if not _HAS_NUMERAL.search(mask_not_figures(inner)):
            continue  # “一带一路”, “十四五”: names, whether quoted or not
        if any(normalize(inner) in q for q in ev.quotes):
            text = mask(text, re.escape(m.group(0)))
        elif not notes:  # in the notes, the presenter's own phrase is read like the rest
            dec.problem_at(path, msg("numbers.phrase_not_quoted", phrase=inner, what=what))
            text = mask(text, re.escape(m.group(0)))
    allowed = ev.numbers | meeting.years
    for number in read_numbers(text):
        if notes and not _is_figure_in_notes(number):
            continue
        if number.ordinal and number.after.startswith(_SECTION_ORDINAL):
            continue  # 第一部分, 第二项: where a list is, not a figure
        if number.written == "一" and not number.ordinal and number.is_count:
            continue  # the article of Chinese prose: 一句话, 一个管方向
        counted = number.chinese and number.is_count and number.value in ev.counts
        # A rank is proven by a rank: 第二 against 连续两年 … 排名第一 is not.
        stated = number.value in ev.ranks if number.ordinal else number.matches(allowed)
        if stated or counted:
            continue
        if number.chinese and _quoted_in_words(text, number, ev.quotes):
            continue
        shown = number.written if number.chinese else str(number.value)
        shown = f"第{shown}" if number.ordinal else shown
        if number.chinese:  # the words around it say which 一 or 二 is meant
            shown = f"{shown} “{_context(text, number)}”"
        dec.problem_at(path, msg("numbers.not_quoted", number=shown, what=what))


def _context(text: str, number: Number) -> str:
    start = max(0, number.start - 2)
    return text[start : number.start + len(number.written) + (3 if number.ordinal else 2)]


def _quoted_in_words(text: str, number: Number, quotes: list[str]) -> bool:
    """Return whether a quote writes the numeral in the same words (‘五区联动’ for 五区联动).

    The numeral with the two characters on one side of it must appear in a quote, so
    一带 in a name is found while 全市第二 against a quote's 全市第一 is not.
    """
    end = number.start + len(number.written) + (1 if number.ordinal else 0)
    start = number.start
    sides = (text[max(0, start - 2) : end], text[start : end + 2])
    return any(
        len(side) >= len(number.written) + 2
        and "□" not in side
        and any(normalize(side) in q for q in quotes)
        for side in sides
    )


def _is_figure_in_notes(number: Number) -> bool:
    after = number.after
    if after.startswith(_PAGE) or after.startswith(_DURATION):
        return False
    if number.ordinal:
        return not after.startswith(_LIST_ORDINAL)  # 第二项 is a list; 全市第二 a rank
    if number.chinese:
        # 一 alone is the article of Chinese prose (一个管方向); other numerals count with a unit.
        return number.written != "一" and bool(number.unit)
    return True


def _cn(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")
