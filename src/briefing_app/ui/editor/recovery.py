"""Crash recovery while editing: a recovery copy every few seconds while there are unsaved
edits, written off the GUI thread; on start, an unsaved copy is offered back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from briefing_app.content import recovery
from briefing_app.ui.workers import run_in_background

if TYPE_CHECKING:
    from briefing_app.content.edit_session import EditSession

AUTOSAVE_MS = 3000  # a crash loses at most the last few seconds


class Autosave(QObject):
    """Writes the session's text as its recovery copy when it changed since the last copy.

    The text is taken on the GUI thread (an edit may be replacing it on the session's thread)
    and written by a worker. Emits `sig_written(Path)` after each copy.
    """

    sig_written = Signal(object)

    def __init__(self, parent: QObject | None = None, interval_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.folder: Path | None = None  # None: the app's cache folder
        self._session: EditSession | None = None
        self._written = ""
        self._writing = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.write_now)

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def watch(self, session: EditSession | None) -> None:
        """Autosave `session` from now on (None: stop)."""
        self._session = session
        self._written = session.document_text() if session is not None else ""
        if session is None:
            self._timer.stop()
        else:
            self._timer.start()

    def write_now(self) -> None:
        """Write a recovery copy now if there are unsaved edits not in the last copy."""
        session = self._session
        if session is None or self._writing or not session.dirty:
            return
        text = session.document_text()
        if text == self._written:
            return
        file, folder = session.file, self.folder
        self._writing = True

        def write(_progress: object) -> Path:
            return recovery.write_recovery(file, text, folder)

        def done(path: Path) -> None:
            if not shiboken6.isValid(self):  # the window closed while the copy was written
                return
            self._writing = False
            self._written = text
            self.sig_written.emit(path)

        def failed(_message: str) -> None:
            self._writing = False  # tried again on the next tick

        run_in_background(write, done, failed)


def find_copy(file: Path, folder: Path | None = None) -> Path | None:
    """Return the unsaved recovery copy of briefing `file`, if a crashed edit left one."""
    return recovery.find_recovery(file, folder)


def discard_copy(file: Path, folder: Path | None = None) -> None:
    """Remove the recovery copy of `file` (only a file proven to be one of ours)."""
    recovery.discard_recovery(file, folder)
