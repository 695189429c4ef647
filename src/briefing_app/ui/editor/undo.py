"""Undo for edit mode: one QUndoCommand per edit, typing in one field merged into one command."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from briefing_app.model.edits import Changes, Edit, SetIndicatorField, SetPanelField

Refresh = Callable[[Changes], None]


def merge_key(edit: Edit) -> tuple[str, str, str] | None:
    """Return what makes two edits typing in the same field (None: never merged)."""
    if isinstance(edit, SetPanelField):
        return ("panel", edit.panel_id, edit.field)
    if isinstance(edit, SetIndicatorField):
        return ("indicator", edit.indicator_id, edit.field)
    return None


class EditCommand(QUndoCommand):
    """An edit already made in the session (the first `redo` is the push, which does nothing).

    `steps` counts the session's own undo steps this command stands for: consecutive typing
    in one field merges into one command, and undoing it undoes every step it holds.
    """

    def __init__(self, session: Any, edit: Edit, changes: Changes, refresh: Refresh) -> None:
        super().__init__(describe(edit))
        self._session = session
        self._refresh = refresh
        self.edit = edit
        self.changes = changes
        self.steps = 1
        self._pushed = False
        key = merge_key(edit)
        self._key = key
        self._id = -1 if key is None else zlib.crc32(repr(key).encode()) & 0x3FFFFFFF

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other._key is None or other._key != self._key:
            return False
        self.steps += other.steps
        self.changes = self.changes | other.changes
        self.edit = other.edit
        return True

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo: the session has made it already
            self._pushed = True
            return
        changes = Changes()
        for _ in range(self.steps):
            changes = changes | self._session.redo()
        self._refresh(changes)

    def undo(self) -> None:
        changes = Changes()
        for _ in range(self.steps):
            changes = changes | self._session.undo()
        self._refresh(changes)


def describe(edit: Edit) -> str:
    """Return a short name of an edit for the undo menu (its type and what it touches)."""
    target = getattr(edit, "panel_id", None) or getattr(edit, "indicator_id", None) or ""
    field = getattr(edit, "field", "")
    return " ".join(part for part in (type(edit).__name__, target, field) if part)
