"""Shapes the slide builders share: placeholders, text boxes, cards, big numbers, footers."""

from __future__ import annotations

import copy
import functools
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.oxml.shapes.autoshape import CT_Shape
from pptx.shapes.autoshape import Shape
from pptx.shapes.base import BaseShape
from pptx.shapes.placeholder import (
    ChartPlaceholder,
    PicturePlaceholder,
    SlidePlaceholder,
    TablePlaceholder,
)
from pptx.slide import Slide, SlideLayout
from pptx.util import Emu, Inches

from briefing_app.export.pptx.style import scheme_value
from briefing_app.export.pptx.text import (
    EMU_PER_PT,
    INSET_X,
    INSET_Y,
    Fit,
    Para,
    localise_tree,
    one_line_size,
    write_frame,
)
from briefing_app.model.balance import centred_top
from briefing_app.model.typescale import DECK_FLOOR_PT

Box = tuple[int, int, int, int]
GAP = int(Inches(0.25))
#: The bullet of text boxes: the template's body bullet (Arial "•" in the primary colour).
BULLET = "•"

_P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_FOOTER_TYPES = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)
_CONTENT_TYPES = (PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY)
_SP, _TXBODY, _T = qn("p:sp"), qn("p:txBody"), qn("a:t")
_SPPR_XFRM = f"{qn('p:spPr')}/{qn('a:xfrm')}"
_NVPR_PH = f"{qn('p:nvPr')}/{qn('p:ph')}"
_SPTREE = f"{qn('p:cSld')}/{qn('p:spTree')}"
_OFF, _EXT = qn("a:off"), qn("a:ext")
#: python-pptx's slide placeholder classes by placeholder type (SlidePlaceholder otherwise).
_SLIDE_PLACEHOLDERS: dict[PP_PLACEHOLDER, type[Any]] = {
    PP_PLACEHOLDER.BITMAP: PicturePlaceholder,
    PP_PLACEHOLDER.CHART: ChartPlaceholder,
    PP_PLACEHOLDER.PICTURE: PicturePlaceholder,
    PP_PLACEHOLDER.TABLE: TablePlaceholder,
}


@dataclass(frozen=True)
class Faces:
    """The East Asian faces of the template's theme: titles (major) and body (minor)."""

    title: str
    body: str


def box_of(shape: BaseShape) -> Box:
    """Return a shape's (x, y, width, height) in EMU, inherited from its layout if need be."""
    element = shape._element
    ph = _ph(element)
    if ph is None or element.tag != _SP or element.find(_SPPR_XFRM) is not None:
        return _own_box(shape)
    # A placeholder placed by its layout: python-pptx looks the layout placeholder up by idx
    # for each of the four values; the answer is the same for every slide of the layout.
    layout_part = cast(Any, shape.part).slide_layout.part
    boxes = _INHERITED_BOXES.setdefault(layout_part, {})
    idx = ph.idx
    if idx not in boxes:
        boxes[idx] = _layout_box(layout_part, idx) or _own_box(shape)
    return boxes[idx]


def _layout_box(layout_part: Any, idx: int) -> Box | None:
    """Return the box of the layout's placeholder `idx` when it sets all of it, else None.

    The first layout placeholder with that idx, as python-pptx's `_base_placeholder` finds it;
    when it leaves part of its box to the master, python-pptx works that out (None).
    """
    for element, ph in _placeholders_in(layout_part._element.find(_SPTREE)):
        if ph.idx != idx:
            continue
        xfrm = element.find(_SPPR_XFRM) if element.tag == _SP else None
        off = xfrm.find(_OFF) if xfrm is not None else None
        ext = xfrm.find(_EXT) if xfrm is not None else None
        if off is None or ext is None:
            return None
        return int(off.x), int(off.y), int(ext.cx), int(ext.cy)
    return None


def _own_box(shape: BaseShape) -> Box:
    return int(shape.left), int(shape.top), int(shape.width), int(shape.height)


#: Inherited placeholder boxes per layout part (a new deck opens new parts).
_INHERITED_BOXES: weakref.WeakKeyDictionary[Any, dict[int, Box]] = weakref.WeakKeyDictionary()


