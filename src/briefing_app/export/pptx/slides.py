"""One slide builder per panel kind (`SLIDE_BUILDERS`): the layout it needs and how it fills it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.shapes.base import BaseShape
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from briefing_app.export.pptx.charts import ChartContext, add_chart
from briefing_app.export.pptx.pictures import add_fitted_picture
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
from briefing_app.export.pptx.style import (
    BODY_PT,
    CAPTION_PT,
    CARD_PT,
    DISPLAY_PT,
    FIGURE_PT,
    LEAD_PT,
    TITLE_PT,
    theme_color,
)
from briefing_app.export.pptx.text import EMU_PER_PT, INSET_X, WIDTH_SLACK, Para, balanced_break
from briefing_app.export.pptx.tiles import card_tile, figure_tile, tile_columns, tiles
from briefing_app.model.balance import centred_top
from briefing_app.model.briefing import Briefing
from briefing_app.model.numerals import chinese_date, task_number_label
from briefing_app.model.panels import (
    BulletsPanel,
    CardsPanel,
    ChartPanel,
    ClosingPanel,
    CoverPanel,
    Figure,
    ImagePanel,
    KeyFiguresPanel,
    PanelBase,
    PanelKind,
    QuotePanel,
    TaskPanel,
    TimelinePanel,
)
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


class SlideBuilder(NamedTuple):
    """A panel kind's layout (pandoc's name, chosen per panel) and the function that fills it.

    `footer`: whether the slide gets the footer and slide number (not the title slide).
    """

    layout: Callable[[Any], str]
    fill: Callable[[SlideContext, Slide, Any], None]
    footer: bool = True


# -- shared pieces -------------------------------------------------------------------------------


def _title(
    ctx: SlideContext, slide: Slide, text: str, max_pt: float = TITLE_PT, balance: bool = False
) -> None:
    """Write the title; `balance`: break it in two balanced lines if one line cannot hold it."""
    title = title_placeholder(slide)
    if title is None:  # a fallback layout without a title (空白): a text box where it would be
        margin = int(Inches(0.6))
        box = (margin, int(Inches(0.35)), ctx.width - 2 * margin, _TITLE_BOX)
        paras = [Para.of(text, bold=True, color="primary")]
        text_box(slide, box, paras, max_pt, ctx.faces.title, "Title", anchor=MSO_ANCHOR.MIDDLE)
        return
    if balance:
        width_pt = (box_of(title)[2] - 2 * INSET_X) / EMU_PER_PT
        text = balanced_break(text, width_pt * WIDTH_SLACK / max_pt)
    fill_placeholder(title, [Para.of(text)], max_pt, ctx.faces.title)


_TITLE_BOX = int(Inches(1.1))  # height of a title written as a text box


def _area(ctx: SlideContext, slide: Slide) -> Box:
    layout = slide.slide_layout
    key = id(layout.part)
    if key not in ctx.areas:
        ctx.areas[key] = content_area(layout, ctx.width, ctx.height)
    return ctx.areas[key]


def _lead(ctx: SlideContext, slide: Slide, area: Box, lead: str) -> Box:
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


def _items(items: tuple[TextItem, ...], lead: str = "") -> list[Para]:
    paras = [Para.of(lead, bold=True, color="secondary")] if lead else []
    paras += [
        Para.of(item.text, bold=item.emphasis or None, bullet=True, space_before=0.45)
        for item in items
    ]
    return paras


def _figures(
    ctx: SlideContext, slide: Slide, area: Box, figures: tuple[Figure, ...]
) -> Sequence[BaseShape]:
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
_SIDE: dict[str, Any] = {"anchor": MSO_ANCHOR.TOP, "avoid_orphans": True, "balance": True}
#: The same text beside a chart: in the middle of the chart's height.
_BESIDE: dict[str, Any] = {**_SIDE, "anchor": MSO_ANCHOR.MIDDLE}


def _centre_block(shapes: Sequence[BaseShape], area: Box) -> None:
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


def _split(area: Box, left_share: float) -> tuple[Box, Box]:
    x, y, cx, cy = area
    left = int((cx - GAP) * left_share)
    return (x, y, left, cy), (x + left + GAP, y, cx - left - GAP, cy)


def _date(ctx: SlideContext) -> str:
    return chinese_date(ctx.briefing.meta.date)


def _below_title(ctx: SlideContext, slide: Slide, paras: list[Para], max_pt: float) -> None:
    """Write a title slide's lines in its subtitle, else in a text box under the title."""
    for ph in placeholders(slide, (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY))[:1]:
        fill_placeholder(ph, paras, max_pt, ctx.faces.body)
        return
    x, y, cx, cy = _area(ctx, slide)
    text_box(slide, (x, y + cy // 4, cx, cy // 2), paras, max_pt, ctx.faces.body, "Subtitle")


def _body(ctx: SlideContext, slide: Slide, paras: list[Para], box: Box | None = None) -> None:
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
    box = box or _area(ctx, slide)
    text_box(slide, box, paras, BODY_PT, ctx.faces.body, "Body", **_BESIDE)


# -- builders ------------------------------------------------------------------------------------


def fill_cover(ctx: SlideContext, slide: Slide, panel: CoverPanel) -> None:
    """Title Slide: the title (two balanced lines when long), then subtitle, tagline, the
    meeting with its date and the organisation, the date only once."""
    _title(ctx, slide, panel.title, max_pt=DISPLAY_PT, balance=True)
    meta = ctx.briefing.meta
    lines = [line for line in (panel.subtitle, panel.tagline, panel.lead) if line]
    paras = [Para.of(line, color="secondary", bold=True) for line in lines]
    # The meeting and the date (the footer's, which the title slide does not show) once:
    # left out here when a line above gives them already.
    occasion = "　".join(
        part for part in (meta.meeting, _date(ctx)) if part and not any(part in x for x in lines)
    )
    for i, line in enumerate(x for x in (occasion, meta.organisation) if x):
        paras.append(Para.of(line, color="muted", scale=0.8, space_before=0.8 if i == 0 else 0.2))
    _below_title(ctx, slide, paras, 24)
    if panel.logo_data:  # the logo in the top left corner, as the live cover shows it
        margin = int(Inches(0.5))
        add_fitted_picture(
            slide,
            panel.logo_data,
            (margin, margin, int(Inches(2.5)), int(Inches(0.8))),
            "Logo",
            align="left",
        )


def fill_closing(ctx: SlideContext, slide: Slide, panel: ClosingPanel) -> None:
    """Title Slide: the closing title; its text and subtitle below."""
    _title(ctx, slide, panel.title, max_pt=DISPLAY_PT)
    lines = [panel.text.text if panel.text else "", panel.subtitle, panel.lead]
    paras = [Para.of(line, color="secondary", bold=i == 0) for i, line in enumerate(lines) if line]
    if paras:
        _below_title(ctx, slide, paras, 26)


def fill_bullets(ctx: SlideContext, slide: Slide, panel: BulletsPanel) -> None:
    """Title and Content: the lead in bold, then one bullet per item."""
    _title(ctx, slide, panel.title)
    _body(ctx, slide, _items(panel.items, panel.lead))


def _task_layout(panel: TaskPanel) -> str:
    return "Two Content" if panel.figures or panel.chart else "Title and Content"


def fill_task(ctx: SlideContext, slide: Slide, panel: TaskPanel) -> None:
    """Title and Content (text only) or Two Content: text left; figures and chart right."""
    _title(ctx, slide, f"{task_number_label(panel.number)}　{panel.title}")
    paras = [Para.of(panel.headline.text, bold=True, color="secondary")]
    if panel.lead:
        paras.insert(0, Para.of(panel.lead, color="muted"))
    paras += _items(panel.items)
    body = content_placeholders(slide)
    if not (panel.figures or panel.chart):
        _body(ctx, slide, paras)
        return
    if len(body) >= 2:
        fill_placeholder(body[0], paras, BODY_PT, ctx.faces.body, balance=True)
        right = box_of(body[1])
        body[1]._element.getparent().remove(body[1]._element)
    else:  # a fallback layout without two contents: the text left, the rest right
        left, right = _split(_area(ctx, slide), 0.5)
        _body(ctx, slide, paras, left)
    if panel.figures and panel.chart:
        x, y, cx, cy = right
        top = int(cy * 0.36)
        _figures(ctx, slide, (x, y, cx, top), panel.figures)
        add_chart(slide.shapes, panel.chart, (x, y + top + GAP, cx, cy - top - GAP), ctx.charts)
    elif panel.chart:
        add_chart(slide.shapes, panel.chart, right, ctx.charts)
    else:
        _figures(ctx, slide, right, panel.figures)


def fill_key_figures(ctx: SlideContext, slide: Slide, panel: KeyFiguresPanel) -> None:
    """Title Only: a grid of big-number tiles, the items below them."""
    _title(ctx, slide, panel.title)
    area = _lead(ctx, slide, _area(ctx, slide), panel.lead)
    if not panel.items:
        _figures(ctx, slide, area, panel.figures)
        return
    x, y, cx, cy = area
    below = int(cy * 0.34)
    box = (x, y + cy - below, cx, below)
    items = text_box(slide, box, _items(panel.items), BODY_PT, ctx.faces.body, "Items", **_SIDE)
    drawn = _figures(ctx, slide, (x, y, cx, cy - below - GAP), panel.figures)
    # the items right under the figures, the two in the middle of the area together
    items.top = Emu(max(int(s.top) + int(s.height) for s in drawn) + GAP)
    _centre_block([*drawn, items], area)


def fill_cards(ctx: SlideContext, slide: Slide, panel: CardsPanel) -> None:
    """Title Only: the lead, then a grid of cards (as the live panel: a card per box, even
    for two, which Comparison's heading-above-text placeholders would leave half empty)."""
    _title(ctx, slide, panel.title)
    area = _lead(ctx, slide, _area(ctx, slide), panel.lead)
    n = len(panel.cards)
    columns = {1: 1, 2: 2, 4: 2}.get(n, 3 if n in (3, 5, 6, 9) else 4)
    cards = [card_tile(c.title, c.text, f"Card {i + 1}") for i, c in enumerate(panel.cards)]
    # one or two rows of short cards take about half or three quarters of the area's height
    # rather than standing as a thin strip (as the live panel's least card heights)
    share = {1: 0.5, 2: 0.75}.get(-(-n // columns), 0.0)
    tiles(slide, area, cards, columns, BODY_PT, ctx.faces.body, fill_share=share)


def fill_chart(ctx: SlideContext, slide: Slide, panel: ChartPanel) -> None:
    """Title Only: the lead, the native chart, and its takeaways beside it."""
    _title(ctx, slide, panel.title)
    area = _lead(ctx, slide, _area(ctx, slide), panel.lead)
    if panel.items:
        area, side = _split(area, 0.62)
        paras = _items(panel.items)
        text_box(slide, side, paras, BODY_PT, ctx.faces.body, "Takeaways", **_BESIDE)
    add_chart(slide.shapes, panel.chart, area, ctx.charts)


def fill_timeline(ctx: SlideContext, slide: Slide, panel: TimelinePanel) -> None:
    """Title Only: a rule with one marker per event; label above, title and text below."""
    _title(ctx, slide, panel.title)
    area = _lead(ctx, slide, _area(ctx, slide), panel.lead)
    x, y, cx, cy = area
    n = max(1, len(panel.events))
    step = cx // n
    label_h = int(Inches(0.7))
    line_y = y + label_h + int(Inches(0.25))
    rule = slide.shapes.add_connector(
        MSO_CONNECTOR.STRAIGHT, Emu(x), Emu(line_y), Emu(x + cx), Emu(line_y)
    )
    rule.name = "Timeline rule"
    rule.line.color.theme_color = theme_color("accent")
    rule.line.width = Pt(3)
    drawn: list[BaseShape] = [rule]
    dot = int(Inches(0.3))
    for i, event in enumerate(panel.events):
        left = x + i * step
        token = "primary" if event.highlight else "secondary"
        marker = slide.shapes.add_shape(
            MSO_SHAPE.OVAL,
            Emu(left + step // 2 - dot // 2),
            Emu(line_y - dot // 2),
            Emu(dot),
            Emu(dot),
        )
        marker.name = f"Event {i + 1} marker"
        marker.fill.solid()
        marker.fill.fore_color.theme_color = theme_color(token)
        marker.line.color.theme_color = theme_color("surface")
        marker.line.width = Pt(2)
        marker.shadow.inherit = False
        pad = int(Inches(0.06))
        label = text_box(
            slide,
            (left + pad, y, step - 2 * pad, label_h),
            [Para.of(event.label, bold=True, color=token, align=PP_ALIGN.CENTER)],
            CARD_PT,
            ctx.faces.body,
            f"Event {i + 1} label",
            anchor=MSO_ANCHOR.BOTTOM,
        )
        below = line_y + dot
        paras = [Para.of(event.title, bold=True, color="text", align=PP_ALIGN.CENTER)]
        if event.text:  # the caption's size beside the body's, as the live timeline
            scale = CAPTION_PT / BODY_PT
            paras.append(
                Para.of(
                    event.text, color="muted", scale=scale, align=PP_ALIGN.CENTER, space_before=0.4
                )
            )
        text = text_box(
            slide,
            (left + pad, below, step - 2 * pad, y + cy - below),
            paras,
            BODY_PT,
            ctx.faces.body,
            f"Event {i + 1} text",
            balance=True,
        )
        drawn += [marker, label, text]
    _centre_block(drawn, area)


def fill_quote(ctx: SlideContext, slide: Slide, panel: QuotePanel) -> None:
    """Title Only: the quotation large beside a gold rule, the attribution under it."""
    _title(ctx, slide, panel.title)
    x, y, cx, cy = _lead(ctx, slide, _area(ctx, slide), panel.lead)
    inset = int(Inches(0.5))
    bar = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Emu(x + inset), Emu(y + GAP), Emu(int(Pt(6))), Emu(cy - 2 * GAP)
    )
    bar.name = "Quote rule"
    bar.fill.solid()
    bar.fill.fore_color.theme_color = theme_color("accent")
    bar.line.fill.background()
    bar.shadow.inherit = False
    paras = [Para.of(f"“{panel.quote.text}”", bold=True, color="primary")]
    if panel.attribution:
        paras.append(
            Para.of(
                f"——{panel.attribution}",
                color="muted",
                scale=0.6,
                align=PP_ALIGN.RIGHT,
                space_before=0.8,
            )
        )
    text_box(
        slide,
        (x + inset + int(Inches(0.35)), y + GAP, cx - 2 * inset, cy - 2 * GAP),
        paras,
        36,
        ctx.faces.body,
        "Quote",
        anchor=MSO_ANCHOR.MIDDLE,
    )


def fill_image(ctx: SlideContext, slide: Slide, panel: ImagePanel) -> None:
    """Title Only: the lead, the picture as large as fits at its proportions, the caption."""
    _title(ctx, slide, panel.title)
    area = _lead(ctx, slide, _area(ctx, slide), panel.lead)
    x, y, cx, cy = area
    caption_h = int(Inches(0.5)) if panel.caption else 0
    picture = add_fitted_picture(slide, panel.image_data, (x, y, cx, cy - caption_h), "Picture")
    if panel.caption:
        para = Para.of(panel.caption, color="muted", align=PP_ALIGN.CENTER)
        top = y + cy - caption_h if picture is None else int(picture.top) + int(picture.height)
        box = (x, top, cx, caption_h)
        caption = text_box(
            slide, box, [para], CAPTION_PT, ctx.faces.body, "Caption", anchor=MSO_ANCHOR.MIDDLE
        )
        if picture is not None:  # the caption right under the picture, the two centred
            _centre_block([picture, caption], area)


def _fixed(name: str) -> Callable[[Any], str]:
    return lambda _panel: name


#: The registry: every PanelKind has one builder (a test checks it matches the enum).
SLIDE_BUILDERS: dict[PanelKind, SlideBuilder] = {
    PanelKind.COVER: SlideBuilder(_fixed("Title Slide"), fill_cover, footer=False),
    PanelKind.KEY_FIGURES: SlideBuilder(_fixed("Title Only"), fill_key_figures),
    PanelKind.CARDS: SlideBuilder(_fixed("Title Only"), fill_cards),
    PanelKind.BULLETS: SlideBuilder(_fixed("Title and Content"), fill_bullets),
    PanelKind.TASK: SlideBuilder(_task_layout, fill_task),
    PanelKind.TIMELINE: SlideBuilder(_fixed("Title Only"), fill_timeline),
    PanelKind.QUOTE: SlideBuilder(_fixed("Title Only"), fill_quote),
    PanelKind.CHART: SlideBuilder(_fixed("Title Only"), fill_chart),
    PanelKind.CLOSING: SlideBuilder(_fixed("Title Slide"), fill_closing),
    PanelKind.IMAGE: SlideBuilder(_fixed("Title Only"), fill_image),
}


def builder_for(panel: PanelBase) -> SlideBuilder:
    """Return the builder of a panel's kind; KeyError for a kind with no builder."""
    return SLIDE_BUILDERS[panel.kind]
