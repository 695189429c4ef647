"""Where a briefing's quotes stand in its source, the figures no panel shows, and a proposed
indicator for a selected number. Pure text work (no Qt), on the draft package's figure finder."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from briefing_app.content.normalize import normalize
from briefing_app.draft.figures import Figure, find_figures
from briefing_app.draft.naming import plain_name
from briefing_app.model.briefing import Briefing
from briefing_app.model.indicator import Indicator, IndicatorKind
from briefing_app.model.panels import panel_charts, panel_figures, quotes_in

_CLAUSE_MARKS = "，,；;。！？!?\n"
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_CHANGE = re.compile(r"增长|增速|下降|减少|回落|提高|提升")


class SourceIndex:
    """The source text with a map from its normalized form (as the check compares quotes)
    back to positions in the text, so a quote found normalized is shown where it stands."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        where: list[int] = []
        i = 0
        while i < len(text):
            if text.startswith("**", i):
                i += 2
                continue
            for ch in normalize(text[i]):
                chars.append(ch)
                where.append(i)
            i += 1
        self.normal = "".join(chars)
        self._where = where

    def find(self, quote: str) -> tuple[int, int] | None:
        """Return (start, end) in the text of the first place `quote` stands; None if absent."""
        needle = normalize(quote)
        at = self.normal.find(needle) if needle else -1
        if at < 0:
            return None
        return self._where[at], self._where[at + len(needle) - 1] + 1


def quotes(briefing: Briefing) -> Iterator[str]:
    """Yield every quote of the briefing: indicators' sources and panels' quoted sentences."""
    for indicator in briefing.indicators:
        if indicator.source:
            yield indicator.source
    for panel in briefing.panels:
        yield from quotes_in(panel)


def quoted_spans(briefing: Briefing, index: SourceIndex) -> list[tuple[int, int]]:
    """Return where each quote of `briefing` stands in the source (sorted, duplicates once)."""
    found = {index.find(q) for q in quotes(briefing)}
    return sorted(span for span in found if span is not None)


def unshown_figures(briefing: Briefing, index: SourceIndex) -> list[Figure]:
    """Return the source's figures that no panel shows: no shown indicator quotes them and no
    panel's text states them."""
    used = _used_ids(briefing)
    covered: list[tuple[int, int, Decimal]] = []
    for indicator in briefing.indicators:
        if indicator.id in used and indicator.source and indicator.has_amount:
            span = index.find(indicator.source)
            if span is not None:
                covered.append((span[0], span[1], abs(Decimal(repr(indicator.amount)))))
    displayed = normalize("".join(_texts(briefing)))
    out = []
    for figure in find_figures(index.text):
        quoted = any(s <= figure.start < e and value == figure.value for s, e, value in covered)
        if not quoted and normalize(figure.written) not in displayed:
            out.append(figure)
    return out


def _used_ids(briefing: Briefing) -> set[str]:
    """Return the ids of the indicators some panel shows (figures, chart values and totals)."""
    used: set[str] = set()
    for panel in briefing.panels:
        used.update(f.indicator for f in panel_figures(panel))
        for chart in panel_charts(panel):
            used.update(v for s in chart.series for v in s.values if isinstance(v, str))
            used.update(r for s in chart.series for r in s.refs if r)
            used.update(x.value for x in chart.reference_lines if isinstance(x.value, str))
            if isinstance(chart.total, str):
                used.add(chart.total)
    return used


def _texts(briefing: Briefing) -> Iterator[str]:
    for panel in briefing.panels:
        yield from _strings(panel)


def _strings(obj: Any) -> Iterator[str]:
    for f in dataclasses.fields(obj):
        if f.name in ("source", "sources", "notes", "id"):
            continue
        value = getattr(obj, f.name)
        if isinstance(value, str):
            yield value + "|"
        elif dataclasses.is_dataclass(value):
            yield from _strings(value)
        elif isinstance(value, tuple):
            for item in value:
                if dataclasses.is_dataclass(item):
                    yield from _strings(item)


@dataclass(frozen=True)
class Proposal:
    """An indicator proposed for a number selected in the source."""

    name: str
    unit: str
    value: float
    decimals: int
    quote: str
    kind: IndicatorKind
    year: int
    target: bool
    at: str | None

    def indicator(self, ident: str) -> Indicator:
        """Return the proposal as an indicator with id `ident`."""
        amount = float(self.value)
        return Indicator(
            id=ident,
            name=self.name,
            kind=self.kind,
            unit=self.unit,
            year=self.year,
            value=None if self.target else amount,
            target=amount if self.target else None,
            source=self.quote,
            decimals=self.decimals,
            at=self.at,
        )


def propose(text: str, start: int, end: int, meeting_year: int) -> Proposal | None:
    """Return an indicator for the first figure overlapping text[start:end]; None if none.

    The quote is the figure's clause (from the mark before to the mark after), the name the
    words before the number, the year the last year named before it in the sentence (else the
    year before the meeting: a report looks back on the last year)."""
    left = max(text.rfind(m, 0, start) for m in _CLAUSE_MARKS) + 1
    right_marks = [i for i in (text.find(m, end) for m in _CLAUSE_MARKS) if i >= 0]
    right = min(right_marks) if right_marks else len(text)
    clause = text[left:right]
    figures = [
        f for f in find_figures(clause, left) if f.start < max(end, start + 1) and f.end > start
    ]
    if not figures:
        return None
    figure = figures[0]
    before = text[left : figure.start]
    sentence_start = max(text.rfind(m, 0, left) for m in "。！？\n") + 1
    years = _YEAR.findall(text[sentence_start : figure.start])
    year = int(years[-1]) if years else meeting_year - 1
    unit = figure.unit
    if "%" in unit or "％" in unit or "百分点" in unit:
        kind = IndicatorKind.GROWTH_RATE if _CHANGE.search(before) else IndicatorKind.SHARE
    elif unit.endswith("元"):
        kind = IndicatorKind.AMOUNT
    else:
        kind = IndicatorKind.COUNT
    several = len(find_figures(clause, left)) > 1
    quote = clause.strip()
    return Proposal(
        name=plain_name(before) or figure.written,
        unit=unit,
        value=float(figure.value),
        decimals=figure.decimals,
        quote=quote,
        kind=kind,
        year=year,
        target=year >= meeting_year,
        at=figure.written if several else None,
    )
