"""Edit mode (toolbar 编辑, Ctrl+E): the edit session, its undo stack, saving, and the views.

Anki's pattern: every edit goes to the session (on a thread: it re-checks the briefing), comes
back as `Changes`, and each view refreshes only what they name. The windows and the show keep
presenting the session's last good briefing: a half-typed figure never reaches the room.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtGui import QCursor, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from briefing_app.model.edits import AddPanel, Changes, Edit, EditError
from briefing_app.model.panels import PanelKind
from briefing_app.ui.editor.docks import EditorDocks
from briefing_app.ui.editor.gallery import gallery_menu, template
from briefing_app.ui.editor.navigator_edit import new_panel_id
from briefing_app.ui.editor.recovery import Autosave, discard_copy
from briefing_app.ui.editor.runner import SessionRunner
from briefing_app.ui.editor.undo import EditCommand
from briefing_app.ui.i18n import tr

if TYPE_CHECKING:
    from briefing_app.content.edit_session import EditSession
    from briefing_app.ui.controller import AppController


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """Ask a question with two answers; return whether the first was chosen (tests replace it)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    first = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is first


class EditMode(QObject):
    """Owns the edit session of the open briefing while editing. Emits `sig_ready` once the
    session is open, `sig_applied(Changes)` after each edit, undo or redo is shown."""

    sig_ready = Signal()
    sig_applied = Signal(object)
    sig_saved = Signal(object)  # the file
    sig_failed = Signal(str)

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.c = controller
        self.session: EditSession | None = None
        self.active = False
        self.stack = QUndoStack(self)
        self.runner = SessionRunner(self)
        self.autosave = Autosave(self)
        self.docks: EditorDocks | None = None
        self._overwrite = False  # the author chose to keep their edits over an outside change
        self._unshown = Changes()  # changes since the windows last showed the last good one
        self.stack.cleanChanged.connect(self._on_stack_changed)
        self.stack.indexChanged.connect(self._on_stack_changed)
        controller.state.current_changed.connect(self._on_current_changed)

    # -- entering and leaving ------------------------------------------------------------------
    def set_active(self, active: bool, recover: Path | None = None) -> None:
        """Enter (open the session on a thread, then show the docks) or leave edit mode."""
        if not active:
            self.active = False
            if self.docks is not None:
                self.docks.inspector.flush()
                self.docks.set_visible(False)
            self._update_actions()
            return
        self.active = True
        if self.session is not None and recover is None:
            self._show_docks()
            return
        file = self.c.session.file
        self.c.main.statusBar().showMessage(tr("editor.opening"))

        def open_session() -> EditSession:
            from briefing_app.content.edit_session import EditSession

            return EditSession.recover(file, recover) if recover else EditSession(file)

        self.runner.run_threaded(open_session, self._on_opened, self._on_open_failed)

    def _on_opened(self, session: EditSession) -> None:
        self.session = session
        self.stack.clear()
        self.autosave.watch(session)
        if self.active:
            self._show_docks()
        if session.last_good == self.c.briefing:  # the same briefing: nothing to rebuild
            self.c.session.briefing = session.last_good
            self._show_briefing(Changes())
        else:  # restored from a recovery copy, or the file changed since it was shown
            self._show_briefing(Changes(structure=True))
        self.c.main.statusBar().showMessage(tr("editor.ready"), 5000)
        self.sig_ready.emit()

    def _on_open_failed(self, message: str) -> None:
        self.active = False
        self._update_actions()
        QMessageBox.warning(
            self.c.main, tr("editor.title"), tr("editor.cannot_open", error=message)
        )
        self.sig_failed.emit(message)

    def _show_docks(self) -> None:
        assert self.session is not None
        if self.docks is None:
            self.docks = EditorDocks(self)
        self.docks.set_visible(True)
        self.docks.show_briefing(self.session)
        self._on_current_changed(self.c.state.current)
        self._update_actions()

    def discard(self) -> None:
        """Forget the session and its undo history (the file is reopened on the next edit)."""
        self.autosave.watch(None)
        self.session = None
        self.stack.clear()
        self._overwrite = False
        if self.docks is not None:
            self.docks.set_visible(False)
        self.active = False
        self._update_actions()

    # -- editing -------------------------------------------------------------------------------
    def submit(self, edit: Edit) -> None:
        """Make `edit` on the session's thread; the views follow once it is checked."""
        session = self.session
        if session is None:
            return
        if self.docks is not None:
            self.docks.checks.set_checking(True)

        def make() -> Changes | EditError:  # a refused edit is an answer, not a failure
            try:
                return session.apply(edit)
            except EditError as exc:
                return exc

        def made(result: Changes | EditError) -> None:
            if isinstance(result, EditError):
                self._on_edit_failed(str(result), edit)
            else:
                self._on_applied(session, edit, result)

        self.runner.run_threaded(make, made, lambda message: self._on_edit_failed(message, edit))

    def _on_applied(self, session: EditSession, edit: Edit, changes: Changes) -> None:
        if session is not self.session:
            return
        self.stack.push(EditCommand(session, edit, changes, self._on_undone))
        self._show_briefing(changes)

    def _on_edit_failed(self, message: str, edit: Edit | None = None) -> None:
        self.c.main.statusBar().showMessage(tr("editor.edit_failed", error=message), 8000)
        if self.docks is not None and self.session is not None:
            self.docks.refresh(self.session, Changes(), force=True)  # back to what holds
            if edit is not None:  # what was typed stays, with why, in its field and the list
                self.docks.refused(edit, tr("editor.edit_failed", error=message))
        self.sig_failed.emit(message)

    def _on_undone(self, changes: Changes) -> None:
        self._show_briefing(changes, force=True)

    def undo(self) -> None:
        if self.docks is not None:
            self.docks.inspector.flush()
        self.runner.run_here(self.stack.undo)

    def redo(self) -> None:
        self.runner.run_here(self.stack.redo)

    def _show_briefing(self, changes: Changes, *, force: bool = False) -> None:
        """Show what `changes` names: the edited values in the docks, the last good briefing
        in the windows (only the changed panels are rebuilt)."""
        session = self.session
        if session is None:
            return
        good = session.last_good
        self._unshown = self._unshown | changes
        if good is not self.c.briefing:
            # Everything changed since the windows last followed: a failed edit that this
            # one fixes changed panels of its own.
            shown, self._unshown = self._unshown, Changes()
            self.c.show_edited(good, shown)
            if shown.structure or shown.meta:  # shown as a reload, which would say "reloaded"
                self.c.main.statusBar().clearMessage()
            if self.docks is not None:
                self.docks.navigator.set_enabled(self.active)
        if self.docks is not None:  # after the windows: the selected panel may have gone
            self.docks.refresh(session, changes, force=force)
        self._update_actions()
        self.sig_applied.emit(changes)

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        """Write the briefing (on the session's thread); ask before overwriting an outside edit."""
        session = self.session
        if session is None:
            return
        if self.docks is not None:
            self.docks.inspector.flush()
        overwrite = self._overwrite

        def write() -> Path:
            session.save(overwrite=overwrite)
            return session.file

        self.runner.run_threaded(write, self._on_saved, self._on_save_failed)

    def _on_saved(self, file: Path) -> None:
        self._overwrite = False
        self.stack.setClean()
        self.c.main.statusBar().showMessage(tr("editor.saved", path=str(file)), 5000)
        self._update_actions()
        self.sig_saved.emit(file)

    def _on_save_failed(self, message: str) -> None:
        session = self.session
        if session is not None and session.changed_on_disk() and not self._overwrite:
            if ask(
                self.c.main,
                tr("editor.title"),
                tr("editor.outside_on_save"),
                tr("editor.overwrite"),
                tr("editor.cancel"),
            ):
                self._overwrite = True
                self.save()
            return
        QMessageBox.warning(
            self.c.main, tr("editor.title"), tr("editor.save_failed", error=message)
        )
        self.sig_failed.emit(message)

    def may_close(self) -> bool:
        """Ask about unsaved edits before the app closes; return whether it may close."""
        session = self.session
        if session is None or not session.dirty:
            return True
        if not ask(
            self.c.main,
            tr("editor.title"),
            tr("editor.unsaved"),
            tr("editor.save_now"),
            tr("editor.dont_save"),
        ):
            discard_copy(session.file)  # the author chose: no recovery offer next time
            return True
        if self.docks is not None:
            self.docks.inspector.flush()
        self.save()
        wait = QEventLoop()
        self.runner.sig_busy.connect(lambda busy: None if busy else wait.quit())
        if not self.runner.idle:
            wait.exec()
        return not session.dirty

    def offer_recovery(self, copy: Path) -> None:
        """Offer the unsaved edits a crash left in `copy`; restore them into edit mode."""
        if ask(
            self.c.main,
            tr("editor.title"),
            tr("editor.recover"),
            tr("editor.restore"),
            tr("editor.discard"),
        ):
            self.set_active(True, recover=copy)
        else:
            discard_copy(self.c.session.file)

    def open_gallery(self) -> None:
        """Show the gallery of panel kinds under the mouse; the chosen one is added."""
        gallery_menu(self.c.main, self.add_panel).exec(QCursor.pos())

    def add_panel(self, kind: PanelKind) -> None:
        """Add a panel of `kind` from its template right after the current panel."""
        briefing = self.session.briefing if self.session is not None else self.c.briefing
        section_id, index = self.current_section_place()
        number = 1 + sum(1 for p in briefing.panels if p.kind is PanelKind.TASK)
        panel = template(kind, new_panel_id(briefing, f"new_{kind.value}"), number)
        self.submit(AddPanel(section_id, index, panel))

    # -- outside edits -------------------------------------------------------------------------
    def takes_reload(self) -> bool:
        """Return whether a reload of the file is ours to handle (not to be shown as it is):
        our own save, or an outside edit while editing, where the author chooses."""
        session = self.session
        if session is None:
            return False
        if not session.changed_on_disk():
            self.c.session.briefing = session.last_good  # our own save: nothing new
            return True
        if ask(
            self.c.main,
            tr("editor.title"),
            tr("editor.outside_change"),
            tr("editor.reload"),
            tr("editor.keep_mine"),
        ):
            active = self.active
            self.discard()
            if active:
                self.set_active(True)  # reopened from the file the watcher has just read
            return False
        self._overwrite = True
        self.c.session.briefing = session.last_good
        return True

    # -- the selected panel --------------------------------------------------------------------
    def _on_current_changed(self, index: int) -> None:
        if self.docks is None or self.session is None or not self.active:
            return
        if 0 <= index < len(self.c.briefing.panels):
            self.docks.select_panel(self.session, self.docks.selected_id(self.session.briefing))

    def current_section_place(self) -> tuple[str, int]:
        """Return (section id, index after the current panel) where a new panel goes."""
        briefing = self.c.briefing
        index = self.c.state.current
        section = briefing.section_of(index)
        before = sum(len(s.panels) for s in briefing.sections[: briefing.sections.index(section)])
        return section.id, index - before + 1

    def _on_stack_changed(self, *_: object) -> None:
        if shiboken6.isValid(self.stack) and shiboken6.isValid(self.c.main):  # not while closing
            self._update_actions()

    def _update_actions(self) -> None:
        main: Any = self.c.main
        ready = self.active and self.session is not None
        dirty = self.session is not None and self.session.dirty
        main.set_edit_state(self.active, ready, dirty, self.stack.canUndo(), self.stack.canRedo())
