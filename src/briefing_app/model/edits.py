"""Edit operations: pure functions from a briefing to a new briefing and what changed.

Anki's pattern: `apply(briefing, edit)` returns the new immutable snapshot and a `Changes`
naming the panels, indicators and sections a view must refresh; undo is the old snapshot.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefing_app.model.briefing import Briefing, Section
from briefing_app.model.edit_lists import (
    InsertItem,
    ListEdit,
    MoveItem,
    RemoveItem,
    apply_list_edit,
)
from briefing_app.model.field_path import EditError, replace_at
from briefing_app.model.indicator import Indicator
from briefing_app.model.panels import Panel, PanelBase, panel_charts, panel_figures

__all__ = [
    "AddIndicator",
    "AddPanel",
    "Changes",
    "DeletePanel",
    "DuplicatePanel",
    "Edit",
    "EditError",
    "InsertItem",
    "ListEdit",
    "MoveItem",
    "MovePanel",
    "MoveSection",
    "RemoveItem",
    "SetIndicatorField",
    "SetMeta",
    "SetPanelField",
    "SetPanelHidden",
    "SetSectionField",
    "apply",
]


@dataclass(frozen=True)
class Changes:
    """What an edit changed, so that each view refreshes only that."""

    panels: frozenset[str] = frozenset()  # ids of panels whose content changed
    indicators: frozenset[str] = frozenset()  # ids of indicators that changed
    sections: frozenset[str] = frozenset()  # ids of sections whose own fields changed
    structure: bool = False  # panels/sections added, removed, moved, hidden
    meta: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.panels | other.panels,
            self.indicators | other.indicators,
            self.sections | other.sections,
            self.structure or other.structure,
            self.meta or other.meta,
        )


@dataclass(frozen=True)
class SetPanelField:
    panel_id: str
    field: str  # a path within the panel: "lead", "items[2].text", "chart.series[0].name"
    value: Any


@dataclass(frozen=True)
class SetIndicatorField:
    indicator_id: str
    field: str  # "value", "target", "name", "unit", "source", "decimals", "at", "label", ...,
    # or ROLE ("role": the figure becomes a "value" or a "target")
    value: Any


@dataclass(frozen=True)
class AddIndicator:
    indicator: Indicator


@dataclass(frozen=True)
class AddPanel:
    section_id: str
    index: int
    panel: PanelBase


@dataclass(frozen=True)
class DuplicatePanel:
    panel_id: str
    new_id: str  # the copy goes right after the original


@dataclass(frozen=True)
class DeletePanel:
    panel_id: str


@dataclass(frozen=True)
class MovePanel:
    panel_id: str
    section_id: str
    index: int  # the position in the target section once the panel has left its place


@dataclass(frozen=True)
class MoveSection:
    section_id: str
    index: int


@dataclass(frozen=True)
class SetPanelHidden:
    panel_id: str
    hidden: bool


@dataclass(frozen=True)
class SetSectionField:
    section_id: str
    field: str  # "title", "minutes"
    value: Any


@dataclass(frozen=True)
class SetMeta:
    field: str  # "title", "subtitle", "organisation", "meeting", "date", "anniversary.years"
    value: Any


Edit = (
    SetPanelField
    | SetIndicatorField
    | AddIndicator
    | AddPanel
    | DuplicatePanel
    | DeletePanel
    | MovePanel
    | MoveSection
    | SetPanelHidden
    | SetSectionField
    | SetMeta
    | InsertItem
    | RemoveItem
    | MoveItem
)


def apply(briefing: Briefing, edit: Edit) -> tuple[Briefing, Changes]:
    """Return the briefing after `edit` and what it changed; EditError if it cannot be made."""
    if isinstance(edit, SetPanelField):
        where = find_panel(briefing, edit.panel_id)
        panel = replace_at(_panel_at(briefing, where), edit.field, edit.value, frozenset({"id"}))
        hiding = edit.field == "hidden"  # the same as SetPanelHidden
        changes = Changes(panels=frozenset({edit.panel_id}), structure=hiding)
        return _with_panel(briefing, where, panel), changes
    if isinstance(edit, ListEdit):
        where = find_panel(briefing, edit.panel_id)
        panel = apply_list_edit(_panel_at(briefing, where), edit)
        return _with_panel(briefing, where, panel), Changes(panels=frozenset({edit.panel_id}))
    if isinstance(edit, SetPanelHidden):
        where = find_panel(briefing, edit.panel_id)
        panel = dataclasses.replace(_panel_at(briefing, where), hidden=edit.hidden)
        changes = Changes(panels=frozenset({edit.panel_id}), structure=True)
        return _with_panel(briefing, where, panel), changes
    if isinstance(edit, SetIndicatorField):
        return _set_indicator(briefing, edit)
    if isinstance(edit, AddIndicator):
        if any(i.id == edit.indicator.id for i in briefing.indicators):
            raise EditError(f"an indicator '{edit.indicator.id}' already exists")
        new = dataclasses.replace(briefing, indicators=(*briefing.indicators, edit.indicator))
        return new, Changes(indicators=frozenset({edit.indicator.id}))
    if isinstance(edit, SetSectionField):
        s = find_section(briefing, edit.section_id)
        if edit.field.split(".")[0].split("[")[0] == "panels":
            raise EditError("a section's panels change through panel edits")
        section = replace_at(briefing.sections[s], edit.field, edit.value, frozenset({"id"}))
        return _with_section(briefing, s, section), Changes(sections=frozenset({edit.section_id}))
    if isinstance(edit, SetMeta):
        meta = replace_at(briefing.meta, edit.field, edit.value)
        return dataclasses.replace(briefing, meta=meta), Changes(meta=True)
    return _apply_structure(briefing, edit)


def _apply_structure(briefing: Briefing, edit: Edit) -> tuple[Briefing, Changes]:
    if isinstance(edit, AddPanel):
        _check_new_panel_id(briefing, edit.panel.id)
        s = find_section(briefing, edit.section_id)
        new = _insert_panel(briefing, s, edit.index, edit.panel)
        return new, Changes(panels=frozenset({edit.panel.id}), structure=True)
    if isinstance(edit, DuplicatePanel):
        _check_new_panel_id(briefing, edit.new_id)
        s, p = find_panel(briefing, edit.panel_id)
        copy = dataclasses.replace(briefing.sections[s].panels[p], id=edit.new_id)
        new = _insert_panel(briefing, s, p + 1, copy)
        return new, Changes(panels=frozenset({edit.new_id}), structure=True)
    if isinstance(edit, DeletePanel):
        s, p = find_panel(briefing, edit.panel_id)
        panels = briefing.sections[s].panels
        section = dataclasses.replace(briefing.sections[s], panels=panels[:p] + panels[p + 1 :])
        new = _with_section(briefing, s, section)
        return new, Changes(panels=frozenset({edit.panel_id}), structure=True)
    if isinstance(edit, MovePanel):
        s, p = find_panel(briefing, edit.panel_id)
        panel = briefing.sections[s].panels[p]
        target = find_section(briefing, edit.section_id)
        removed = _with_section(
            briefing,
            s,
            dataclasses.replace(
                briefing.sections[s],
                panels=briefing.sections[s].panels[:p] + briefing.sections[s].panels[p + 1 :],
            ),
        )
        new = _insert_panel(removed, target, edit.index, panel)
        return new, Changes(panels=frozenset({edit.panel_id}), structure=True)
    if isinstance(edit, MoveSection):
        s = find_section(briefing, edit.section_id)
        sections = list(briefing.sections)
        section = sections.pop(s)
        if not 0 <= edit.index <= len(sections):
            raise EditError(f"there is no place {edit.index} among {len(sections) + 1} sections")
        sections.insert(edit.index, section)
        new = dataclasses.replace(briefing, sections=tuple(sections))
        return new, Changes(structure=True)
    raise EditError(f"unknown edit {edit!r}")


def find_panel(briefing: Briefing, panel_id: str) -> tuple[int, int]:
    """Return (section index, index in the section) of a panel; EditError when absent."""
    for s, section in enumerate(briefing.sections):
        for p, panel in enumerate(section.panels):
            if panel.id == panel_id:
                return s, p
    raise EditError(f"there is no panel '{panel_id}'")


def find_section(briefing: Briefing, section_id: str) -> int:
    """Return the index of a section; EditError when absent."""
    for s, section in enumerate(briefing.sections):
        if section.id == section_id:
            return s
    raise EditError(f"there is no section '{section_id}'")


def find_indicator(briefing: Briefing, indicator_id: str) -> int:
    """Return the index of an indicator; EditError when absent."""
    for i, indicator in enumerate(briefing.indicators):
        if indicator.id == indicator_id:
            return i
    raise EditError(f"there is no indicator '{indicator_id}'")


def panels_showing(briefing: Briefing, indicator_ids: Iterable[str]) -> frozenset[str]:
    """Return the ids of the panels that show any of these indicators (figures or charts)."""
    wanted = set(indicator_ids)
    found: set[str] = set()
    for panel in briefing.panels:
        used = {f.indicator for f in panel_figures(panel)}
        for chart in panel_charts(panel):
            used.update(v for s in chart.series for v in s.values if isinstance(v, str))
            used.update(r for s in chart.series for r in s.refs if r)
            used.update(x.value for x in chart.reference_lines if isinstance(x.value, str))
            if isinstance(chart.total, str):
                used.add(chart.total)
        if used & wanted:
            found.add(panel.id)
    return frozenset(found)


_NAME = re.compile(r"[A-Za-z_]\w*")

#: The pseudo-field of SetIndicatorField that moves the figure between `value` (achieved)
#: and `target` (planned): a figure the draft took for an achievement may be a goal.
ROLE = "role"


def with_role(indicator: Indicator, role: object) -> Indicator:
    """Return `indicator` with its figure as `role` ("value" or "target"); EditError else."""
    if role not in ("value", "target"):
        raise EditError(f"'{role}' is not a role of a figure: value or target")
    amount = indicator.value if indicator.value is not None else indicator.target
    if role == "value":
        return dataclasses.replace(indicator, value=amount, target=None)
    return dataclasses.replace(indicator, value=None, target=amount)


def _set_indicator(briefing: Briefing, edit: SetIndicatorField) -> tuple[Briefing, Changes]:
    i = find_indicator(briefing, edit.indicator_id)
    if edit.field == ROLE:
        indicator = with_role(briefing.indicators[i], edit.value)
    else:
        indicator = replace_at(briefing.indicators[i], edit.field, edit.value, frozenset({"id"}))
    indicators = list(briefing.indicators)
    indicators[i] = indicator
    new = dataclasses.replace(briefing, indicators=tuple(indicators))
    changed = {edit.indicator_id}
    grew = True
    while grew:  # a derived figure changes with the figures its formula uses
        grew = False
        for ind in briefing.indicators:
            if ind.formula and ind.id not in changed and changed & set(_NAME.findall(ind.formula)):
                changed.add(ind.id)
                grew = True
    return new, Changes(panels=panels_showing(new, changed), indicators=frozenset(changed))


def _check_new_panel_id(briefing: Briefing, panel_id: str) -> None:
    if any(p.id == panel_id for p in briefing.panels):
        raise EditError(f"a panel '{panel_id}' already exists")


def _panel_at(briefing: Briefing, where: tuple[int, int]) -> PanelBase:
    return briefing.sections[where[0]].panels[where[1]]


def _with_panel(briefing: Briefing, where: tuple[int, int], panel: PanelBase) -> Briefing:
    s, p = where
    panels: list[Any] = list(briefing.sections[s].panels)
    panels[p] = panel
    return _with_section(
        briefing, s, dataclasses.replace(briefing.sections[s], panels=tuple(panels))
    )


def _with_section(briefing: Briefing, s: int, section: Section) -> Briefing:
    sections = list(briefing.sections)
    sections[s] = section
    return dataclasses.replace(briefing, sections=tuple(sections))


def _insert_panel(briefing: Briefing, s: int, index: int, panel: PanelBase) -> Briefing:
    panels: list[Panel] = list(briefing.sections[s].panels)
    if not 0 <= index <= len(panels):
        raise EditError(f"there is no place {index} in a section of {len(panels)} panels")
    panels.insert(index, panel)  # type: ignore[arg-type]  # every PanelBase here is a Panel
    return _with_section(
        briefing, s, dataclasses.replace(briefing.sections[s], panels=tuple(panels))
    )
