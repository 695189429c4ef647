"""Turn each figure found into an indicator: its quote, name, kind, sign, year, and `at`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from briefing_app.content.normalize import normalize, stated_numbers
from briefing_app.draft.figures import Figure
from briefing_app.draft.naming import COUNTING, RISE_OR_FALL, name_figure
from briefing_app.draft.structure import Span
from briefing_app.draft.text import clauses, displayed

FALL = re.compile(r"下降|减少|降低|回落|负增长")  # as the check reads a fall
_CHANGE = re.compile(r"下降|减少|降低|回落|负增长|增长|增加(?!值)|提高|提升|上升|扩大|到|至|为")
_RATE_WORDS = re.compile(r"增速|增幅|涨幅|降幅")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_TARGET_WORDS = re.compile(r"目标|预期|力争|争取|确保|将|要|拟|今年")
_DONE_WORDS = re.compile(r"完成|实现了|达到了|同比|比上年|较上年|已")


@dataclass
class DraftIndicator:
    """A figure of the report as an indicator of the briefing."""

    id: str
    name: str
    kind: str
    unit: str
    year: int
    value: Decimal  # signed
    decimals: int
    target: bool
    source: str
    at: str | None
    figure: Figure
    sentence: Span


def make_indicator(
    ident: str,
    figure: Figure,
    sentence: Span,
    others: list[Figure],
    year: int,
    plan: bool,
    meeting_year: int,
) -> DraftIndicator | None:
    """Return the indicator of `figure` in `sentence` (`others`: the sentence's figures).

    `year` is the year in force before the sentence; `plan` says the section sets targets;
    a figure of the meeting's year or later is a target (a report looks back on last year).
    None when no quote both holds the figure and states a fall exactly when it is one.
    """
    parts = clauses(sentence)
    index = next(i for i, c in enumerate(parts) if c.start <= figure.start < c.end + 1)
    clause = parts[index]
    before = sentence.text[clause.start - sentence.start : figure.start - sentence.start]
    keywords = _CHANGE.findall(before)
    falls = bool(keywords) and bool(FALL.fullmatch(keywords[-1]))
    verb = keywords[-1] if keywords and RISE_OR_FALL.fullmatch(keywords[-1]) else ""
    name, first = name_figure(sentence, parts, index, figure, others, verb)
    quote = _quote(sentence, parts, index, first, figure, others, falls)
    if quote is None:
        return None
    text_before = sentence.text[: figure.start - sentence.start]
    target = bool(_TARGET_WORDS.search(text_before)) or (
        plan and not _DONE_WORDS.search(sentence.text)
    )
    years = _YEAR.findall(text_before)
    year = int(years[-1]) if years else year
    target = target or year >= meeting_year
    return DraftIndicator(
        id=ident,
        name=displayed(name),
        kind=_kind(figure.unit, name, verb),
        unit=figure.unit,
        year=year,
        value=-figure.value if falls else figure.value,
        decimals=figure.decimals,
        target=target,
        source=quote.text,
        at=_at(figure, quote),
        figure=figure,
        sentence=sentence,
    )


def _quote(
    sentence: Span,
    parts: list[Span],
    index: int,
    first: int,
    figure: Figure,
    others: list[Figure],
    falls: bool,
) -> Span | None:
    """Return the widest of: from the naming clause, the clause, from the figure before.

    The check reads any fall word in a quote as the figure's fall, so a quote states one
    exactly when the figure is a fall; None when no candidate does.
    """
    clause = parts[index]

    def span_from(start: int, end: int = clause.end) -> Span:
        text = sentence.text[start - sentence.start : end - sentence.start]
        lead = len(text) - len(text.lstrip("、，,；; "))
        return Span(text[lead:], start + lead)

    candidates = [span_from(parts[first].start)] if first < index else []
    candidates.append(clause)
    prior = [f for f in others if clause.start <= f.end <= figure.start]
    if prior:
        candidates.append(span_from(prior[-1].end))
    # 由0.52吨下降到0.48吨: the level before (up to it) and the level reached (from 到).
    candidates.append(span_from(clause.start, figure.end))
    reached = sentence.text.rfind(
        "到", clause.start - sentence.start, figure.start - sentence.start
    )
    if reached >= 0:
        candidates.append(span_from(sentence.start + reached))
    for quote in candidates:
        if bool(FALL.search(quote.text)) != falls:
            continue
        if figure.value in stated_numbers(normalize(quote.text)):
            return quote
    return None


def _kind(unit: str, name: str, verb: str) -> str:
    """Return the kind: a percentage is a growth rate when it says it rose or fell by it."""
    base = unit.lstrip("万亿千百")
    if base == "%":
        return "growth_rate" if verb or _RATE_WORDS.search(name) else "share"
    if base.endswith("百分点"):
        return "growth_rate"
    if base == "成":
        return "share"
    if base in COUNTING:
        return "count"
    return "amount"


def _at(figure: Figure, quote: Span) -> str | None:
    """Return the shortest phrase of the quote stating the figure once, when it states several."""
    if len(stated_numbers(normalize(quote.text))) <= 1:
        return None
    start = figure.start - quote.start
    end = start + len(figure.written)
    while quote.text.count(quote.text[start:end]) > 1 and start > 0:
        start -= 1
    return quote.text[start:end]
