"""The notes pane of the main window: the current panel's speaker notes, for rehearsing at
the desk (the main window is never the audience's screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from briefing_app.ui.i18n import tr


class NotesPane(QDockWidget):
    """A dock under the stage showing one panel's notes; the View menu toggles it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("console.notes"), parent)
        self.setObjectName("notes_pane")
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.text = QTextBrowser()
        self.text.setObjectName("notes")
        self.text.setMinimumHeight(60)
        self.setWidget(self.text)

    def show_notes(self, notes: str) -> None:
        """Show `notes` (plain text); an empty note says so rather than leaving a blank."""
        self.text.setPlainText(notes.strip() or tr("notes.empty"))
