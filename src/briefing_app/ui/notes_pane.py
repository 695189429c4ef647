"""The notes pane of the main window: the current panel's speaker notes, for rehearsing at
the desk (the main window is never the audience's screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from briefing_app.ui.i18n import tr

MIN_HEIGHT = 60


class NotesPane(QDockWidget):
    """A dock under the stage showing one panel's notes; the View menu toggles it.

    The dock can take its room before the first paint while its text view, which costs about
    as much as a panel the first time one is made, is built afterwards (`build_text`) or
    when first read.
    """

    sig_closed = Signal()  # closed by its × (not by hiding the window)

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
        self._text: QTextBrowser | None = None
        self._notes = ""
        room = QWidget()  # holds the pane's place until the text view is built
        room.setMinimumHeight(MIN_HEIGHT)
        self.setWidget(room)

    @property
    def text(self) -> QTextBrowser:
        """Return the text view, building it on first use."""
        if self._text is None:
            self.build_text()
        assert self._text is not None
        return self._text

    def build_text(self) -> None:
        """Build the text view in the room the pane already has (the dock keeps its size)."""
        if self._text is not None:
            return
        text = QTextBrowser()
        text.setObjectName("notes")
        text.setMinimumHeight(MIN_HEIGHT)
        text.setPlainText(self._notes)
        placeholder = self.widget()
        self.setWidget(text)
        self._text = text
        if placeholder is not None:
            placeholder.deleteLater()

    def show_notes(self, notes: str) -> None:
        """Show `notes` (plain text); an empty note says so rather than leaving a blank."""
        self._notes = notes.strip() or tr("notes.empty")
        if self._text is not None:
            self._text.setPlainText(self._notes)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.sig_closed.emit()
