"""The main window: a navigator of panels grouped by section, the stage, an error banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.content import Problem
from briefing_app.model.briefing import Briefing
from briefing_app.ui.i18n import tr
from briefing_app.ui.overview import thumbnail_icon
from briefing_app.ui.stage import Stage

if TYPE_CHECKING:
    from briefing_app.ui.controller import AppController

NAV_THUMB = QSize(176, 99)


class MainWindow(QMainWindow):
    """Browse and rehearse: click a panel in the navigator or use the keys; F5 starts the show."""

    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self._controller = controller
        self.setWindowTitle(f"{controller.briefing.meta.title} — {tr('app.title')}")
        self.resize(1366, 800)

        self.navigator = QListWidget()
        self.navigator.setIconSize(NAV_THUMB)
        self.navigator.setViewMode(QListWidget.ViewMode.IconMode)
        self.navigator.setFlow(QListWidget.Flow.TopToBottom)
        self.navigator.setWrapping(False)
        self.navigator.setWordWrap(True)
        self.navigator.setMovement(QListWidget.Movement.Static)
        self.navigator.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.navigator.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigator.setMinimumWidth(NAV_THUMB.width() + 40)
        self.navigator.setMaximumWidth(NAV_THUMB.width() + 80)
        self.navigator.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.navigator.setStyleSheet("QListWidget { font-size: 13px; }")
        self.navigator.currentRowChanged.connect(self._on_navigator_row_changed)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet("background:#FDECEA; color:#8B1A1A; padding:8px 12px;"
                                  "border-bottom:2px solid #B71C1C; font-size:14px;")
        self.banner.hide()

        self.stage = Stage(controller.briefing, controller.theme, animated=controller.animated,
                           letterbox="#3A3436")
        self.stage.sig_hovered.connect(self._on_hovered)

        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.stage, 1)

        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([NAV_THUMB.width() + 44, 1100])
        self.setCentralWidget(splitter)
        self.position = QLabel()
        self.statusBar().addPermanentWidget(self.position)
        self._build_menus()
        self._fill_navigator(controller.briefing)


    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        c = self._controller
        bar = self.menuBar()
        file = bar.addMenu(tr("menu.file"))
        self._action(file, tr("menu.open"), c.open_dialog, QKeySequence.StandardKey.Open)
        file.addSeparator()
        self._action(file, tr("menu.export_pptx"), lambda: c.export_dialog("pptx"), "Ctrl+E")
        self._action(file, tr("menu.export_pdf"), lambda: c.export_dialog("pdf"), "Ctrl+Shift+P")
        self._action(file, tr("menu.export_png"), lambda: c.export_dialog("png"), None)
        file.addSeparator()
        self._action(file, tr("menu.quit"), self.close, QKeySequence.StandardKey.Quit)
        show = bar.addMenu(tr("menu.show"))
        self._action(show, tr("menu.show_start") + "\tF5", lambda: c.start_show(False), None)
        self._action(show, tr("menu.show_current") + "\tShift+F5", lambda: c.start_show(True), None)
        self._action(show, tr("menu.overview") + "\tG", lambda: c.open_overview(self), None)
        view = bar.addMenu(tr("menu.view"))
        self.dark_action = self._action(view, tr("menu.theme_dark"), c.toggle_theme, "Ctrl+D")
        self.dark_action.setCheckable(True)
        self.dark_action.setChecked(c.theme.name == "dark")
        self.motion_action = self._action(view, tr("menu.reduced_motion"), c.toggle_motion, None)
        self.motion_action.setCheckable(True)
        self.motion_action.setChecked(not c.animated)
        language = view.addMenu(tr("menu.language"))
        self._action(language, "中文", lambda: c.set_language("zh_CN"), None)
        self._action(language, "English", lambda: c.set_language("en"), None)
        help_menu = bar.addMenu(tr("menu.help"))
        self._action(help_menu, tr("menu.keys"), c.show_keys_help, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, tr("menu.about"), c.show_about, None)

    def _action(self, menu, text, slot, shortcut) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda *_: slot())
        menu.addAction(action)
        return action

    # -- navigator -------------------------------------------------------------------------
    def _fill_navigator(self, briefing: Briefing) -> None:
        self.navigator.blockSignals(True)
        self.navigator.clear()
        self._rows: dict[int, int] = {}  # panel index -> row
        bold = QFont()
        bold.setBold(True)
        index = 0
        for section in briefing.sections:
            header = QListWidgetItem(section.title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(bold)
            header.setSizeHint(QSize(NAV_THUMB.width() + 16, 28))
            self.navigator.addItem(header)
            for panel in section.panels:
                item = QListWidgetItem(f"{index + 1}. {panel.title}")
                item.setData(Qt.ItemDataRole.UserRole, index)
                item.setToolTip(panel.title)
                item.setSizeHint(QSize(NAV_THUMB.width() + 16, NAV_THUMB.height() + 44))
                self.navigator.addItem(item)
                self._rows[index] = self.navigator.count() - 1
                index += 1
        self.navigator.blockSignals(False)

    def set_thumbnail(self, index: int, pixmap: QPixmap) -> None:
        row = self._rows.get(index)
        if row is not None:
            self.navigator.item(row).setIcon(thumbnail_icon(pixmap.scaled(
                NAV_THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation)))

    def _on_navigator_row_changed(self, row: int) -> None:
        item = self.navigator.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self._controller.state.go_to(int(item.data(Qt.ItemDataRole.UserRole)))

    # -- model events ----------------------------------------------------------------------
    def show_current(self, animate: bool) -> None:
        index = self._controller.state.current
        self.stage.show_panel(index, animate=animate)
        row = self._rows.get(index)
        if row is not None and self.navigator.currentRow() != row:
            self.navigator.blockSignals(True)
            self.navigator.setCurrentRow(row)
            self.navigator.blockSignals(False)
        briefing = self._controller.briefing
        self.position.setText(
            f"{tr('status.panel', x=index + 1, n=len(briefing.panels))} · "
            f"{briefing.section_of(index).title}"
        )

    def on_briefing_changed(self, briefing: Briefing) -> None:
        self._fill_navigator(briefing)
        self.stage.set_briefing(briefing, self._controller.theme)
        self.show_current(animate=False)
        self.statusBar().showMessage(tr("reload.done"), 3000)

    def on_problems(self, problems: list[Problem]) -> None:
        if not problems:
            self.banner.hide()
            return
        shown = "\n".join(str(p) for p in problems[:5])
        more = f"\n… (+{len(problems) - 5})" if len(problems) > 5 else ""
        self.banner.setText(f"{tr('error.banner')}\n{shown}{more}")
        self.banner.show()

    def _on_hovered(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._controller.remember_place()
        self._controller.end_show()
        super().closeEvent(event)
