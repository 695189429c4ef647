"""The inspector's rows for a panel's own text: titles, lead, items, cards, figures, notes."""

from __future__ import annotations

from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import InsertItem, SetPanelField
from briefing_app.model.panels import (
    ClosingPanel,
    Figure,
    ImagePanel,
    PanelBase,
    QuotePanel,
    TaskPanel,
    panel_charts,
    panel_figures,
)
from briefing_app.model.text import Card, TextItem
from briefing_app.ui.editor.fields import (
    PLACEHOLDER_CARD,
    PLACEHOLDER_ITEM,
    Button,
    Field,
    Row,
    check_field,
    choice_field,
    element,
    find_panel,
    grouped,
    number_field,
    text_field,
)
from briefing_app.ui.editor.fields_indicator import indicator_fields


def text_rows(panel: PanelBase) -> list[Row]:
    """Return the rows of the panel's title, lead and the text its kind holds."""
    pid = panel.id
    rows: list[Row] = [text_field(pid, "title", "editor.f.title")]
    for name, label in (("subtitle", "editor.f.subtitle"), ("tagline", "editor.f.tagline")):
        if hasattr(panel, name):
            rows.append(text_field(pid, name, label))
    rows.append(text_field(pid, "lead", "editor.f.lead", multiline=True))
    if isinstance(panel, TaskPanel):
        rows.append(number_field(pid, "number", "editor.f.task_number", whole=True))
        rows += _text_item(pid, "headline", "editor.f.headline")
    if isinstance(panel, QuotePanel):
        rows += _text_item(pid, "quote", "editor.f.quote_text")
        rows.append(text_field(pid, "attribution", "editor.f.attribution"))
    if isinstance(panel, ClosingPanel):
        if panel.text is None:  # typing words gives the panel its closing text
            rows.append(text_field(pid, "text", "editor.f.closing_text", optional=True))
        else:
            rows += _text_item(pid, "text", "editor.f.closing_text")
    if isinstance(panel, ImagePanel):
        rows.append(text_field(pid, "image", "editor.f.image", image=True))
        rows.append(text_field(pid, "caption", "editor.f.caption"))
    if hasattr(panel, "items"):
        rows += grouped(_items(panel), "editor.g.items")
    if hasattr(panel, "cards"):
        rows += grouped(_cards(panel), "editor.g.cards")
    return rows


def figure_rows(briefing: Briefing, panel: PanelBase) -> list[Row]:
    """Return the rows of the panel's figures (which indicator, its label and caption) and of
    every indicator it shows, a chart's too: its own fields, edited wherever it is shown."""
    pid = panel.id
    figures = panel_figures(panel)
    names = tuple((i.id, f"{i.name}（{i.id}）") for i in briefing.indicators)
    rows: list[Row] = []
    seen: set[str] = set()  # an indicator's fields once, under the first figure showing it
    for n, figure in enumerate(figures, start=1):
        i = n - 1
        which = choice_field(pid, f"figures[{i}].indicator", "editor.f.figure_indicator", names)
        part: list[Row] = [
            element(which, pid, "figures", i, len(figures)),
            text_field(pid, f"figures[{i}].label", "editor.f.figure_label", optional=True),
            text_field(pid, f"figures[{i}].caption", "editor.f.figure_caption"),
        ]
        if figure.indicator not in seen:
            seen.add(figure.indicator)
            part += indicator_fields(briefing, figure.indicator)
        rows += grouped(part, "editor.figure", n)
    if hasattr(panel, "figures"):
        shown = {f.indicator for f in figures}
        spare = next((i.id for i in briefing.indicators if i.id not in shown), None)
        if spare is not None:
            add = InsertItem(pid, "figures", len(figures), Figure(spare))
            rows.append(Button("editor.add_figure", add, "editor.figure", len(figures)))
    number = len(figures)
    for indicator_id in chart_indicators(panel):
        if indicator_id not in seen:
            seen.add(indicator_id)
            number += 1
            rows += grouped(list(indicator_fields(briefing, indicator_id)), "editor.figure", number)
    return rows


def chart_indicators(panel: PanelBase) -> list[str]:
    """Return the ids of the indicators the panel's chart shows, in order, once each."""
    found: list[str] = []
    for chart in panel_charts(panel):
        named = [v for s in chart.series for v in s.values if isinstance(v, str)]
        named += [x.value for x in chart.reference_lines if isinstance(x.value, str)]
        named += [chart.total] if isinstance(chart.total, str) else []
        found += [i for i in named if i not in found]
    return found


def closing_rows(panel: PanelBase) -> list[Row]:
    """Return the rows every panel ends with: its quotes, notes, time and whether it is shown."""
    pid = panel.id

    def read_sources(b: Briefing) -> str:
        return "\n".join(find_panel(b, pid).sources)

    def edit_sources(text: str) -> SetPanelField:
        lines = tuple(line.strip() for line in text.splitlines() if line.strip())
        return SetPanelField(pid, "sources", lines)

    rows: list[Row] = [
        Field("sources", "editor.f.sources", read_sources, edit_sources, multiline=True),
        text_field(pid, "notes", "editor.f.notes", multiline=True),
        number_field(pid, "minutes", "editor.f.minutes"),
        check_field(pid, "hidden", "editor.f.hidden"),
    ]
    return grouped(rows, "editor.g.panel_more")


def _text_item(pid: str, name: str, label: str) -> list[Row]:
    return [
        text_field(pid, f"{name}.text", label, multiline=True),
        text_field(pid, f"{name}.source", "editor.f.its_source", optional=True),
        check_field(pid, f"{name}.emphasis", "editor.f.emphasis"),
    ]


def _items(panel: PanelBase) -> list[Row]:
    pid, items = panel.id, getattr(panel, "items", ())
    rows: list[Row] = []
    for i in range(len(items)):
        n = i + 1
        rows.append(
            element(
                text_field(pid, f"items[{i}].text", "editor.f.item", number=n),
                pid,
                "items",
                i,
                len(items),
            )
        )
        rows.append(
            text_field(pid, f"items[{i}].source", "editor.f.item_source", number=n, optional=True)
        )
        rows.append(check_field(pid, f"items[{i}].emphasis", "editor.f.item_emphasis", number=n))
    add = InsertItem(pid, "items", len(items), TextItem(PLACEHOLDER_ITEM))
    rows.append(Button("editor.add_item", add))
    return rows


def _cards(panel: PanelBase) -> list[Row]:
    pid, cards = panel.id, getattr(panel, "cards", ())
    rows: list[Row] = []
    for i in range(len(cards)):
        n = i + 1
        title = text_field(pid, f"cards[{i}].title", "editor.f.card_title", number=n)
        rows.append(element(title, pid, "cards", i, len(cards)))
        rows.append(text_field(pid, f"cards[{i}].text", "editor.f.card_text", number=n))
        rows.append(
            text_field(pid, f"cards[{i}].source", "editor.f.card_source", number=n, optional=True)
        )
    add = InsertItem(pid, "cards", len(cards), Card(*PLACEHOLDER_CARD))
    rows.append(Button("editor.add_card", add))
    return rows
