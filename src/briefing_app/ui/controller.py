"""The app's controller: owns the presentation state and clock, and opens and places windows."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.presentation import Blank, PresentationState
from briefing_app.model.talk_clock import TalkClock
from briefing_app.ui.first_paint import StartupWork
from briefing_app.ui.i18n import set_language, tr
from briefing_app.ui.keys import Action, KeyRouter
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.session import BriefingSession
from briefing_app.ui.settings import Settings
from briefing_app.ui.show import ShowWindows
from briefing_app.ui.stage import Stage
from briefing_app.ui.theme import DARK, LIGHT, THEMES, Theme
from briefing_app.ui.thumbnails import Thumbnails, close_overviews, open_overview

if TYPE_CHECKING:  # the show windows and the overview are imported when first opened,
    # keeping them off the path to the first paint
    from briefing_app.model.edits import Changes
    from briefing_app.ui.audience_window import AudienceWindow
    from briefing_app.ui.editor.edit_mode import EditMode
    from briefing_app.ui.overview import Overview
    from briefing_app.ui.pointer import ShowPointer
    from briefing_app.ui.presenter_console import PresenterConsole


class AppController(QObject):
    """Wires the model (briefing session, presentation state, talk clock) to the windows.

    Keys from every window arrive here as actions (see `keys.py`); the windows follow the
    state's events and keep no copy of it.
    """

    def __init__(
        self,
        session: BriefingSession,
        settings: Settings,
        *,
        animated: bool = True,
        theme: str | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.theme: Theme = THEMES.get(theme or settings.theme(), LIGHT)
        self.animated = animated and not settings.reduced_motion()
        self._cli_no_animation = not animated
        self.state = PresentationState(
            len(session.briefing.panels), self._remembered_index(), _hidden(session.briefing)
        )
        self._shown_id = session.briefing.panels[self.state.current].id
        self._quiet = False
        self.clock = TalkClock()
        self._thumbnails = Thumbnails(self)
        self.router = KeyRouter(self, self)
        self.router.sig_number_typed.connect(self._on_number_typed)
        self.now: Callable[[], float] = time.monotonic  # the rehearsal's clock (tests inject)
        self._editor: EditMode | None = None  # built when editing starts
        self.startup = StartupWork()  # what waits for the first panel to be on screen
        self.show_windows = ShowWindows(self)
        self.main = MainWindow(self)
        self.router.watch(self.main)
        self.state.current_changed.connect(self._on_current_changed)
        self.state.blank_changed.connect(self._on_blank_changed)
        self._connect_session(session)

    @property
    def briefing(self) -> Briefing:
        return self.session.briefing

    def show(self) -> None:
        """Show the main window on the remembered panel; keys work once it has painted.

        The key router filters every event of the application, and the first Python filter
        makes PySide create the enum types of every event and object it sees (some 25 ms):
        that waits until the first panel is on screen, as does the rest of `startup`.
        """
        self.main.show()
        self.main.show_current(animate=False)
        self.startup.add(self.router.install)
        self.startup.add(self.main.finish_startup)
        self.startup.add(self._offer_recovery)
        self.startup.start_after_paint(self.main.stage.panel_widget or self.main)

    # -- keys ------------------------------------------------------------------------------
    def trigger(self, action: Action, window: QWidget | None) -> None:
        state = self.state
        if action is Action.NEXT:
            state.next()
        elif action is Action.PREVIOUS:
            state.previous()
        elif action is Action.FIRST:
            state.first()
        elif action is Action.LAST:
            state.last()
        elif action is Action.BLACK:
            state.toggle_blank(Blank.BLACK)
        elif action is Action.WHITE:
            state.toggle_blank(Blank.WHITE)
        elif action is Action.OVERVIEW:
            self.open_overview(
                window if window is not self.audience or self.console is None else self.console
            )
        elif action is Action.SHOW_FROM_START:
            self.start_show(from_current=False)
        elif action is Action.SHOW_FROM_CURRENT:
            self.start_show(from_current=True)
        elif action is Action.PRESENTER_VIEW:
            self.start_show(from_current=True, presenter_view=True)
        elif action is Action.LASER:
            if self.pointer is not None and self.state.showing:
                self.pointer.toggle_laser()
        elif action is Action.ZOOM:
            if self.pointer is not None and self.state.showing:
                self.pointer.toggle_zoom()
        elif action is Action.END_SHOW:
            if self.pointer is None or not self.pointer.leave_zoom():  # Esc leaves zoom first
                self.end_show()
        elif action is Action.SWAP_SCREENS:
            self.swap_screens()

    def jump_to_number(self, number: int) -> None:
        self.state.go_to(number - 1)

    # -- the show (ui/show.py) -------------------------------------------------------------
    @property
    def audience(self) -> AudienceWindow | None:
        return self.show_windows.audience

    @property
    def console(self) -> PresenterConsole | None:
        return self.show_windows.console

    @property
    def pointer(self) -> ShowPointer | None:
        return self.show_windows.pointer

    def start_show(self, from_current: bool, presenter_view: bool = False) -> None:
        """F5 / Shift+F5 (and Alt+F5 with `presenter_view`): see `ShowWindows.start`."""
        self.show_windows.start(from_current, presenter_view)

    def start_rehearsal(self) -> None:
        """排练计时: a show from the first panel that records how long each panel is shown."""
        self.show_windows.start_rehearsal()

    def end_show(self) -> None:
        """Close the show windows and return to the main window on the same panel."""
        self.show_windows.end()

    def swap_screens(self) -> None:
        self.show_windows.swap_screens()

    def _on_number_typed(self, digits: str) -> None:
        """Show the panel number being typed on the console and the main window only."""
        self.main.show_typed(digits)
        self.show_windows.show_typed(digits)

    # -- following the state ---------------------------------------------------------------
    def _on_current_changed(self, index: int) -> None:
        self._shown_id = self.briefing.panels[index].id
        self.show_windows.on_current_changed(index, self._shown_id)
        if self._quiet:
            return
        self.main.show_current(animate=not self.state.showing)
        self.show_windows.show_current(index)

    def _on_blank_changed(self, blank: Blank) -> None:
        self.show_windows.on_blank_changed(blank)
        self.main.stage.set_blank(blank if self.audience is None else Blank.NONE)

    def _on_briefing_changed(self, briefing: Briefing) -> None:
        """Show the reloaded briefing everywhere, on the same panel (found by its id)."""
        index = briefing.index_of(self._shown_id)
        with self._quiet_navigation():
            self.state.set_count(len(briefing.panels))
            self.state.set_hidden(_hidden(briefing))
            if index >= 0:
                self.state.go_to(index)
        self._shown_id = briefing.panels[self.state.current].id
        self.thumbnails.clear()
        self._close_overviews()  # it lists the old panels
        self.main.on_briefing_changed(briefing)
        self.show_windows.on_briefing_changed(briefing, self.state.current)
        self.start_thumbnails()

    def _connect_session(self, session: BriefingSession) -> None:
        session.sig_briefing_changed.connect(self._on_reloaded)
        session.sig_problems.connect(self._on_reloaded_with_problems)
        session.sig_check_failed.connect(self._on_reload_status)

    def _on_reloaded(self, briefing: Briefing) -> None:
        # While editing, our own save is no news, and an outside edit asks reload or keep.
        if self._editor is None or not self._editor.takes_reload():
            self._on_briefing_changed(briefing)

    def _on_reloaded_with_problems(self, *_: object) -> None:
        if self._editor is None or not self._editor.takes_reload():
            self._on_reload_status()

    def _on_reload_status(self, *_: object) -> None:
        """Say why the newest save is not shown (or no longer say it): banner and console."""
        self.main.on_reload_status(self.session.problems, self.session.failure)
        self.show_windows.set_reload_problem(self.reload_problem())

    def reload_problem(self) -> str:
        """Return what keeps the newest save off the screen, "" when nothing does."""
        if self.session.failure:
            return self.session.failure
        return str(self.session.problems[0]) if self.session.problems else ""

    @contextmanager
    def _quiet_navigation(self) -> Iterator[None]:
        """Move the state without the windows following; they are rebuilt right after."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def remember_place(self) -> None:
        self.settings.set_last_panel(self.session.file, self.briefing.panels[self.state.current].id)
        self.settings.sync()

    def _remembered_index(self) -> int:
        panel_id = self.settings.last_panel(self.session.file)
        index = self.session.briefing.index_of(panel_id) if panel_id else -1
        return max(index, 0)

    # -- overview and thumbnails (ui/thumbnails.py) ----------------------------------------
    def open_overview(self, window: QWidget | None) -> Overview:
        return open_overview(self, window)

    def _close_overviews(self) -> None:
        close_overviews([self.main, self.audience, self.console])

    @property
    def thumbnails(self) -> dict[int, QPixmap]:
        return self._thumbnails.pixmaps

    @property
    def _thumb_queue(self) -> list[int]:
        return self._thumbnails.queue

    def start_thumbnails(self) -> None:
        """Render panel thumbnails one per event-loop turn, after the first paint."""
        self._thumbnails.start()

    # -- view settings ---------------------------------------------------------------------
    def toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme.name == "dark" else DARK
        self.settings.set_theme(self.theme.name)
        self.main.stage.set_briefing(self.briefing, self.theme)
        self.main.apply_theme(self.theme)
        self.show_windows.set_theme(self.briefing, self.theme)
        self.start_thumbnails()

    def toggle_motion(self) -> None:
        reduced = not self.settings.reduced_motion()
        self.settings.set_reduced_motion(reduced)
        self.animated = not reduced and not self._cli_no_animation
        for stage in self._stages():
            stage.set_animated(self.animated)

    def _stages(self) -> list[Stage]:
        return [self.main.stage, *self.show_windows.stages()]

    def set_language(self, language: str) -> None:
        self.settings.set_language(language)
        set_language(language)
        QMessageBox.information(
            self.main,
            tr("menu.language"),
            "界面语言将在重新启动后生效。\nThe interface language applies after a restart.",
        )

    # -- files -----------------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.main, tr("menu.open"), str(self.session.file.parent), "Briefing (*.yaml *.yml)"
        )
        if path:
            self.open_briefing(Path(path))

    def open_briefing(self, path: Path) -> bool:
        """Switch to another briefing; on error keep the current one and say why."""
        from briefing_app.content import check_briefing

        result = check_briefing(path)
        if not result.ok or result.briefing is None:
            QMessageBox.warning(
                self.main, tr("error.load"), "\n".join(str(p) for p in result.problems[:10])
            )
            return False
        if not self.may_close():  # unsaved edits of the open briefing: the author chose
            return False
        self.end_show()
        if self._editor is not None:
            self._editor.discard()
        self.session.deleteLater()
        self.session = BriefingSession(result.briefing, result.file, self)
        self._connect_session(self.session)
        self._on_reload_status()
        self.session.watch()
        self._shown_id = result.briefing.panels[0].id
        self._on_briefing_changed(result.briefing)
        return True

    # -- editing ---------------------------------------------------------------------------
    def editor(self) -> EditMode:
        """Return the edit mode, building it on first use (off the path to the first panel)."""
        if self._editor is None:
            from briefing_app.ui.editor.edit_mode import EditMode

            self._editor = EditMode(self)
        return self._editor

    def set_editing(self, on: bool) -> None:
        self.editor().set_active(on)

    def draft_dialog(self) -> None:
        """文件 → 新建 → 从报告生成…: draft a briefing from a report, then open it."""
        from briefing_app.ui.editor.drafting import Drafting

        Drafting(self).ask_and_draft()

    def show_edited(self, briefing: Briefing, changes: Changes) -> None:
        """Show an edited briefing that passed the check: a change of structure everywhere
        (as a reload), any other change only in the widgets of the panels it names."""
        structure = changes.structure or changes.meta
        self.session.briefing = briefing
        if structure or len(briefing.panels) != self.state.count:
            self._on_briefing_changed(briefing)
            return
        indices = [i for i, panel in enumerate(briefing.panels) if panel.id in changes.panels]
        for stage in self._stages():
            stage.refresh_panels(briefing, indices)
        if self.console is not None:
            self.console.set_briefing(briefing, self.theme)
        self.main.on_panels_edited(briefing, indices)
        self._thumbnails.render_first(indices)

    def may_close(self) -> bool:
        """Return whether the app may close: no unsaved edits, or the author chose."""
        return self._editor is None or self._editor.may_close()

    def _offer_recovery(self) -> None:
        """After a crash mid-edit: offer the recovery copy the edit left behind."""
        from briefing_app.ui.editor.recovery import find_copy

        copy = find_copy(self.session.file)
        if copy is not None:
            self.editor().offer_recovery(copy)

    def export_dialog(self, fmt: str, choose_template: bool = False) -> None:
        """Ask where to export (and which template), then export with progress."""
        from briefing_app.ui.exporting import ask_and_export

        files, aspect = self._export_limits()
        ask_and_export(self.main, self.briefing, self.theme, fmt, choose_template, files, aspect)

    def export_to(self, fmt: str, out: Path, template: Path | None = None) -> None:
        """Export to `out` in the background with progress; the window stays responsive."""
        from briefing_app.ui.exporting import export_with_progress

        files, aspect = self._export_limits()
        export_with_progress(
            self.main, self.briefing, self.theme, fmt, out, template, files, aspect
        )

    def _export_limits(self) -> tuple[tuple[Path, ...], str]:
        """Return the briefing's own files, which no export may write over, and the exports'
        page shape: a forced View ▸ 画面比例 (4:3), else 16:9."""
        from briefing_app.outputs import briefing_files

        aspect = self.settings.aspect()
        files = briefing_files(self.session.file, self.briefing.source)
        return files, aspect if aspect != "auto" else "16:9"


def _hidden(briefing: Briefing) -> frozenset[int]:
    """Return the show positions of the hidden panels (the show steps over them)."""
    return frozenset(i for i, panel in enumerate(briefing.panels) if panel.hidden)
