"""The show's windows: the audience window, the presenter console, the mouse and the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QScreen

from briefing_app.model.briefing import Briefing
from briefing_app.model.presentation import Blank
from briefing_app.ui.i18n import tr
from briefing_app.ui.screen_choice import choose_screens
from briefing_app.ui.stage import Stage
from briefing_app.ui.theme import Theme

if TYPE_CHECKING:  # the show windows are imported when first opened, off the first paint
    from briefing_app.model.rehearsal import RehearsalRecorder
    from briefing_app.ui.audience_window import AudienceWindow
    from briefing_app.ui.controller import AppController
    from briefing_app.ui.pointer import ShowPointer
    from briefing_app.ui.presenter_console import PresenterConsole


class ShowWindows(QObject):
    """Opens, places and closes the show's windows; follows the state while a show runs.

    The controller owns the state, the clock and the main window; this holds what exists only
    during a show (and the console's one-screen presenter view, Alt+F5).
    """

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self._c = controller
        self.audience: AudienceWindow | None = None
        self.console: PresenterConsole | None = None
        self.pointer: ShowPointer | None = None  # the mouse in a show, built with the first
        self.presenter_view = False  # Alt+F5 on one screen: the console, no audience window
        self.recorder: RehearsalRecorder | None = None  # 排练计时 in progress
        self._preferred_audience = controller.settings.audience_screen(controller.session.file)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_screens_changed)
        app.screenRemoved.connect(self._on_screen_removed)

    # -- starting and ending ---------------------------------------------------------------
    def start(self, from_current: bool, presenter_view: bool = False) -> None:
        """Open the audience window full screen (and the console when there are two screens).

        `presenter_view` (Alt+F5) with one screen opens the console alone on it, for a
        rehearsal at the desk; with two screens it is the usual show.
        """
        c = self._c
        if not from_current:
            c.state.first()
        one_screen = len(QGuiApplication.screens()) < 2
        if presenter_view and one_screen and self.audience is None:
            self._start_presenter_view()
            return
        if self.presenter_view:  # F5 during a one-screen presenter view: the room's view
            self._close_console()
            self.presenter_view = False
        if self.audience is None:
            from briefing_app.ui.audience_window import AudienceWindow

            aspect = c.settings.aspect()  # 16:9, 4:3 or the screen's (View ▸ 画面比例)
            self.audience = AudienceWindow(c.briefing, c.theme, animated=c.animated, aspect=aspect)
            self.audience.stage.sig_hovered.connect(self._on_audience_hovered)
            c.router.watch(self.audience)
        c.state.set_showing(True)
        c.clock.start()
        self.place_windows()
        self.audience.show_panel(c.state.current, animate=False)
        widget = self.audience.stage.panel_widget
        if widget is not None:
            widget.enter(c.animated)
        self.audience.activateWindow()
        self._attach_pointer()
        if one_screen:  # a laptop duplicating its display: the notes stay hidden, say why
            self.audience.show_hint(tr("show.one_screen_hint"))
        self._record_current()

    def start_rehearsal(self) -> None:
        """排练计时: a show from the first panel that records how long each panel is shown."""
        from briefing_app.model.rehearsal import RehearsalRecorder

        self.end()
        self.recorder = RehearsalRecorder(self._c.now)
        self._c.clock.reset()
        self.start(from_current=False, presenter_view=True)

    def _start_presenter_view(self) -> None:
        c = self._c
        self.presenter_view = True
        c.state.set_showing(True)
        c.clock.start()
        self._open_console(QGuiApplication.primaryScreen())
        assert self.console is not None
        self.console.activateWindow()
        self._attach_pointer()
        self._record_current()

    def _record_current(self) -> None:
        if self.recorder is not None:
            self.recorder.show(self._c.briefing.panels[self._c.state.current].id)

    def end(self) -> None:
        """Close the show windows and return to the main window on the same panel."""
        c = self._c
        if not c.state.showing and self.audience is None:
            return
        if self.pointer is not None:
            self.pointer.detach()
        self.presenter_view = False
        c.state.set_showing(False)
        c.clock.pause()
        if self.recorder is not None:
            self._save_rehearsal()
        if self.audience is not None:
            self.audience.allow_close()
            self.audience.close()
            self.audience.deleteLater()
            self.audience = None
        self._close_console()
        c.main.show_current(animate=False)
        c.main.activateWindow()
        c.remember_place()

    def _save_rehearsal(self) -> None:
        from briefing_app.ui.rehearsal_store import save_timings

        assert self.recorder is not None
        c = self._c
        timings, self.recorder = self.recorder.stop(), None
        try:
            save_timings(c.settings, c.session.file, timings)
        except OSError as exc:
            c.main.show_banner(tr("rehearsal.save_failed", error=f"{exc.filename}: {exc}"))
            return
        c.main.statusBar().showMessage(tr("rehearsal.saved", n=len(timings)), 8000)

    # -- the mouse -------------------------------------------------------------------------
    def _attach_pointer(self) -> None:
        if self.pointer is None:
            from briefing_app.ui.pointer import ShowPointer

            self.pointer = ShowPointer(self._c.state, self._c)
            self.pointer.sig_changed.connect(self._on_pointer_changed)
        self.pointer.attach(
            self.audience.stage if self.audience is not None else None,
            self.console.current if self.console is not None else None,
            self.console.next if self.console is not None else None,
        )

    def _on_pointer_changed(self) -> None:
        if self.console is not None and self.pointer is not None:
            self.console.show_tools(self.pointer.laser_on, self.pointer.zoomed)

    # -- screens ---------------------------------------------------------------------------
    def swap_screens(self) -> None:
        if self.audience is None or self.console is None:
            return
        self._preferred_audience = self.console.screen().name()
        self._c.settings.set_audience_screen(self._c.session.file, self._preferred_audience)
        self.place_windows()

    def place_windows(self) -> None:
        if self.audience is None:
            if self.presenter_view and self.console is not None:
                self.console.place_on(QGuiApplication.primaryScreen())
            return
        screens = {s.name(): s for s in QGuiApplication.screens()}
        primary = QGuiApplication.primaryScreen()
        choice = choose_screens(
            list(screens),
            primary.name() if primary else next(iter(screens)),
            self._preferred_audience,
        )
        self.audience.place_on(screens[choice.audience])
        if choice.console is None:
            self._close_console()
            return
        self._open_console(screens[choice.console])
        self._attach_pointer()

    def _open_console(self, screen: QScreen) -> None:
        """Show the presenter console on `screen`, building it when there is none."""
        c = self._c
        if self.console is None:
            from briefing_app.ui.presenter_console import PresenterConsole
            from briefing_app.ui.rehearsal_store import load_timings

            self.console = PresenterConsole(
                c.briefing,
                c.state,
                c.clock,
                c.theme,
                notes_size=c.settings.notes_font_size(),
                on_notes_size=c.settings.set_notes_font_size,
                on_swap=self.swap_screens,
                on_end=c.end_show,
                rehearsed=load_timings(c.settings, c.session.file),
                recorder=self.recorder,
            )
            self.console.set_blank(c.state.blank)
            self.console.set_reload_problem(c.reload_problem())
            self.console.show_typed(c.router.pending_number)
            c.router.watch(self.console)
            if self.audience is not None:  # the previews show the room's canvas
                self.console.follow(self.audience)
        self.console.place_on(screen)

    def _close_console(self) -> None:
        if self.console is not None:
            self.console.close()
            self.console.deleteLater()
            self.console = None
            if self.pointer is not None and self._c.state.showing:
                self._attach_pointer()  # the console's previews are gone

    def _on_screens_changed(self, _screen: QScreen) -> None:
        QTimer.singleShot(0, self.place_windows)

    def _on_screen_removed(self, screen: QScreen) -> None:
        # Windows on a vanished screen must move before Qt parks them somewhere odd; a
        # window never shows notes on the screen the audience now has.
        remaining = [s for s in QGuiApplication.screens() if s is not screen]
        if self.audience is None or not remaining:
            return
        names = [s.name() for s in remaining]
        primary = QGuiApplication.primaryScreen()
        primary_name = primary.name() if primary and primary is not screen else names[0]
        choice = choose_screens(names, primary_name, self._preferred_audience)
        by_name = {s.name(): s for s in remaining}
        self.audience.place_on(by_name[choice.audience])
        if choice.console is None:
            self._close_console()
        elif self.console is not None:
            self.console.place_on(by_name[choice.console])

    # -- following the state ---------------------------------------------------------------
    def on_current_changed(self, index: int, panel_id: str) -> None:
        if self.recorder is not None and self._c.state.showing:
            self.recorder.show(panel_id)

    def show_current(self, index: int) -> None:
        """Follow a change of panel (after the main window has)."""
        if self.audience is not None:
            self.audience.show_panel(index, animate=True)
        if self.console is not None:
            self.console.refresh()

    def on_blank_changed(self, blank: Blank) -> None:
        if self.audience is not None:
            self.audience.set_blank(blank)
        if self.console is not None:
            self.console.set_blank(blank)

    def show_typed(self, digits: str) -> None:
        if self.console is not None:
            self.console.show_typed(digits)

    def _on_audience_hovered(self, text: str) -> None:
        if self.console is not None:
            self.console.show_hover(text)

    def on_briefing_changed(self, briefing: Briefing, index: int) -> None:
        """Show a reloaded (or restyled) briefing in the show's windows, at `index`."""
        if self.audience is not None:
            self.audience.setWindowTitle(briefing.meta.title)
            self.audience.stage.set_briefing(briefing, self._c.theme)
            # The stage keeps its old index; the panel may have moved (one before it deleted).
            self.audience.show_panel(index, animate=False)
        if self.console is not None:
            self.console.set_briefing(briefing, self._c.theme)

    def set_theme(self, briefing: Briefing, theme: Theme) -> None:
        if self.audience is not None:
            self.audience.stage.set_briefing(briefing, theme)
        if self.console is not None:
            self.console.set_briefing(briefing, theme)

    def set_reload_problem(self, text: str) -> None:
        if self.console is not None:
            self.console.set_reload_problem(text)

    def stages(self) -> list[Stage]:
        """Return the show's stages (the audience's), for a setting that applies to all."""
        return [self.audience.stage] if self.audience is not None else []
