"""The main window: a navigator of panels grouped by section, the stage, an error banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app import __version__
from briefing_app.content.problems import Problem
from briefing_app.model.briefing import Briefing
from briefing_app.ui.edit_actions import EditActions
from briefing_app.ui.i18n import language, tr
from briefing_app.ui.notes_pane import NotesPane
from briefing_app.ui.problem_banner import ProblemBanner, panel_index_of
from briefing_app.ui.stage import Stage
from briefing_app.ui.theme import Theme, chrome_stylesheet

if TYPE_CHECKING:
    from briefing_app.ui.controller import AppController
    from briefing_app.ui.navigator import Navigator

NAV_WIDTH = 220  # navigator.WIDTH, without importing its list view before the first paint


class MainWindow(QMainWindow):
    """Browse and rehearse: click a panel in the navigator or use the keys; F5 starts the show."""

    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self._controller = controller
        self.setWindowTitle(f"{controller.briefing.meta.title} — {tr('app.title')}")
        self.resize(fit_size(QSize(1366, 800)))

        # The navigator is built after the first paint: its list view costs as much as the
        # whole first panel (PySide creates the item views' enum types on first use).
        self._navigator: Navigator | None = None
        self._nav_slot = QWidget()
        self._nav_slot.setMinimumWidth(NAV_WIDTH)
        self._nav_slot.setMaximumWidth(NAV_WIDTH + 36)
        self._nav_layout = QVBoxLayout(self._nav_slot)
        self._nav_layout.setContentsMargins(0, 0, 0, 0)

        self.banner = ProblemBanner()
        self.banner.sig_problem_chosen.connect(self._on_problem_chosen)
        self.banner.hide()

        self.stage = Stage(
            controller.briefing, controller.theme, animated=controller.animated, letterbox="#3A3436"
        )
        self.stage.sig_hovered.connect(self._on_hovered)

        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.stage, 1)

        splitter = QSplitter()
        splitter.addWidget(self._nav_slot)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([NAV_WIDTH, 1100])
        self.setCentralWidget(splitter)
        self.position = QLabel()
        self.typed = QLabel()  # a panel number being typed (never shown to the room)
        self.typed.setObjectName("typed_number")
        self.statusBar().addPermanentWidget(self.typed)
        self.statusBar().addPermanentWidget(self.position)
        self._notes_pane: NotesPane | None = None
        self._build_menus()
        if controller.settings.notes_pane_visible():
            # Docked before the first paint, so that the stage has its final size when the
            # first panel is painted (docked later, the stage shrank and the panel was laid
            # out and painted twice); its text view comes after the first paint.
            self.notes_pane.show()
        self.apply_theme(controller.theme)

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        c = self._controller
        bar = self.menuBar()
        file = bar.addMenu(tr("menu.file"))
        self._action(file, tr("menu.open"), c.open_dialog, QKeySequence.StandardKey.Open)
        file.addSeparator()
        # Ctrl+E is edit mode (ui/edit_actions.py)
        self._action(file, tr("menu.export_pptx"), lambda: c.export_dialog("pptx"), "Ctrl+Shift+E")
        self._action(
            file, tr("menu.export_pptx_template"), lambda: c.export_dialog("pptx", True), None
        )
        self._action(file, tr("menu.export_pdf"), lambda: c.export_dialog("pdf"), "Ctrl+Shift+P")
        self._action(file, tr("menu.export_png"), lambda: c.export_dialog("png"), None)
        file.addSeparator()
        self._action(file, tr("menu.quit"), self.close, QKeySequence.StandardKey.Quit)
        show = bar.addMenu(tr("menu.show"))
        self._action(show, tr("menu.show_start") + "\tF5", lambda: c.start_show(False), None)
        self._action(show, tr("menu.show_current") + "\tShift+F5", lambda: c.start_show(True), None)
        self._action(
            show, tr("menu.presenter_view") + "\tAlt+F5", lambda: c.start_show(True, True), None
        )
        self._action(show, tr("menu.rehearse"), c.start_rehearsal, None)
        self._action(show, tr("menu.overview") + "\tG", lambda: c.open_overview(self), None)
        view = bar.addMenu(tr("menu.view"))
        self.dark_action = self._action(view, tr("menu.theme_dark"), c.toggle_theme, "Ctrl+D")
        self.dark_action.setCheckable(True)
        self.dark_action.setChecked(c.theme.name == "dark")
        self.motion_action = self._action(view, tr("menu.reduced_motion"), c.toggle_motion, None)
        self.motion_action.setCheckable(True)
        self.motion_action.setChecked(not c.animated)
        self.notes_action = self._action(view, tr("menu.notes_pane"), lambda: None, None)
        self.notes_action.setCheckable(True)
        self.notes_action.setChecked(c.settings.notes_pane_visible())
        self.notes_action.toggled.connect(self.set_notes_visible)
        language = view.addMenu(tr("menu.language"))
        self._action(language, "中文", lambda: c.set_language("zh_CN"), None)
        self._action(language, "English", lambda: c.set_language("en"), None)
        from briefing_app.ui.aspect_menu import add_aspect_menu

        self.aspect_actions = add_aspect_menu(view, c, self.stage)
        self.edit_actions = EditActions(self, c, file)
        new_menu = next(
            (a.menu() for a in file.actions() if a.menu() and a.text() == tr("menu.new")), None
        )
        if new_menu is not None:  # 新建 → 复制内置简报…: a briefing of one's own to start from
            self.copy_builtin_action = self._action(
                new_menu, tr("menu.copy_builtin"), lambda: _copy_builtin(c), None
            )
        help_menu = bar.addMenu(tr("menu.help"))
        self._action(
            help_menu, tr("menu.keys"), self.show_keys_help, QKeySequence.StandardKey.HelpContents
        )
        self._action(help_menu, tr("menu.about"), self.show_about, None)

    def _action(self, menu, text, slot, shortcut) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda *_: slot())
        menu.addAction(action)
        return action

    def show_keys_help(self) -> None:
        QMessageBox.information(self, tr("menu.keys"), tr("keys.help"))

    def show_about(self) -> None:
        QMessageBox.about(self, tr("menu.about"), f"briefing-app {__version__}")

    # -- navigator -------------------------------------------------------------------------
    @property
    def navigator(self) -> Navigator:
        """Return the navigator, building it on first use."""
        if self._navigator is None:
            from briefing_app.ui.navigator import Navigator

            self._navigator = Navigator(self._controller.briefing, self._nav_slot)
            self._navigator.sig_chosen.connect(self._controller.state.go_to)
            self._nav_layout.addWidget(self._navigator)
            self._navigator.select(self._controller.state.current)
        return self._navigator

    @property
    def notes_pane(self) -> NotesPane:
        """Return the notes pane under the stage, building it on first use."""
        if self._notes_pane is None:
            pane = NotesPane(self)
            pane.hide()
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
            self.resizeDocks([pane], [150], Qt.Orientation.Vertical)
            pane.sig_closed.connect(lambda: self.notes_action.setChecked(False))
            self._notes_pane = pane
            pane.show_notes(self._controller.briefing.panels[self._controller.state.current].notes)
        return self._notes_pane

    def set_notes_visible(self, visible: bool) -> None:
        """Show or hide the notes pane (View ▸ Notes pane, or its ×); remembered for next time."""
        if visible:
            self.notes_pane.show()
        elif self._notes_pane is not None:
            self._notes_pane.hide()
        if self.notes_action.isChecked() != visible:
            self.notes_action.setChecked(visible)
        self._controller.settings.set_notes_pane_visible(visible)

    def finish_startup(self) -> None:
        """Build what the first paint could do without (start-up work, one event-loop turn)."""
        if self._notes_pane is not None:
            self._notes_pane.build_text()

    def set_thumbnail(self, index: int, pixmap: QPixmap) -> None:
        self.navigator.set_thumbnail(index, pixmap)

    # -- model events ----------------------------------------------------------------------
    def show_current(self, animate: bool) -> None:
        index = self._controller.state.current
        self.stage.show_panel(index, animate=animate)
        if self._navigator is not None:
            self._navigator.select(index)
        briefing = self._controller.briefing
        if self._notes_pane is not None:
            self._notes_pane.show_notes(briefing.panels[index].notes)
        self.position.setText(
            f"{tr('status.panel', x=index + 1, n=len(briefing.panels))} · "
            f"{briefing.section_of(index).title}"
        )

    def show_typed(self, digits: str) -> None:
        """Show the panel number typed so far ("" hides it)."""
        self.typed.setText(tr("jump.typed", n=digits) if digits else "")

    def apply_theme(self, theme: Theme) -> None:
        """Dress the window's chrome (menu bar, navigator, notes, status bar) in `theme`."""
        self.setStyleSheet(chrome_stylesheet(theme))

    def on_briefing_changed(self, briefing: Briefing) -> None:
        self.setWindowTitle(f"{briefing.meta.title} — {tr('app.title')}")
        if self._navigator is not None:
            self._navigator.set_briefing(briefing)
        self.stage.set_briefing(briefing, self._controller.theme)
        self.show_current(animate=False)
        self.statusBar().showMessage(tr("reload.done"), 3000)

    def on_panels_edited(self, briefing: Briefing, indices: list[int]) -> None:
        """Show edited panels: the navigator's titles of those only, and the position."""
        if self._navigator is not None:
            self._navigator.update_panels(briefing, indices)
        self.show_current(animate=False)

    def set_edit_state(
        self, active: bool, ready: bool, dirty: bool, undo: bool, redo: bool
    ) -> None:
        """Enable the editing commands as edit mode and its session allow; * marks unsaved."""
        self.edit_actions.set_state(active, ready, dirty, undo, redo)
        title = f"{self._controller.briefing.meta.title} — {tr('app.title')}"
        self.setWindowTitle(f"* {title}" if dirty else title)

    def on_problems(self, problems: list[Problem], heading: str = "error.banner") -> None:
        """Show `problems` in the banner under the interface string `heading`; none hides it."""
        if not problems:
            self.banner.hide()
            return
        self.banner.show_problems(tr(heading), problems, language())
        self.banner.show()

    def _on_problem_chosen(self, problem: Problem) -> None:
        """Open the panel a clicked problem is on (in the briefing shown, by id or position)."""
        index = panel_index_of(problem, self._controller.briefing)
        if index is not None:
            self._controller.state.go_to(index)

    def on_reload_status(self, problems: list[Problem], failure: str) -> None:
        """Show why the newest save is not on screen: a failed check first, else its problems."""
        if failure:
            self.show_banner(failure)
        else:
            self.on_problems(problems)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _on_hovered(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._controller.may_close():  # unsaved edits: the author chose to stay
            event.ignore()
            return
        self._controller.remember_place()
        self._controller.end_show()
        super().closeEvent(event)


def _copy_builtin(controller: AppController) -> None:
    from briefing_app.ui.new_briefing import ask_and_copy  # its file writer: off the first paint

    ask_and_copy(controller)


def fit_size(wanted: QSize) -> QSize:
    """Return `wanted`, shrunk to the primary screen's available area (a 1366x768 laptop
    leaves about 1366x728 under its taskbar) less room for the window frame."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() - QSize(16, 40)
    return wanted.boundedTo(room)
