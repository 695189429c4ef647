"""The main window's editing commands: the toolbar (编辑 Ctrl+E, 保存, 撤销, 重做, 添加页面),
文件 → 保存 Ctrl+S and 文件 → 新建 → 从报告生成…; each calls the edit mode, built on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from briefing_app.ui.i18n import tr

if TYPE_CHECKING:
    from briefing_app.ui.controller import AppController


class EditActions:
    """The actions; `set_state` enables them as edit mode and the session allow."""

    def __init__(self, window: QMainWindow, controller: AppController, file_menu: QMenu) -> None:
        c = controller

        def action(text: str, slot: Callable[[], object], shortcut: str | None) -> QAction:
            made = QAction(text, window)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(lambda *_: slot())
            return made

        self.toggle = action(
            tr("editor.toggle"), lambda: c.set_editing(self.toggle.isChecked()), "Ctrl+E"
        )
        self.toggle.setCheckable(True)
        self.save = action(tr("menu.save"), lambda: c.editor().save(), "Ctrl+S")
        self.undo = action(tr("menu.undo"), lambda: c.editor().undo(), "Ctrl+Z")
        self.redo = action(tr("menu.redo"), lambda: c.editor().redo(), "Ctrl+Y")
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.add_panel = action(tr("menu.add_panel"), lambda: c.editor().open_gallery(), None)
        self.draft = action(tr("menu.draft"), c.draft_dialog, None)
        new = QMenu(tr("menu.new"), window)
        new.addAction(self.draft)
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertMenu(first, new)  # type: ignore[arg-type]
        file_menu.insertAction(first, self.save)  # type: ignore[arg-type]
        edit = window.menuBar().addMenu(tr("menu.edit"))
        for made in (self.toggle, self.undo, self.redo, self.add_panel):
            edit.addAction(made)
        self.toolbar = QToolBar(tr("editor.title"), window)
        self.toolbar.setObjectName("edit-toolbar")
        self.toolbar.setMovable(False)
        for made in (self.toggle, self.save, self.undo, self.redo, self.add_panel):
            self.toolbar.addAction(made)
        window.addToolBar(self.toolbar)
        self.set_state(False, False, False, False, False)

    def set_state(self, active: bool, ready: bool, dirty: bool, undo: bool, redo: bool) -> None:
        self.toggle.setChecked(active)
        self.save.setEnabled(ready and dirty)
        self.undo.setEnabled(ready and undo)
        self.redo.setEnabled(ready and redo)
        self.add_panel.setEnabled(ready)
