"""The editable fields of a panel: what the inspector shows and the edit each one makes.

Pure: a field reads its text from a briefing and turns typed text into an edit, so the
inspector only lays them out. A figure is edited through its indicator (value, name, unit,
quote), as everything else that shows it reads the indicator too. The rows of each part live
in their own module (panel text, timeline, chart, indicator, meta and section); this one holds
the field itself, the reading and parsing every part shares, and `panel_fields`, the form.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import Edit, MoveItem, RemoveItem, SetPanelField
from briefing_app.model.field_path import parse_path
from briefing_app.model.numbers import format_number, written_decimals
from briefing_app.model.panels import PanelBase

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
    choices: tuple[tuple[str, str], ...] = ()  # a fixed list: (value, the text shown for it)
    number: int = 0
    read_only: bool = False
    group: str = ""  # the interface string key heading the fields that belong together
    group_number: int = 0  # its {n}: the figure, series or event the group is about
    removes: Edit | None = None  # the edit removing the list element the field stands for
    moves: tuple[Edit | None, Edit | None] = (None, None)  # moving that element up, down
    check: bool = False  # a yes/no field ("true" / "false"): a check box
    image: bool = False  # a picture file in the briefing's folder, chosen with a dialog
    invalid: str = "editor.not_a_number"  # what a text `edit` refuses is told as
    more: bool = False  # seldom changed: folded under its group's 更多 until asked for


@dataclass(frozen=True)
class Button:
    """A button adding a list element (or a part such as a band) to the form's group."""

    label: str  # an interface string key
    edit: Edit
    group: str = ""
    group_number: int = 0


Row = Field | Button


def panel_fields(briefing: Briefing, panel: PanelBase) -> list[Field]:
    """Return the fields of `panel`, its section's and the briefing's, in the inspector's order."""
    return [row for row in form_rows(briefing, panel) if isinstance(row, Field)]


def list_additions(briefing: Briefing, panel: PanelBase) -> list[Button]:
    """Return the buttons of the form of `panel` (adding items, cards, events, series …)."""
    return [row for row in form_rows(briefing, panel) if isinstance(row, Button)]


def form_rows(briefing: Briefing, panel: PanelBase) -> list[Row]:
    """Return the rows of the inspector's form of `panel`, in order."""
    from briefing_app.ui.editor import fields_chart, fields_meta, fields_panel, fields_timeline

    rows: list[Row] = []
    rows += fields_panel.text_rows(panel)
    rows += fields_timeline.event_rows(panel)
    rows += fields_chart.chart_rows(panel)
    rows += fields_panel.figure_rows(briefing, panel)
    rows += fields_panel.closing_rows(panel)
    rows += fields_meta.section_rows(briefing, panel)
    rows += fields_meta.meta_rows(briefing)
    return rows


