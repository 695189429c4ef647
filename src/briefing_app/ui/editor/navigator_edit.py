"""Editing in the navigator: drag panels and sections to reorder; a context menu to duplicate,
delete, hide from the show, and move a panel up or down."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QMenu

from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import (
    DeletePanel,
    DuplicatePanel,
    Edit,
    MovePanel,
    MoveSection,
    SetPanelHidden,
)
from briefing_app.ui.i18n import tr

if TYPE_CHECKING:
    from briefing_app.ui.editor.edit_mode import EditMode


@dataclass(frozen=True)
class Row:
    """A navigator row: a section header (panel_id "") or a panel at `index` in its section."""

    section: int
    section_id: str
    panel_id: str = ""
    index: int = -1


def rows_of(briefing: Briefing) -> list[Row]:
    """Return the rows the navigator lists for `briefing`, in order."""
    rows: list[Row] = []
    for s, section in enumerate(briefing.sections):
        rows.append(Row(s, section.id))
        rows.extend(Row(s, section.id, p.id, i) for i, p in enumerate(section.panels))
    return rows


def drop_edit(rows: list[Row], source: int, target: int, after: bool) -> Edit | None:
    """Return the edit that dropping row `source` on row `target` asks for (None: nothing).

    A panel dropped on a panel goes before it (`after`: after it), on a header first in that
    section; a section dropped anywhere in another section goes before that section.
    """
    if source == target or not (0 <= source < len(rows) and 0 <= target < len(rows)):
        return None
    moved, onto = rows[source], rows[target]
    if not moved.panel_id:
        if onto.section == moved.section:
            return None
        index = onto.section - (1 if moved.section < onto.section else 0)
        return MoveSection(moved.section_id, index)
    index = 0 if not onto.panel_id else onto.index + (1 if after else 0)
    if onto.section == moved.section and moved.index < index:
        index -= 1  # the index once the panel has left its place
        if index == moved.index:
            return None
    return MovePanel(moved.panel_id, onto.section_id, index)


def step_edit(briefing: Briefing, panel_id: str, delta: int) -> Edit | None:
    """Return the edit moving a panel one place up (-1) or down (+1), across sections."""
    rows = [r for r in rows_of(briefing) if r.panel_id]
    at = next((i for i, r in enumerate(rows) if r.panel_id == panel_id), None)
    if at is None:
        return None
    row = rows[at]
    count = len(briefing.sections[row.section].panels)
    if 0 <= row.index + delta < count:
        return MovePanel(panel_id, row.section_id, row.index + delta)
    s = row.section + delta
    if not 0 <= s < len(briefing.sections):
        return None
    section = briefing.sections[s]
    return MovePanel(panel_id, section.id, len(section.panels) if delta < 0 else 0)


def new_panel_id(briefing: Briefing, base: str) -> str:
    """Return an id not yet used by a panel: `base`, `base_2`, `base_3` …"""
    used = {p.id for p in briefing.panels}
    if base not in used:
        return base
    n = 2
    while f"{base}_{n}" in used:
        n += 1
    return f"{base}_{n}"


class NavigatorEditing(QObject):
    """Adds dragging and the context menu to the navigator while edit mode is on."""

    def __init__(self, mode: EditMode, navigator: QListWidget) -> None:
        super().__init__(navigator)
        self.mode = mode
        self.navigator = navigator
        navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        navigator.customContextMenuRequested.connect(self._on_menu)
        navigator.viewport().installEventFilter(self)
        self._enabled = False

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        nav = self.navigator
        nav.setDragEnabled(enabled)
        nav.viewport().setAcceptDrops(enabled)
        nav.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove
            if enabled
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        for row in range(nav.count()):
            item = nav.item(row)
            # Headers too: a section is dragged by its header, which a drag needs selected.
            header = item.data(Qt.ItemDataRole.UserRole) is None
            extra = Qt.ItemFlag.ItemIsDragEnabled
            if header:
                extra |= Qt.ItemFlag.ItemIsSelectable
            item.setFlags(item.flags() | extra if enabled else item.flags() & ~extra)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._enabled and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            self.drop(self.navigator.currentRow(), event.position().toPoint())
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            return True
        return False

    def drop(self, source: int, at: QPoint) -> None:
        """Drop row `source` at viewport point `at`: make the move it asks for."""
        target = self.navigator.indexAt(at).row()
        if target < 0:
            target = self.navigator.count() - 1
        rect = self.navigator.visualRect(self.navigator.model().index(target, 0))
        edit = drop_edit(rows_of(self.mode.c.briefing), source, target, at.y() > rect.center().y())
        if edit is not None:
            self.mode.submit(edit)

    # -- the context menu ------------------------------------------------------------------------
    def _on_menu(self, point: QPoint) -> None:
        row = self.navigator.indexAt(point).row()
        rows = rows_of(self.mode.c.briefing)
        if not self._enabled or not 0 <= row < len(rows):
            return
        found = rows[row]
        menu = self.menu_for(found.panel_id) if found.panel_id else self.section_menu(found)
        menu.exec(self.navigator.viewport().mapToGlobal(point))

    def section_menu(self, row: Row) -> QMenu:
        """Return the context menu of a section header: move the section up or down."""
        count = len(self.mode.c.briefing.sections)
        menu = QMenu(self.navigator)
        for label, delta in (("nav.section_up", -1), ("nav.section_down", 1)):
            index = row.section + delta
            edit = MoveSection(row.section_id, index)
            action = menu.addAction(tr(label), lambda e=edit: self.mode.submit(e))
            action.setEnabled(0 <= index < count)
        return menu

    def menu_for(self, panel_id: str) -> QMenu:
        """Return the context menu of a panel (its actions make the edits)."""
        briefing = self.mode.c.briefing
        panel = next(p for p in briefing.panels if p.id == panel_id)
        menu = QMenu(self.navigator)
        menu.addAction(
            tr("nav.duplicate"),
            lambda: self.mode.submit(
                DuplicatePanel(panel_id, new_panel_id(briefing, f"{panel_id}_copy"))
            ),
        )
        menu.addAction(
            tr("nav.show_in_show") if panel.hidden else tr("nav.hide"),
            lambda: self.mode.submit(SetPanelHidden(panel_id, not panel.hidden)),
        )
        menu.addSeparator()
        for label, delta in (("nav.move_up", -1), ("nav.move_down", 1)):
            edit = step_edit(briefing, panel_id, delta)
            action = menu.addAction(tr(label), lambda e=edit: self.mode.submit(e))
            action.setEnabled(edit is not None)
        menu.addSeparator()
        menu.addAction(tr("nav.delete"), lambda: self.mode.submit(DeletePanel(panel_id)))
        return menu
