"""The editable fields of a panel: what the inspector shows and the edit each one makes.

Pure: a field reads its text from a briefing and turns typed text into an edit, so the
inspector only lays them out. A figure is edited through its indicator (value, name, unit,
quote), as everything else that shows it reads the indicator too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartKind, ChartSpec
from briefing_app.model.edits import Edit, SetIndicatorField, SetPanelField
from briefing_app.model.numbers import format_number, written_decimals
from briefing_app.model.panels import PanelBase, panel_charts, panel_figures
from briefing_app.model.text import Card, TextItem

PLACEHOLDER_ITEM = "新的要点"
PLACEHOLDER_CARD = ("卡片标题", "卡片内容")


@dataclass(frozen=True)
class Field:
    """One input: `key` names it ("lead", "items[0].text", "indicator:gdp:value")."""

    key: str
    label: str  # an interface string key, with `{n}` filled from `number`
    read: Callable[[Briefing], str]
    edit: Callable[[str], Edit]  # ValueError when the text is not a value of the field
    multiline: bool = False
    choices: tuple[str, ...] = ()  # a fixed list (chart kinds)
    number: int = 0
    read_only: bool = False
    group: str = ""  # the heading of the fields that belong together (one figure's)
    removes: Edit | None = None  # the edit removing the list element the field stands for


def panel_fields(briefing: Briefing, panel: PanelBase) -> list[Field]:
    """Return the fields of `panel`, in the order the inspector shows them."""
    pid = panel.id
    fields = [_text(pid, "title", "editor.f.title")]
    for name, label in (("subtitle", "editor.f.subtitle"), ("tagline", "editor.f.tagline")):
        if hasattr(panel, name):
            fields.append(_text(pid, name, label))
    fields.append(_text(pid, "lead", "editor.f.lead", multiline=True))
    for name, label in (
        ("headline", "editor.f.headline"),
        ("quote", "editor.f.quote_text"),
        ("text", "editor.f.closing_text"),
    ):
        if getattr(panel, name, None) is not None and hasattr(getattr(panel, name), "text"):
            fields.append(_text(pid, f"{name}.text", label, multiline=True))
    for i, _item in enumerate(getattr(panel, "items", ())):
        field = _text(pid, f"items[{i}].text", "editor.f.item", number=i + 1)
        fields.append(dataclasses.replace(field, removes=SetPanelField(pid, f"items[{i}]", None)))
    for i, _card in enumerate(getattr(panel, "cards", ())):
        field = _text(pid, f"cards[{i}].title", "editor.f.card_title", number=i + 1)
        fields.append(dataclasses.replace(field, removes=SetPanelField(pid, f"cards[{i}]", None)))
        fields.append(_text(pid, f"cards[{i}].text", "editor.f.card_text", number=i + 1))
    for i, _event in enumerate(getattr(panel, "events", ())):
        fields.append(_text(pid, f"events[{i}].title", "editor.f.event", number=i + 1))
    for chart in panel_charts(panel):
        fields.extend(_chart_fields(pid, chart))
    for n, figure in enumerate(panel_figures(panel), start=1):
        group = f"{n}"
        fields.extend(
            dataclasses.replace(f, group=group)
            for f in indicator_fields(briefing, figure.indicator)
        )
    fields.append(_text(pid, "notes", "editor.f.notes", multiline=True))
    fields.append(_minutes(pid))
    return fields


def list_additions(panel: PanelBase) -> list[tuple[str, Edit]]:
    """Return the buttons adding a list element to `panel`: (label key, edit)."""
    adds: list[tuple[str, Edit]] = []
    if hasattr(panel, "items"):
        item = TextItem(PLACEHOLDER_ITEM)
        adds.append(
            ("editor.add_item", SetPanelField(panel.id, f"items[{len(panel.items)}]", item))
        )
    if hasattr(panel, "cards"):
        card = Card(*PLACEHOLDER_CARD)
        adds.append(
            ("editor.add_card", SetPanelField(panel.id, f"cards[{len(panel.cards)}]", card))
        )
    return adds


def indicator_fields(briefing: Briefing, indicator_id: str) -> list[Field]:
    """Return the fields of the indicator behind a figure: value (or target), name, unit, quote."""
    try:
        indicator = briefing.indicator(indicator_id)
    except KeyError:
        return []
    role = "target" if indicator.is_target else "value"
    key = f"indicator:{indicator_id}"

    def read_amount(b: Briefing) -> str:
        ind = b.indicator(indicator_id)
        amount = ind.target if ind.is_target else ind.value
        return "" if amount is None else format_number(amount, ind.decimals)

    def read(name: str) -> Callable[[Briefing], str]:
        return lambda b: str(getattr(b.indicator(indicator_id), name) or "")

    return [
        Field(
            f"{key}:{role}",
            f"editor.f.{role}",
            read_amount,
            lambda text: SetIndicatorField(indicator_id, role, parse_number(text)),
            read_only=indicator.formula is not None and indicator.source is None,
        ),
        Field(f"{key}:name", "editor.f.name", read("name"), _set_indicator(indicator_id, "name")),
        Field(f"{key}:unit", "editor.f.unit", read("unit"), _set_indicator(indicator_id, "unit")),
        Field(
            f"{key}:source",
            "editor.f.source",
            read("source"),
            _set_indicator(indicator_id, "source"),
            multiline=True,
        ),
    ]


def parse_number(text: str) -> float:
    """Return the number typed (2,940.1 and full-width digits accepted); ValueError if none."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    cleaned = cleaned.translate(str.maketrans("０１２３４５６７８９．－", "0123456789.-"))
    value = float(cleaned)
    return int(value) if value.is_integer() and "." not in cleaned else value


