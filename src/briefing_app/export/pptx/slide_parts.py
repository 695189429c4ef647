"""What the slide builders share: the context, the title, lead, body text and balanced blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR
from pptx.shapes.base import BaseShape
from pptx.slide import Slide
from pptx.util import Emu, Inches

from briefing_app.export.pptx.charts import ChartContext
from briefing_app.export.pptx.shapes import (
    GAP,
    Box,
    Faces,
    box_of,
    content_area,
    content_placeholders,
    fill_placeholder,
    placeholders,
    text_box,
    title_placeholder,
)
from briefing_app.export.pptx.style import BODY_PT, CAPTION_PT, FIGURE_PT, LEAD_PT, TITLE_PT
from briefing_app.export.pptx.text import EMU_PER_PT, INSET_X, WIDTH_SLACK, Para, balanced_break
from briefing_app.export.pptx.tiles import figure_tile, tile_columns, tiles
from briefing_app.model.balance import centred_top
from briefing_app.model.briefing import Briefing
from briefing_app.model.numerals import chinese_date
from briefing_app.model.panels import Figure
from briefing_app.model.text import TextItem


@dataclass(frozen=True)
class SlideContext:
    """What every builder reads: the briefing, the slide size, the faces and chart context."""

    briefing: Briefing
    width: int
    height: int
    faces: Faces
    charts: ChartContext
    areas: dict[int, Box] = field(default_factory=dict)  # content area per layout


def write_title(
    ctx: SlideContext, slide: Slide, text: str, max_pt: float = TITLE_PT, balance: bool = False
) -> None:
    """Write the title; `balance`: break it in two balanced lines if one line cannot hold it."""
    title = title_placeholder(slide)
    if title is None:  # a fallback layout without a title (空白): a text box where it would be
        margin = int(Inches(0.6))
        box = (margin, int(Inches(0.35)), ctx.width - 2 * margin, TITLE_BOX)
        paras = [Para.of(text, bold=True, color="primary")]
        text_box(slide, box, paras, max_pt, ctx.faces.title, "Title", anchor=MSO_ANCHOR.MIDDLE)
        return
    if balance:
        width_pt = (box_of(title)[2] - 2 * INSET_X) / EMU_PER_PT
        text = balanced_break(text, width_pt * WIDTH_SLACK / max_pt)
    fill_placeholder(title, [Para.of(text)], max_pt, ctx.faces.title)


TITLE_BOX = int(Inches(1.1))  # height of a title written as a text box


def area_of(ctx: SlideContext, slide: Slide) -> Box:
    """Return the content area of the slide's layout (read once per layout)."""
    layout = slide.slide_layout
    key = id(layout.part)
    if key not in ctx.areas:
        ctx.areas[key] = content_area(layout, ctx.width, ctx.height)
    return ctx.areas[key]


def write_lead(ctx: SlideContext, slide: Slide, area: Box, lead: str) -> Box:
    """Write the lead line at the top of `area` and return the area left below it."""
    if not lead:
        return area
    x, y, cx, cy = area
    height = int(Inches(0.85))
    text_box(
        slide,
        (x, y, cx, height),
        [Para.of(lead, color="secondary", bold=True)],
        LEAD_PT,
        ctx.faces.body,
        "Lead",
        anchor=MSO_ANCHOR.MIDDLE,
    )
    return x, y + height + GAP // 2, cx, cy - height - GAP // 2


def item_paras(items: tuple[TextItem, ...], lead: str = "") -> list[Para]:
    """Return bullet paragraphs of `items`, after the lead in bold when there is one."""
    paras = [Para.of(lead, bold=True, color="secondary")] if lead else []
    paras += [
        Para.of(item.text, bold=item.emphasis or None, bullet=True, space_before=0.45)
        for item in items
    ]
    return paras


def figure_grid(
    ctx: SlideContext, slide: Slide, area: Box, figures: tuple[Figure, ...]
) -> Sequence[BaseShape]:
    """Draw the figures as a grid of big-number tiles in `area`; return the shapes drawn."""
    items = []
    for figure in figures:
        ind = ctx.briefing.indicator(figure.indicator)
        items.append(figure_tile(ind, figure.label or ind.name, figure.caption))
    most = 5 if area[2] > area[3] * 1.6 else 3
    columns, size = tile_columns(area, items, most, FIGURE_PT, CAPTION_PT)
    return tiles(
        slide,
        area,
        items,
        columns,
        size,
        ctx.faces.body,
        min_pt=CAPTION_PT,
        anchor=MSO_ANCHOR.MIDDLE,
    )


#: Bullet text beside or below a chart or figures: no word left alone, the box shrunk to its
#: text (so that what stands under or beside it can be balanced with it).
SIDE: dict[str, Any] = {"anchor": MSO_ANCHOR.TOP, "avoid_orphans": True, "balance": True}
#: The same text beside a chart: in the middle of the chart's height.
BESIDE: dict[str, Any] = {**SIDE, "anchor": MSO_ANCHOR.MIDDLE}


def centre_block(shapes: Sequence[BaseShape], area: Box) -> None:
    """Move `shapes` together so that the block they make stands in the middle of `area`
    (a block as tall as the area, or taller, stays where it is)."""
    if not shapes:
        return
    top = min(int(s.top) for s in shapes)
    bottom = max(int(s.top) + int(s.height) for s in shapes)
    _, y, _, cy = area
    if bottom - top >= cy:
        return
    dy = int(centred_top(bottom - top, y, cy)) - top
    for shape in shapes:
        shape.top = Emu(int(shape.top) + dy)


def split(area: Box, left_share: float) -> tuple[Box, Box]:
    """Return `area` cut in two side by side, the left `left_share` of it, a gap between."""
    x, y, cx, cy = area
    left = int((cx - GAP) * left_share)
    return (x, y, left, cy), (x + left + GAP, y, cx - left - GAP, cy)


def date_text(ctx: SlideContext) -> str:
    """Return the briefing's date in Chinese (2023年1月9日)."""
    return chinese_date(ctx.briefing.meta.date)


def below_title(ctx: SlideContext, slide: Slide, paras: list[Para], max_pt: float) -> None:
    """Write a title slide's lines in its subtitle, else in a text box under the title."""
    for ph in placeholders(slide, (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY))[:1]:
        fill_placeholder(ph, paras, max_pt, ctx.faces.body)
        return
    x, y, cx, cy = area_of(ctx, slide)
    text_box(slide, (x, y + cy // 4, cx, cy // 2), paras, max_pt, ctx.faces.body, "Subtitle")


def write_body(ctx: SlideContext, slide: Slide, paras: list[Para], box: Box | None = None) -> None:
    """Write body text in the content placeholder (moved to `box` if given), else a text box;
    short text spread and in the middle of its room (`model.balance`)."""
    body = content_placeholders(slide)
    if body:
        if box is not None:
            x, y, cx, cy = box
            ph = body[0]
            ph.left, ph.top, ph.width, ph.height = Emu(x), Emu(y), Emu(cx), Emu(cy)
        fill_placeholder(body[0], paras, BODY_PT, ctx.faces.body, balance=True)
        return
    box = box or area_of(ctx, slide)
    text_box(slide, box, paras, BODY_PT, ctx.faces.body, "Body", **BESIDE)
