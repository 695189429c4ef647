"""The docks of edit mode: the inspector, and the check list, source and coverage as tabs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTabWidget

from briefing_app.content.problems import Problem
from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import Changes, Edit
from briefing_app.ui.editor.check_list import CheckList
from briefing_app.ui.editor.coverage import CoverageList
from briefing_app.ui.editor.inspector import Inspector
from briefing_app.ui.editor.navigator_edit import NavigatorEditing
from briefing_app.ui.editor.source_pane import SourcePane
from briefing_app.ui.i18n import tr
from briefing_app.ui.keys import OWNS_KEYS
from briefing_app.ui.problem_banner import panel_index_of

if TYPE_CHECKING:
    from briefing_app.content.edit_session import EditSession
    from briefing_app.ui.editor.edit_mode import EditMode

_PANEL_FIELD = re.compile(r"^sections\[\d+\]\.panels\[\d+\]\.(.+)$")
_INDICATOR_FIELD = re.compile(r"^indicators\[\d+\]\.(\w+)")
_SECTION_FIELD = re.compile(r"^sections\[(\d+)\]\.(title|minutes)$")
_META_FIELD = re.compile(r"^meta\.(.+)$")


def field_key(problem: Problem, briefing: Briefing | None = None) -> str:
    """Return the inspector's key of the field a problem is about ("" when none)."""
    place = problem.place
    match = _INDICATOR_FIELD.match(problem.path)
    if match and place is not None and place.indicator_id:
        return f"indicator:{place.indicator_id}:{match.group(1)}"
    match = _META_FIELD.match(problem.path)
    if match:
        return f"meta:{match.group(1)}"
    match = _SECTION_FIELD.match(problem.path)
    if match and briefing is not None and int(match.group(1)) < len(briefing.sections):
        return f"section:{briefing.sections[int(match.group(1))].id}:{match.group(2)}"
    match = _PANEL_FIELD.match(problem.path)
    return match.group(1) if match else ""


class EditorDocks:
    """Builds the docks into the main window and routes their signals to the edit mode."""

    def __init__(self, mode: EditMode) -> None:
        self.mode = mode
        main = mode.c.main
        self.inspector = Inspector()
        self.inspector.sig_edit.connect(mode.submit)
        self.checks = CheckList()
        self.checks.sig_problem_chosen.connect(self._on_problem_chosen)
        self.checks.sig_field_chosen.connect(self.inspector.focus_field)
        self.source = SourcePane()
        self.source.sig_edit.connect(mode.submit)
        self.coverage = CoverageList()
        self.coverage.sig_chosen.connect(self.source.select_span)
        self.inspector_dock = QDockWidget(tr("editor.inspector"), main)
        self.inspector_dock.setObjectName("inspector")
        self.inspector_dock.setWidget(self.inspector)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checks, tr("editor.checks"))
        self.tabs.addTab(self.source, tr("editor.source"))
        self.tabs.addTab(self.coverage, tr("editor.coverage"))
        self.tabs_dock = QDockWidget(tr("editor.check_and_source"), main)
        self.tabs_dock.setObjectName("editor-tabs")
        self.tabs_dock.setWidget(self.tabs)
        for dock in (self.inspector_dock, self.tabs_dock):
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            )
            dock.setProperty(OWNS_KEYS, True)  # typing and arrows stay in the docks
            main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        main.splitDockWidget(self.inspector_dock, self.tabs_dock, Qt.Orientation.Vertical)
        # The form is long and the check list short while all is well: most room to the form.
        main.resizeDocks([self.inspector_dock, self.tabs_dock], [3, 1], Qt.Orientation.Vertical)
        self.navigator = NavigatorEditing(mode, main.navigator)

    def set_visible(self, visible: bool) -> None:
        self.inspector_dock.setVisible(visible)
        self.tabs_dock.setVisible(visible)
        self.navigator.set_enabled(visible)

    def show_briefing(self, session: EditSession) -> None:
        """Fill every dock from the session (on entering edit mode)."""
        self.inspector.folder = session.file.parent
        self.checks.set_problems(session.problems)
        self.source.set_briefing(session.briefing)
        self.coverage.set_briefing(session.briefing)

    def select_panel(self, session: EditSession, panel_id: str) -> None:
        self.inspector.show_panel(session.briefing, panel_id)

    def refresh(self, session: EditSession, changes: Changes, *, force: bool) -> None:
        """Show the session's current values after `changes` (no rebuild unless needed)."""
        briefing = session.briefing
        self.checks.set_checking(False)
        self.checks.set_problems(session.problems)
        panel = next((p for p in briefing.panels if p.id == self.inspector.panel_id), None)
        if panel is None or self.inspector.keys_for(briefing, panel) != self.inspector.keys():
            self.inspector.show_panel(briefing, panel.id if panel else self.selected_id(briefing))
        else:
            self.inspector.refresh(briefing, force=force)
        if changes.indicators or changes.panels or changes.structure:
            self.source.set_briefing(briefing)
            self.coverage.set_briefing(briefing)

    def refused(self, edit: Edit, why: str) -> None:
        """Show an edit the session refused: its text stays in its field, marked, and the
        check list says why (a click there goes back to the field)."""
        self.checks.show_refusal(why, self.inspector.refused(edit, why))

    def selected_id(self, briefing: Briefing) -> str:
        """Return the id of the panel the windows show, or of the one at its place in the
        edited `briefing` when that one is not in it (the windows show the last good one)."""
        current = self.mode.c.state.current
        shown = self.mode.c.briefing.panels[current].id
        ids = [p.id for p in briefing.panels]
        return shown if shown in ids or not ids else ids[min(current, len(ids) - 1)]

    def _on_problem_chosen(self, problem: Problem) -> None:
        index = panel_index_of(problem, self.mode.c.briefing)
        if index is not None:
            self.mode.c.state.go_to(index)
        session = self.mode.session
        self.inspector.focus_field(field_key(problem, session.briefing if session else None))