def title_placeholder(slide: Slide) -> BaseShape | None:
    """Return the slide's title placeholder (idx 0), as `slide.shapes.title` does."""
    for element, ph in _placeholder_elements(slide):
        if ph.idx == 0:
            return _placeholder_shape(slide, element, ph)
    return None


def placeholders(slide: Slide, types: Sequence[PP_PLACEHOLDER]) -> list[BaseShape]:
    """Return the slide's placeholders of these types, left to right then top to bottom."""
    elements = sorted(_placeholder_elements(slide), key=lambda pair: pair[1].idx)
    found = [_placeholder_shape(slide, el, ph) for el, ph in elements if ph.type in types]
    return sorted(found, key=lambda shape: box_of(shape)[:2])


def content_placeholders(slide: Slide) -> list[BaseShape]:
    """Return the slide's body/content placeholders (not titles, subtitles or footers)."""
    return placeholders(slide, _CONTENT_TYPES)


def remove_shape(shape: BaseShape) -> None:
    """Remove a shape (an unused placeholder would show 'Click to add text')."""
    el = shape._element
    el.getparent().remove(el)


def remove_empty_placeholders(slide: Slide) -> None:
    """Remove every placeholder nothing was written into."""
    for element, ph in _placeholder_elements(slide):
        if ph.type in _FOOTER_TYPES:
            continue
        body = element.find(_TXBODY) if element.tag == _SP else None
        if body is None or not "".join(t.text or "" for t in body.iter(_T)).strip():
            element.getparent().remove(element)


def _placeholder_elements(slide: Slide) -> list[tuple[Any, Any]]:
    """Return (shape element, p:ph) of each placeholder on the slide, in document order.

    python-pptx finds each shape's p:ph with an XPath query compiled anew on every call; with
    several lookups per placeholder that was a fifth of the export. Same answer, by hand.
    """
    return _placeholders_in(slide.shapes._spTree)


def _placeholders_in(tree: Any) -> list[tuple[Any, Any]]:
    found = []
    for element in tree.iter_shape_elms():
        ph = _ph(element)
        if ph is not None:
            found.append((element, ph))
    return found


def _placeholder_shape(slide: Slide, element: Any, ph: Any) -> BaseShape:
    """Return the shape python-pptx's slide shape factory returns for a placeholder."""
    if element.tag != _SP:
        return slide.shapes._shape_factory(element)
    cls = _SLIDE_PLACEHOLDERS.get(ph.type, SlidePlaceholder)
    shape: BaseShape = cls(element, slide.shapes)
    return shape


def _ph(element: Any) -> Any:
    """Return a shape element's `./*[1]/p:nvPr/p:ph` (None when it is no placeholder)."""
    for child in element:
        if isinstance(child.tag, str):  # the first element child: p:nvSpPr, p:nvPicPr, ...
            return child.find(_NVPR_PH)
    return None


def fill_placeholder(
    ph: BaseShape, paras: Sequence[Para], max_pt: float, face: str, balance: bool = False
) -> None:
    """Write `paras` into a placeholder at the largest size that fits it.

    `balance`: the paragraphs spread and the placeholder shrinks to them, in the middle of
    where it was (`model.balance`), so that short text leaves no empty lower half.
    """
    box = box_of(ph)
    fit = write_frame(cast(Any, ph).text_frame, paras, box[2:], max_pt, face, spread=balance)
    if balance:
        settle(ph, box, fit, MSO_ANCHOR.MIDDLE)


def settle(
    shape: BaseShape, box: Box, fit: Fit, anchor: MSO_ANCHOR, inset: int = int(INSET_Y)
) -> None:
    """Shrink a text shape in `box` to the height of its text (`fit`), placed in the box as
    `anchor` says: the shape's extent is then the extent of what it shows."""
    x, y, cx, cy = box
    height = min(cy, int(fit.height_pt * EMU_PER_PT) + 2 * inset)
    if anchor == MSO_ANCHOR.MIDDLE:
        top = int(centred_top(height, y, cy))
    elif anchor == MSO_ANCHOR.BOTTOM:
        top = y + cy - height
    else:
        top = y
    shape.left, shape.top, shape.width, shape.height = Emu(x), Emu(top), Emu(cx), Emu(height)
    cast(Any, shape).text_frame.vertical_anchor = anchor


