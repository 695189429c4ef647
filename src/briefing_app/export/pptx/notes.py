"""Speaker notes: the panel's notes, then 来源 listing the source sentence of every figure shown."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.parts.slide import NotesSlidePart
from pptx.slide import Slide

from briefing_app.export.pptx.errors import DeckError
from briefing_app.export.pptx.text import ALT_LANG, LANG
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartSpec
from briefing_app.model.panels import PanelBase, panel_charts, panel_figures, quotes_in
from briefing_app.model.text import plain_quote

SOURCES_HEADING = "来源"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def panel_sources(briefing: Briefing, panel: PanelBase) -> list[str]:
    """Return the source sentences behind a panel, in display order, each once."""
    found: list[str] = []
    for ind_id in _indicator_ids(panel):
        found += _indicator_sources(briefing, ind_id, set())
    found += list(quotes_in(panel))
    return list(dict.fromkeys(plain_quote(q) for q in found if q and q.strip()))


def notes_text(briefing: Briefing, panel: PanelBase) -> str:
    """Return the speaker notes of a panel's slide: notes, a blank line, 来源 and the list."""
    sources = panel_sources(briefing, panel)
    text = panel.notes.strip()
    if sources:
        text += f"\n\n{SOURCES_HEADING}：\n" + "\n".join(f"· {s}" for s in sources)
    return text


class NotesWriter:
    """Writes the notes pages of a deck: the first through python-pptx, the rest copied.

    python-pptx builds every notes page from the notes master (placeholder by placeholder);
    the pages of one deck start out the same, so the first page's fresh XML is kept and
    copied for the others, with the same relationships python-pptx would make.
    """

    def __init__(self, typeface: str) -> None:
        self._typeface = typeface
        self._prototype: etree._Element | None = None
        self._master: Any = None

    def write(self, slide: Slide, text: str) -> None:
        """Give `slide` a notes page holding `text`, one paragraph per line, runs in zh-CN."""
        if self._prototype is None:
            notes = slide.notes_slide
            frame = notes.notes_text_frame
            if frame is None:
                raise DeckError(
                    "the template's notes master has no notes placeholder for speaker notes"
                )
            self._prototype = copy.deepcopy(notes._element)
            self._master = notes.part.part_related_by(RT.NOTES_MASTER)
            element = notes._element
        else:
            element = copy.deepcopy(self._prototype)
            slide_part = slide.part
            package = slide_part.package
            part = NotesSlidePart(
                package.next_partname("/ppt/notesSlides/notesSlide%d.xml"),
                CT.PML_NOTES_SLIDE,
                package,
                element,
            )
            part.relate_to(self._master, RT.NOTES_MASTER)
            part.relate_to(slide_part, RT.SLIDE)
            slide_part.relate_to(part, RT.NOTES_SLIDE)
        _write_body(_notes_body(element), text, self._typeface)


def _notes_body(notes: etree._Element) -> etree._Element:
    """Return the txBody of the notes page's body placeholder (python-pptx's notes frame)."""
    for sp in notes.iter(qn("p:sp")):
        ph = sp.find(f"{_NVSPPR}/{_NVPR}/{_PH}")
        if ph is not None and ph.get("type") == "body":
            body: etree._Element = sp.find(_TXBODY)
            return body
    raise DeckError("the template's notes master has no notes placeholder for speaker notes")


def _write_body(body: etree._Element, text: str, typeface: str) -> None:
    """Replace the paragraphs of `body`: one per line, each line one run in zh-CN."""
    for p in body.findall(_P):
        body.remove(p)
    for line in text.split("\n"):
        p = etree.SubElement(body, _P)
        if line:
            r = etree.SubElement(p, _R)
            rpr = etree.SubElement(r, _RPR, lang=LANG, altLang=ALT_LANG)
            etree.SubElement(rpr, _EA, typeface=typeface)
            etree.SubElement(r, _T).text = _CONTROL.sub(_escape, line)


def _escape(match: re.Match[str]) -> str:
    """Control characters as DrawingML's plain-text escape (as python-pptx writes them)."""
    return f"_x{ord(match.group(1)):04X}_"


_CONTROL = re.compile(r"([\x00-\x08\x0B-\x1F])")
_P, _R, _RPR, _EA, _T = (qn(f"a:{t}") for t in ("p", "r", "rPr", "ea", "t"))
_NVSPPR, _NVPR, _PH, _TXBODY = (qn(t) for t in ("p:nvSpPr", "p:nvPr", "p:ph", "p:txBody"))


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