def parse_values(text: str) -> tuple[float | str, ...]:
    """Return a series' values from `1, 2.5, gdp_growth`: numbers, or indicator ids."""
    values: list[float | str] = []
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            raise ValueError("empty value")
        try:
            values.append(parse_number(part))
        except ValueError:
            values.append(part)
    return tuple(values)


def _text(pid: str, path: str, label: str, *, multiline: bool = False, number: int = 0) -> Field:
    def read(b: Briefing) -> str:
        value: object = _panel(b, pid)
        for step in path.replace("]", "").split("."):
            name, _, index = step.partition("[")
            value = getattr(value, name)
            if index:
                value = value[int(index)]  # type: ignore[index]
        return "" if value is None else str(value)

    return Field(
        path, label, read, lambda text: SetPanelField(pid, path, text), multiline, number=number
    )


def _minutes(pid: str) -> Field:
    def read(b: Briefing) -> str:
        minutes = _panel(b, pid).minutes
        return "" if minutes is None else _written(minutes)

    def edit(text: str) -> Edit:
        return SetPanelField(pid, "minutes", parse_number(text) if text.strip() else None)

    return Field("minutes", "editor.f.minutes", read, edit)


def _chart_fields(pid: str, chart: ChartSpec) -> list[Field]:
    prefix = "chart"
    fields = [
        Field(
            f"{prefix}.kind",
            "editor.f.chart_kind",
            lambda b: str(_chart(b, pid).kind.value),
            lambda text: SetPanelField(pid, f"{prefix}.kind", ChartKind(text).value),
            choices=tuple(k.value for k in ChartKind),
        )
    ]
    for j, _series in enumerate(chart.series):
        fields.append(_text(pid, f"{prefix}.series[{j}].name", "editor.f.series", number=j + 1))

        def read_values(b: Briefing, j: int = j) -> str:
            values = _chart(b, pid).series[j].values
            return ", ".join(_written(v) for v in values)

        fields.append(
            Field(
                f"{prefix}.series[{j}].values",
                "editor.f.values",
                read_values,
                lambda text, j=j: SetPanelField(  # type: ignore[misc]
                    pid, f"{prefix}.series[{j}].values", parse_values(text)
                ),
                number=j + 1,
            )
        )
    return fields


def _written(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return format_number(value, written_decimals(value))


def _set_indicator(indicator_id: str, name: str) -> Callable[[str], Edit]:
    return lambda text: SetIndicatorField(indicator_id, name, text)


def _panel(briefing: Briefing, pid: str) -> PanelBase:
    for panel in briefing.panels:
        if panel.id == pid:
            return panel
    raise KeyError(pid)


def _chart(briefing: Briefing, pid: str) -> ChartSpec:
    charts = panel_charts(_panel(briefing, pid))
    if not charts:
        raise KeyError(pid)
    return charts[0]