def text_box(
    slide: Slide,
    box: Box,
    paras: Sequence[Para],
    max_pt: float,
    face: str,
    name: str,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    avoid_orphans: bool = False,
    balance: bool = False,
) -> Shape:
    """Return a new text box holding `paras` at the largest size that fits `box`.

    Bullet paragraphs get the template's bullet written out (a text box inherits none);
    `avoid_orphans`: see `text.fit_size`. `balance`: the paragraphs spread and the box
    shrinks to its text, placed in `box` as `anchor` says (`settle`).
    """
    x, y, cx, cy = box
    # python-pptx's add_textbox, without its XPath over the slide for the next shape id
    tree = slide.shapes._spTree
    sp = CT_Shape.new_textbox_sp(_next_id(tree), "TextBox", int(x), int(y), int(cx), int(cy))
    sp.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}").set("name", name)  # set: names are text
    tree.insert_element_before(sp, "p:extLst")
    shape = Shape(sp, slide.shapes)
    shape.text_frame.vertical_anchor = anchor
    fit = write_frame(
        shape.text_frame,
        paras,
        (cx, cy),
        max_pt,
        face,
        bullet_char=BULLET,
        avoid_orphans=avoid_orphans,
        spread=balance,
    )
    if balance:
        settle(shape, box, fit, anchor)
    return shape


def panel_shape(
    slide: Slide,
    box: Box,
    name: str,
    fill: str = "surface",
    line: str | None = "background",
    rounded: bool = True,
) -> Shape:
    """Return a filled (rounded) rectangle: the card a tile's text sits on.

    Written as XML in one go: a deck has a hundred of these and python-pptx's autoshape
    setters cost milliseconds each. No p:style, so there is no theme shadow or white text.
    """
    x, y, cx, cy = (int(v) for v in box)
    tree = slide.shapes._spTree
    geometry = (
        '<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 6000"/></a:avLst>'
        "</a:prstGeom>"
        if rounded
        else '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    )
    outline = (
        f'<a:ln w="9525"><a:solidFill><a:schemeClr val="{scheme_value(line)}">'
        '<a:lumMod val="85000"/></a:schemeClr></a:solidFill></a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    sp = parse_xml(  # python-pptx's parser: the element gets its oxml class
        f'<p:sp xmlns:p="{_P_NS}" xmlns:a="{_A_NS}"><p:nvSpPr>'
        f'<p:cNvPr id="{_next_id(tree)}" name=""/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'{geometry}<a:solidFill><a:schemeClr val="{scheme_value(fill)}"/></a:solidFill>'
        f"{outline}<a:effectLst/></p:spPr>"
        '<p:txBody><a:bodyPr rtlCol="0" anchor="t"/><a:lstStyle/><a:p/></p:txBody></p:sp>'
    )
    sp.find(f".//{qn('p:cNvPr')}").set("name", name)  # set, not formatted: names are text
    tree.append(sp)
    return Shape(sp, slide.shapes)  # what python-pptx's shape factory makes of a p:sp


def content_area(layout: SlideLayout, slide_width: int, slide_height: int) -> Box:
    """Return the free area of a layout: below its title, above its footer, title-wide."""
    layout_placeholders = _layout_placeholders(layout)
    title = next(
        (
            ph
            for ph in layout_placeholders
            if ph.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
        ),
        None,
    )
    margin = int(Inches(0.6))
    if title is not None:
        x, y, cx, cy = box_of(title)
        top = y + cy + int(Inches(0.2))
    else:
        # below the title text box a builder writes instead (0.35 in + 1.1 in, see slide_parts.py)
        x, cx, top = margin, slide_width - 2 * margin, int(Inches(1.6))
    feet = [
        int(ph.top)
        for ph in layout_placeholders
        if ph.placeholder_format.type in (*_FOOTER_TYPES, PP_PLACEHOLDER.DATE)
    ]
    bottom = min(feet, default=slide_height - int(Inches(0.5))) - int(Inches(0.12))
    return x, top, cx, bottom - top


def add_footer(
    slide: Slide, number: int, text: str, face: str, cache: dict[int, list[Any]]
) -> None:
    """Copy the layout's footer and slide-number placeholders onto the slide and fill them.

    `cache` keeps each layout's emptied placeholders, so the layout is read once per deck.
    """
    layout = slide.slide_layout
    key = id(layout.part)
    if key not in cache:
        feet = [
            ph for ph in _layout_placeholders(layout) if ph.placeholder_format.type in _FOOTER_TYPES
        ]
        cache[key] = [_empty_copy(ph) for ph in feet]
        _FOOTER_WIDTHS[layout.part] = next(
            (
                int(ph.width or 0)
                for ph in feet
                if ph.placeholder_format.type == PP_PLACEHOLDER.FOOTER
            ),
            0,
        )
    tree = slide.shapes._spTree
    for prototype in cache[key]:
        sp = copy.deepcopy(prototype)
        body = sp.find(qn("p:txBody"))
        p = etree.SubElement(body, qn("a:p"))
        if sp.find(f".//{qn('p:ph')}").get("type") == "ftr":
            shown, size = footer_text(text, _FOOTER_WIDTHS.get(layout.part, 0))
            r = etree.SubElement(p, qn("a:r"))
            r_pr = etree.SubElement(r, qn("a:rPr"))
            if size:
                r_pr.set("sz", str(size * 100))
            etree.SubElement(r, qn("a:t")).text = shown
        else:
            fld = etree.SubElement(
                p, qn("a:fld"), id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}", type="slidenum"
            )
            etree.SubElement(fld, qn("a:rPr"))
            etree.SubElement(fld, qn("a:t")).text = str(number)
        sp.find(f".//{qn('p:cNvPr')}").set("id", str(_next_id(tree)))
        tree.append(sp)
        localise_tree(body, face)


