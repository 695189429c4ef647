"""One slide builder per panel kind (`SLIDE_BUILDERS`): the layout it needs and how it fills it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.shapes.base import BaseShape
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from briefing_app.export.pptx.charts import add_chart
from briefing_app.export.pptx.pictures import add_fitted_picture
from briefing_app.export.pptx.shapes import (
    GAP,
    box_of,
    content_placeholders,
    fill_placeholder,
    text_box,
)
from briefing_app.export.pptx.slide_parts import (
    BESIDE,
    SIDE,
    area_of,
    below_title,
    centre_block,
    date_text,
    figure_grid,
    item_paras,
    split,
    write_body,
    write_lead,
    write_title,
)
from briefing_app.export.pptx.slide_parts import SlideContext as SlideContext  # deck.py's
from briefing_app.export.pptx.style import (
    BODY_PT,
    CAPTION_PT,
    CARD_PT,
    DISPLAY_PT,
    theme_color,
)
from briefing_app.export.pptx.text import Para
from briefing_app.export.pptx.tiles import card_tile, tiles
from briefing_app.model.numerals import task_number_label
from briefing_app.model.panels import (
    BulletsPanel,
    CardsPanel,
    ChartPanel,
    ClosingPanel,
    CoverPanel,
    ImagePanel,
    KeyFiguresPanel,
    PanelBase,
    PanelKind,
    QuotePanel,
    TaskPanel,
    TimelinePanel,
)


class SlideBuilder(NamedTuple):
    """A panel kind's layout (pandoc's name, chosen per panel) and the function that fills it.

    `footer`: whether the slide gets the footer and slide number (not the title slide).
    """

    layout: Callable[[Any], str]
    fill: Callable[[SlideContext, Slide, Any], None]
    footer: bool = True


# -- builders ------------------------------------------------------------------------------------


def fill_cover(ctx: SlideContext, slide: Slide, panel: CoverPanel) -> None:
    """Title Slide: the title (two balanced lines when long), then subtitle, tagline, the
    meeting with its date and the organisation, the date only once."""
    write_title(ctx, slide, panel.title, max_pt=DISPLAY_PT, balance=True)
    meta = ctx.briefing.meta
    lines = [line for line in (panel.subtitle, panel.tagline, panel.lead) if line]
    paras = [Para.of(line, color="secondary", bold=True) for line in lines]
    # The meeting and the date (the footer's, which the title slide does not show) once:
    # left out here when a line above gives them already.
    occasion = "　".join(
        part
        for part in (meta.meeting, date_text(ctx))
        if part and not any(part in x for x in lines)
    )
    for i, line in enumerate(x for x in (occasion, meta.organisation) if x):
        paras.append(Para.of(line, color="muted", scale=0.8, space_before=0.8 if i == 0 else 0.2))
    below_title(ctx, slide, paras, 24)
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
    write_title(ctx, slide, panel.title, max_pt=DISPLAY_PT)
    lines = [panel.text.text if panel.text else "", panel.subtitle, panel.lead]
    paras = [Para.of(line, color="secondary", bold=i == 0) for i, line in enumerate(lines) if line]
    if paras:
        below_title(ctx, slide, paras, 26)


def fill_bullets(ctx: SlideContext, slide: Slide, panel: BulletsPanel) -> None:
    """Title and Content: the lead in bold, then one bullet per item."""
    write_title(ctx, slide, panel.title)
    write_body(ctx, slide, item_paras(panel.items, panel.lead))


def _task_layout(panel: TaskPanel) -> str:
    return "Two Content" if panel.figures or panel.chart else "Title and Content"


def fill_task(ctx: SlideContext, slide: Slide, panel: TaskPanel) -> None:
    """Title and Content (text only) or Two Content: text left; figures and chart right."""
    write_title(ctx, slide, f"{task_number_label(panel.number)}　{panel.title}")
    paras = [Para.of(panel.headline.text, bold=True, color="secondary")]
    if panel.lead:
        paras.insert(0, Para.of(panel.lead, color="muted"))
    paras += item_paras(panel.items)
    body = content_placeholders(slide)
    if not (panel.figures or panel.chart):
        write_body(ctx, slide, paras)
        return
    if len(body) >= 2:
        fill_placeholder(body[0], paras, BODY_PT, ctx.faces.body, balance=True)
        right = box_of(body[1])
        body[1]._element.getparent().remove(body[1]._element)
    else:  # a fallback layout without two contents: the text left, the rest right
        left, right = split(area_of(ctx, slide), 0.5)
        write_body(ctx, slide, paras, left)
    if panel.figures and panel.chart:
        x, y, cx, cy = right
        top = int(cy * 0.36)
        figure_grid(ctx, slide, (x, y, cx, top), panel.figures)
        add_chart(slide.shapes, panel.chart, (x, y + top + GAP, cx, cy - top - GAP), ctx.charts)
    elif panel.chart:
        add_chart(slide.shapes, panel.chart, right, ctx.charts)
    else:
        figure_grid(ctx, slide, right, panel.figures)


def fill_key_figures(ctx: SlideContext, slide: Slide, panel: KeyFiguresPanel) -> None:
    """Title Only: a grid of big-number tiles, the items below them."""
    write_title(ctx, slide, panel.title)
    area = write_lead(ctx, slide, area_of(ctx, slide), panel.lead)
    if not panel.items:
        figure_grid(ctx, slide, area, panel.figures)
        return
    x, y, cx, cy = area
    below = int(cy * 0.34)
    box = (x, y + cy - below, cx, below)
    items = text_box(slide, box, item_paras(panel.items), BODY_PT, ctx.faces.body, "Items", **SIDE)
    drawn = figure_grid(ctx, slide, (x, y, cx, cy - below - GAP), panel.figures)
    # the items right under the figures, the two in the middle of the area together
    items.top = Emu(max(int(s.top) + int(s.height) for s in drawn) + GAP)
    centre_block([*drawn, items], area)


def fill_cards(ctx: SlideContext, slide: Slide, panel: CardsPanel) -> None:
    """Title Only: the lead, then a grid of cards (as the live panel: a card per box, even
    for two, which Comparison's heading-above-text placeholders would leave half empty)."""
    write_title(ctx, slide, panel.title)
    area = write_lead(ctx, slide, area_of(ctx, slide), panel.lead)
    n = len(panel.cards)
    columns = {1: 1, 2: 2, 4: 2}.get(n, 3 if n in (3, 5, 6, 9) else 4)
    cards = [card_tile(c.title, c.text, f"Card {i + 1}") for i, c in enumerate(panel.cards)]
    # one or two rows of short cards take about half or three quarters of the area's height
    # rather than standing as a thin strip (as the live panel's least card heights)
    share = {1: 0.5, 2: 0.75}.get(-(-n // columns), 0.0)
    tiles(slide, area, cards, columns, BODY_PT, ctx.faces.body, fill_share=share)


def fill_chart(ctx: SlideContext, slide: Slide, panel: ChartPanel) -> None:
    """Title Only: the lead, the native chart, and its takeaways beside it."""
    write_title(ctx, slide, panel.title)
    area = write_lead(ctx, slide, area_of(ctx, slide), panel.lead)
    if panel.items:
        area, side = split(area, 0.62)
        paras = item_paras(panel.items)
        text_box(slide, side, paras, BODY_PT, ctx.faces.body, "Takeaways", **BESIDE)
    add_chart(slide.shapes, panel.chart, area, ctx.charts)


def fill_timeline(ctx: SlideContext, slide: Slide, panel: TimelinePanel) -> None:
    """Title Only: a rule with one marker per event; label above, title and text below."""
    write_title(ctx, slide, panel.title)
    area = write_lead(ctx, slide, area_of(ctx, slide), panel.lead)
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
    centre_block(drawn, area)


def fill_quote(ctx: SlideContext, slide: Slide, panel: QuotePanel) -> None:
    """Title Only: the quotation large beside a gold rule, the attribution under it."""
    write_title(ctx, slide, panel.title)
    x, y, cx, cy = write_lead(ctx, slide, area_of(ctx, slide), panel.lead)
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
    write_title(ctx, slide, panel.title)
    area = write_lead(ctx, slide, area_of(ctx, slide), panel.lead)
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
            centre_block([picture, caption], area)


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
