"""Propose the briefing: a cover, a section per heading, and panels for paragraphs with figures."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from briefing_app.content.normalize import normalize
from briefing_app.draft.charts import propose_charts
from briefing_app.draft.figures import Figure, find_figures
from briefing_app.draft.indicators import DraftIndicator, make_indicator
from briefing_app.draft.structure import Block, Outline, Span
from briefing_app.draft.text import cjk_count, displayed, joined, sentences, short

MAX_FIGURES = 6  # key-figure cards on one panel (more overflow a 1920x1080 panel)
TITLE_LIMIT = 16
HEADING_LIMIT = 24  # a heading a little long is a better title than a clause cut short
_FIRST_CLAUSE = re.compile(r"^[^，。；：,;:！？!?]+")
_PLAN_HEADING = re.compile(r"目标|计划|安排|打算|思路|部署")
_DONE_HEADING = re.compile(r"情况|回顾|成效|成绩|总结")
_LIST_MARK = re.compile(r"^(?:\d{1,2}[．.、]|[（(]\d{1,2}[）)])\s*")


@dataclass
class Proposal:
    """Indicators and sections of the draft, and the figures that found no place."""

    indicators: list[DraftIndicator] = field(default_factory=list)
    sections: list[dict[str, Any]] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    charts: int = 0


def propose(
    doc: Outline, meeting_year: int | None, cover: dict[str, Any], banned: set[int]
) -> Proposal:
    """Return the proposed sections; figures starting at an offset in `banned` are left out.

    `meeting_year` is None when the report states no date: then no figure is taken for a
    target by its year alone.
    """
    out = Proposal()
    titled = re.findall(r"((?:19|20)\d{2})年", "".join(s.text for s in doc.title_lines))
    opening_panels: list[dict[str, Any]] = [cover]
    opening = {"id": "opening", "title": "开篇", "panels": opening_panels}
    out.sections.append(opening)
    year = int(titled[0]) if titled else (meeting_year or 0)
    target_year = meeting_year or 10_000
    for b, block in enumerate(doc.blocks):
        heading = block.heading.text if block.heading else ""
        plan = bool(_PLAN_HEADING.search(heading)) and not _DONE_HEADING.search(heading)
        stated = re.findall(r"((?:19|20)\d{2})年", block.heading.text) if block.heading else []
        year = int(stated[-1]) if stated else year
        panels: list[dict[str, Any]] = []
        for subheading, paragraph in block.paragraphs:
            new, year = _paragraph_panels(
                out, block, subheading, paragraph, (year, target_year), plan, banned
            )
            panels.extend(new)
        if block.heading is not None and panels:
            panels[0]["sources"].insert(0, block.heading.text)
        if block.heading is None:
            opening_panels.extend(panels)
        elif panels:
            out.sections.append(
                {"id": f"s{b:02d}", "title": displayed(block.title), "panels": panels}
            )
    for section in out.sections:
        for panel in section["panels"]:
            panel["sources"] = _distinct(panel["sources"])
    return out


def _paragraph_panels(
    out: Proposal,
    block: Block,
    subheading: str | None,
    paragraph: Span,
    years: tuple[int, int],
    plan: bool,
    banned: set[int],
) -> tuple[list[dict[str, Any]], int]:
    """Return the panels of one paragraph and the year in force after it.

    `years` is the year in force before the paragraph and the meeting's year.
    """
    year, meeting_year = years
    inds: list[DraftIndicator] = []
    for sentence in sentences(paragraph):
        figures = find_figures(sentence.text, sentence.start)
        out.figures.extend(figures)
        for figure in figures:
            if figure.start in banned:
                continue
            ident = f"fig_{len(out.indicators) + 1:03d}"
            ind = make_indicator(ident, figure, sentence, figures, year, plan, meeting_year)
            if ind is not None:
                out.indicators.append(ind)
                inds.append(ind)
        found = re.findall(r"((?:19|20)\d{2})年", sentence.text)
        year = int(found[-1]) if found else year
    if not inds:
        return [], year
    title_span = _title(paragraph, subheading, block)
    panels: list[dict[str, Any]] = []
    charted: set[str] = set()
    for spec, shown in propose_charts(inds, paragraph.text, paragraph.start):
        charted |= {i.id for i in shown}
        panels.append(_panel("chart", title_span, shown, chart=spec))
        out.charts += 1
    rest = [i for i in inds if i.id not in charted]
    size = -(-len(rest) // -(-len(rest) // MAX_FIGURES)) if rest else 1  # 7 as 4 + 3, not 6 + 1
    for k in range(0, len(rest), size):
        chunk = rest[k : k + size]
        panels.append(
            _panel("key_figures", title_span, chunk, figures=[{"indicator": i.id} for i in chunk])
        )
    for k, panel in enumerate(panels[1:], start=2):
        panel["title"] = (
            f"{panel['title']}（续{k - 1}）" if len(panels) > 2 else f"{panel['title']}（续）"
        )
    return panels, year


def _panel(kind: str, title: Span, shown: list[DraftIndicator], **body: Any) -> dict[str, Any]:
    said: list[Span] = []
    for ind in shown:
        if ind.sentence not in said:
            said.append(ind.sentence)
    notes = joined([s.text for s in said])
    return {
        "kind": kind,
        "title": displayed(title.text),
        "notes": notes,
        "sources": [title.text, *(s.text for s in said)],
        **body,
    }


def _title(paragraph: Span, subheading: str | None, block: Block) -> Span:
    """Return the panel title as a span of the source: the paragraph's opening, or a heading."""
    mark = _LIST_MARK.match(paragraph.text)
    skip = mark.end() if mark else 0
    first = _FIRST_CLAUSE.match(paragraph.text[skip:])
    opening = first.group(0) if first else ""
    if cjk_count(opening) >= 4 and len(opening) <= TITLE_LIMIT + 2 and not find_figures(opening):
        return Span(opening, paragraph.start + skip)
    if subheading and len(subheading) <= HEADING_LIMIT:
        return Span(subheading, 0)
    if block.heading is not None and len(block.title) <= HEADING_LIMIT:
        return Span(block.title, block.heading.start)
    text = short(opening or paragraph.text[skip:], TITLE_LIMIT)
    cut = max(text.rfind(mark) for mark in "、和及与的")
    if cut >= TITLE_LIMIT // 2:  # 获批打造新能源及智能网联汽车和高… ends at a word: …汽车
        text = text[:cut]
    return Span(text, paragraph.start + skip)


def _distinct(quotes: list[str]) -> list[str]:
    """Return the quotes without blanks and without those another quote holds."""
    flat = [normalize(q) for q in quotes]
    kept = []
    for k, quote in enumerate(quotes):
        if not flat[k] or flat[k] in flat[:k] or any(flat[k] in o and flat[k] != o for o in flat):
            continue
        kept.append(quote.strip())
    return kept