#: The footer placeholder's width per layout part (read with the layout's footers).
_FOOTER_WIDTHS: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()
FOOTER_ROOMY_PT = 14  # a footer that holds its text at this size keeps the template's size


@functools.lru_cache(maxsize=64)
def footer_text(text: str, width: int) -> tuple[str, int]:
    """Return the footer's text and a point size (0: the template's) for a footer `width`
    EMU wide: the whole line when it fits, else the meeting alone (then the date alone) at
    12 pt, so a 4:3 template's narrower footer never wraps or runs over the slide number."""
    if width <= 0:
        return text, 0
    width_pt = (width - 2 * INSET_X) / EMU_PER_PT
    if one_line_size(Para.of(text), width_pt) >= FOOTER_ROOMY_PT:
        return text, 0
    for candidate in (text, *text.split("　")):
        if candidate and one_line_size(Para.of(candidate), width_pt) >= DECK_FLOOR_PT:
            return candidate, int(DECK_FLOOR_PT)
    return text.split("　")[0], int(DECK_FLOOR_PT)


def _empty_copy(ph: Any) -> Any:
    """Return a copy of a layout placeholder without position, look or text (all inherited)."""
    sp = copy.deepcopy(ph._element)
    sp_pr = sp.find(qn("p:spPr"))
    for child in list(sp_pr):
        sp_pr.remove(child)
    body = sp.find(qn("p:txBody"))
    for p in body.findall(qn("a:p")):
        body.remove(p)
    lst = body.find(qn("a:lstStyle"))
    for child in list(lst):
        lst.remove(child)
    return sp


def _layout_placeholders(layout: SlideLayout) -> list[Any]:
    """Return the layout's placeholders (python-pptx's objects; each found by an XPath query
    per shape, so a caller reads them once)."""
    # python-pptx 1.0.2's typing of LayoutPlaceholders.__iter__ confuses mypy; same objects.
    return list(cast(Any, layout.placeholders))


def _next_id(tree: etree._Element) -> int:
    return max((int(e.get("id")) for e in tree.iter(qn("p:cNvPr"))), default=1) + 1