# -- reading and parsing ------------------------------------------------------------------------
def parse_number(text: str) -> float:
    """Return the number typed (2,940.1 and full-width digits accepted); ValueError if none."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    cleaned = cleaned.translate(str.maketrans("０１２３４５６７８９．－", "0123456789.-"))
    value = float(cleaned)
    return int(value) if value.is_integer() and "." not in cleaned else value


def parse_optional_number(text: str) -> float | None:
    """Return the number typed, None for an empty field; ValueError for anything else."""
    return parse_number(text) if text.strip() else None


def parse_whole(text: str) -> int:
    """Return the whole number typed (decimals, a year, a task's number); ValueError if none."""
    value = parse_number(text)
    if not isinstance(value, int):
        raise ValueError(text)
    return value


def parse_values(text: str) -> tuple[float | str, ...]:
    """Return a series' values from `1, 2.5, gdp_growth`: numbers, or indicator ids."""
    return tuple(parse_number_or_id(part) for part in text.replace("，", ",").split(","))


def parse_number_or_id(text: str) -> float | str:
    """Return a number, or the id of an indicator (a chart's total, a reference line)."""
    text = text.strip()
    if not text:
        raise ValueError("empty value")
    try:
        return parse_number(text)
    except ValueError:
        return text


def parse_list(text: str) -> tuple[str, ...]:
    """Return the parts of `新开工, 续建, 前期` (commas, Chinese commas or 、 between)."""
    parts = text.replace("，", ",").replace("、", ",").split(",")
    return tuple(part.strip() for part in parts if part.strip())


def written(value: float | str | None) -> str:
    """Return a number as it was written (or an indicator id as it is); "" for None."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return format_number(value, written_decimals(value))


def find_panel(briefing: Briefing, pid: str) -> PanelBase:
    """Return the panel `pid` of `briefing`; KeyError when it has gone."""
    for panel in briefing.panels:
        if panel.id == pid:
            return panel
    raise KeyError(pid)


def read_path(obj: object, path: str) -> object:
    """Return the value at field path `path` ("chart.series[0].name") inside `obj`."""
    value = obj
    for name, index in parse_path(path):
        value = getattr(value, name)
        if index is not None:
            value = value[index]
    return value


# -- making fields -----------------------------------------------------------------------------
def text_field(
    pid: str,
    path: str,
    label: str,
    *,
    multiline: bool = False,
    number: int = 0,
    optional: bool = False,
    image: bool = False,
) -> Field:
    """Return a text field of panel `pid` at `path`; `optional`: an empty text writes None."""

    def read(b: Briefing) -> str:
        value = read_path(find_panel(b, pid), path)
        return "" if value is None else str(value)

    def edit(text: str) -> Edit:
        return SetPanelField(pid, path, None if optional and not text.strip() else text)

    return Field(path, label, read, edit, multiline, number=number, image=image)


def number_field(pid: str, path: str, label: str, *, whole: bool = False) -> Field:
    """Return a field of an optional number of panel `pid` (minutes, a chart's axis top)."""

    def read(b: Briefing) -> str:
        return written(read_path(find_panel(b, pid), path))  # type: ignore[arg-type]

    def edit(text: str) -> Edit:
        value = parse_whole(text) if whole else parse_optional_number(text)
        return SetPanelField(pid, path, value)

    return Field(path, label, read, edit)


def check_field(pid: str, path: str, label: str, *, number: int = 0) -> Field:
    """Return a yes/no field of panel `pid` (an item's emphasis, an event's highlight)."""

    def read(b: Briefing) -> str:
        return "true" if read_path(find_panel(b, pid), path) else "false"

    return Field(
        path,
        label,
        read,
        lambda text: SetPanelField(pid, path, text == "true"),
        number=number,
        check=True,
    )


def choice_field(
    pid: str, path: str, label: str, choices: tuple[tuple[str, str], ...], *, number: int = 0
) -> Field:
    """Return a field choosing one of `choices` (value, the text shown)."""

    def read(b: Briefing) -> str:
        value = read_path(find_panel(b, pid), path)
        return str(getattr(value, "value", value))

    return Field(
        path,
        label,
        read,
        lambda text: SetPanelField(pid, path, text),
        choices=choices,
        number=number,
    )


def element(field: Field, pid: str, list_path: str, index: int, count: int) -> Field:
    """Return `field` standing for element `index` of the list at `list_path` (of `count`):
    with the edits removing it and moving it up and down."""
    up = MoveItem(pid, list_path, index, index - 1) if index > 0 else None
    down = MoveItem(pid, list_path, index, index + 1) if index + 1 < count else None
    return dataclasses.replace(field, removes=RemoveItem(pid, list_path, index), moves=(up, down))


def grouped(rows: list[Row], group: str, number: int = 0) -> list[Row]:
    """Return `rows` under the heading `group` (its {n}: `number`)."""
    out: list[Row] = []
    for row in rows:
        out.append(
            dataclasses.replace(row, group=group, group_number=number)
            if isinstance(row, Field)
            else Button(row.label, row.edit, group, number)
        )
    return out
