"""Run something once a widget has painted for the first time (start-up work that can wait)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # once this paint has finished
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` on the event-loop turn after `widget`'s first paint."""
    widget.installEventFilter(_FirstPaint(widget, callback))
