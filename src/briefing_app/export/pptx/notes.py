"""Speaker notes: the panel's notes, then 来源 listing the source sentence of every figure shown."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from pptx.slide import Slide

from briefing_app.export.pptx.errors import DeckError
from briefing_app.export.pptx.text import localise_tree
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartSpec
from briefing_app.model.panels import PanelBase, panel_charts, panel_figures

SOURCES_HEADING = "来源"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def panel_sources(briefing: Briefing, panel: PanelBase) -> list[str]:
    """Return the source sentences behind a panel, in display order, each once."""
    found: list[str] = []
    for ind_id in _indicator_ids(panel):
        found += _indicator_sources(briefing, ind_id, set())
    found += list(_quotes(panel))
    return list(dict.fromkeys(q.strip() for q in found if q and q.strip()))


def notes_text(briefing: Briefing, panel: PanelBase) -> str:
    """Return the speaker notes of a panel's slide: notes, a blank line, 来源 and the list."""
    sources = panel_sources(briefing, panel)
    text = panel.notes.strip()
    if sources:
        text += f"\n\n{SOURCES_HEADING}：\n" + "\n".join(f"· {s}" for s in sources)
    return text


def write_notes(slide: Slide, text: str, typeface: str) -> None:
    """Put `text` into the slide's notes, one paragraph per line, runs in zh-CN."""
    notes = slide.notes_slide
    frame = notes.notes_text_frame
    if frame is None:
        raise DeckError("the template's notes master has no notes placeholder for speaker notes")
    frame.clear()
    for i, line in enumerate(text.split("\n")):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        if line:
            p.add_run().text = line
    localise_tree(frame._txBody, typeface)


def _indicator_ids(panel: PanelBase) -> Iterator[str]:
    for figure in panel_figures(panel):
        yield figure.indicator
    for chart in panel_charts(panel):
        yield from _chart_refs(chart)


def _chart_refs(chart: ChartSpec) -> Iterator[str]:
    if isinstance(chart.total, str):
        yield chart.total
    for series in chart.series:
        yield from (ref for ref in series.refs if ref)
    for line in chart.reference_lines:
        if isinstance(line.value, str):
            yield line.value


def _indicator_sources(briefing: Briefing, ind_id: str, seen: set[str]) -> list[str]:
    if ind_id in seen:
        return []
    seen.add(ind_id)
    try:
        ind = briefing.indicator(ind_id)
    except KeyError:
        return []
    if ind.source:
        return [ind.source]
    if ind.formula:  # a derived figure: the sentences of its inputs
        found: list[str] = []
        for name in _IDENTIFIER.findall(ind.formula):
            found += _indicator_sources(briefing, name, seen)
        return found
    return []


def _quotes(obj: Any) -> Iterator[str]:
    """Yield every `source` and `sources` quote inside a panel, depth first."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name == "source" and isinstance(value, str):
            yield value
        elif f.name == "sources":
            yield from value
        elif dataclasses.is_dataclass(value):
            yield from _quotes(value)
        elif isinstance(value, tuple):
            for item in value:
                if dataclasses.is_dataclass(item):
                    yield from _quotes(item)
