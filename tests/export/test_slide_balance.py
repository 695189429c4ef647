"""Every slide of every briefing's deck stands balanced in its content area: no empty lower half.

Measured from the saved deck alone: the content area runs from the layout's title (or the
slide's lead under it) to its footer; the content block is every other shape, a text shape
taken as the lines it holds (the deck writes each line's break), at their sizes, where its
anchor puts them. The block must stand in the middle of the area: the room left above it
and below it differ by at most `TOLERANCE` of the area's height.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.shapes.base import BaseShape
from pptx.slide import Slide
from tests.conftest import ROOT

from briefing_app.content import load_briefing
from briefing_app.export.pptx.deck import export_deck
from briefing_app.paths import default_template

TOLERANCE = 0.15
#: A line's height in em, as LibreOffice sets Noto Sans CJK at single spacing.
LINE_EM = 1.45
_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
_FEET = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE)
_EMU_PER_PT = 12700


def _briefings() -> list[Path]:
    found = sorted((ROOT / "resources" / "briefings").glob("*/briefing.yaml"))
    found += sorted((ROOT / "tests" / "data").glob("*/briefing.yaml"))
    return [path.parent for path in found]


BRIEFINGS = _briefings()


def _text_extent(shape: BaseShape) -> tuple[int, int] | None:
    """Return (top, bottom) in EMU of the lines a text shape holds, None for no text."""
    body = shape._element.find(qn("p:txBody"))
    if body is None:
        return None
    height_pt = 0.0
    for i, p in enumerate(body.iter(qn("a:p"))):
        sizes_of_line: list[list[float]] = [[]]
        for child in p:
            if child.tag == qn("a:br"):
                sizes_of_line.append([])
            elif child.tag in (qn("a:r"), qn("a:fld")):
                rpr = child.find(qn("a:rPr"))
                if rpr is not None and rpr.get("sz") and (child.findtext(qn("a:t")) or ""):
                    sizes_of_line[-1].append(int(rpr.get("sz")) / 100)
        lines = [max(sizes) for sizes in sizes_of_line if sizes]
        if not lines:
            continue
        height_pt += sum(size * LINE_EM for size in lines)
        spc = p.find(f"{qn('a:pPr')}/{qn('a:spcBef')}/{qn('a:spcPts')}")
        if i and spc is not None:
            height_pt += int(spc.get("val")) / 100
    if height_pt == 0:
        return None
    body_pr = body.find(qn("a:bodyPr"))
    anchor = body_pr.get("anchor", "t") if body_pr is not None else "t"
    inset = int(body_pr.get("tIns", 45720)) if body_pr is not None else 45720
    top, box = int(shape.top), int(shape.height)
    height = min(box, int(height_pt * _EMU_PER_PT) + 2 * inset)
    start = {"ctr": top + (box - height) // 2, "b": top + box - height}.get(anchor, top)
    return start, start + height


def _is_card(shape: BaseShape) -> bool:
    """A filled shape (a card, a tile) shows its whole box, whatever text it holds."""
    sp_pr = shape._element.find(qn("p:spPr"))
    return sp_pr is not None and sp_pr.find(qn("a:solidFill")) is not None


def balance(slide: Slide) -> tuple[float, float] | None:
    """Return the room above and below the slide's content block, as shares of its content
    area; None for a slide without a title and a footer (a title slide)."""
    layout = slide.slide_layout
    title = next((p for p in layout.placeholders if p.placeholder_format.type in _TITLES), None)
    feet = [int(p.top) for p in layout.placeholders if p.placeholder_format.type in _FEET]
    if title is None or not feet:
        return None
    if layout.name == "Title Slide" or not slide.shapes:
        return None
    area_top, area_bottom = int(title.top) + int(title.height), min(feet)
    extents = []
    for shape in slide.shapes:
        if shape.is_placeholder and shape.placeholder_format.type in (*_TITLES, *_FEET):
            continue
        if shape.name == "Footer logo":
            continue
        if shape.name == "Lead":  # the lead stands under the title; the rest is balanced below
            area_top = int(shape.top) + int(shape.height)
            continue
        text = None if _is_card(shape) else _text_extent(shape)
        extents.append(text or (int(shape.top), int(shape.top) + int(shape.height)))
    if not extents:
        return None
    height = area_bottom - area_top
    top = min(a for a, _ in extents)
    bottom = max(b for _, b in extents)
    return (top - area_top) / height, (area_bottom - bottom) / height


ASPECTS = ("16:9", "4:3")


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    out = {}
    for folder in BRIEFINGS:
        briefing = load_briefing(folder)
        for aspect in ASPECTS:
            deck = tmp_path_factory.mktemp(f"balance-{folder.name}") / "deck.pptx"
            export_deck(briefing, deck, default_template(aspect))
            out[folder.name, aspect] = deck
    return out


@pytest.mark.parametrize("aspect", ASPECTS)
@pytest.mark.parametrize("name", [folder.name for folder in BRIEFINGS])
def test_every_slide_stands_balanced_in_its_content_area(
    decks: dict[tuple[str, str], Path], name: str, aspect: str
) -> None:
    prs = Presentation(str(decks[name, aspect]))
    unbalanced = []
    for number, slide in enumerate(prs.slides, 1):
        room = balance(slide)
        if room is not None and abs(room[0] - room[1]) > TOLERANCE:
            unbalanced.append(f"slide {number}: {room[0]:.2f} above, {room[1]:.2f} below")
    assert unbalanced == []
