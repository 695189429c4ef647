"""List edits inside a panel: insert, remove and move one element of a list at a field path.

A panel's lists (bullet items, cards, timeline events, chart series, reference lines) change
one element at a time, so that each change is one undoable command and the saver rewrites
only that element's lines. The path names the list itself: "events", "chart.series".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefing_app.model.field_path import EditError, parse_path, replace_at


@dataclass(frozen=True)
class ListEdit:
    """An edit of one list inside a panel (the base of the three kinds below)."""

    panel_id: str
    field: str  # the path of the list: "items", "events", "chart.series"


@dataclass(frozen=True)
class InsertItem(ListEdit):
    index: int  # where the new element goes (the length of the list appends it)
    value: Any


@dataclass(frozen=True)
class RemoveItem(ListEdit):
    index: int


@dataclass(frozen=True)
class MoveItem(ListEdit):
    index: int  # the element moved
    to: int  # its place once moved


def read_list(obj: Any, path: str) -> tuple[Any, ...]:
    """Return the list at `path` inside dataclass `obj`; EditError when it is not a list."""
    value: Any = obj
    for name, index in parse_path(path):
        value = getattr(value, name, None)
        if index is not None:
            if not isinstance(value, tuple) or not 0 <= index < len(value):
                raise EditError(f"'{path}': there is no element {index}")
            value = value[index]
        if value is None:
            raise EditError(f"'{path}': '{name}' is not set")
    if not isinstance(value, tuple):
        raise EditError(f"'{path}' is not a list")
    return value


def apply_list_edit(panel: Any, edit: ListEdit) -> Any:
    """Return a copy of `panel` with `edit` made to its list; EditError when it cannot be."""
    items = list(read_list(panel, edit.field))
    if isinstance(edit, InsertItem):
        if not 0 <= edit.index <= len(items):
            raise EditError(f"'{edit.field}': there is no place {edit.index}")
        # Inserting is appending then moving: the value is checked against the list's type.
        appended = replace_at(panel, f"{edit.field}[{len(items)}]", edit.value, frozenset())
        items = list(read_list(appended, edit.field))
        items.insert(edit.index, items.pop())
    elif isinstance(edit, RemoveItem):
        if not 0 <= edit.index < len(items):
            raise EditError(f"'{edit.field}': there is no element {edit.index}")
        del items[edit.index]
    elif isinstance(edit, MoveItem):
        if not (0 <= edit.index < len(items) and 0 <= edit.to < len(items)):
            raise EditError(f"'{edit.field}': cannot move {edit.index} to {edit.to}")
        items.insert(edit.to, items.pop(edit.index))
    else:
        raise EditError(f"unknown list edit {edit!r}")
    return replace_at(panel, edit.field, tuple(items), frozenset())
