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


class StartupWork:
    """Start-up work that waits until the first panel is on screen, then runs one job per
    event-loop turn, in the order queued.

    A window paints before its children, so work hooked on the main window's first paint
    would run before the panel's own first paint had finished (and before `--smoke` could
    say that it had). The queue starts on the turn after `start`'s widget painted, lets one
    more turn pass (whatever that paint queued, such as the first-paint report, goes first),
    and then gives each job a turn of its own, so that keys and repaints are served between
    them.
    """

    def __init__(self) -> None:
        self._jobs: list[Callable[[], None]] = []
        self._started = False
        self._scheduled = False

    def add(self, job: Callable[[], None]) -> None:
        """Queue `job`; once the queue has started it runs on a later turn."""
        self._jobs.append(job)
        if self._started:
            self._schedule()

    def start_after_paint(self, widget: QWidget) -> None:
        """Start the queue once `widget` (the first panel) has painted."""
        after_first_paint(widget, self._start)

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def _start(self) -> None:
        if not self._started:
            self._started = True
            self._schedule()  # one turn for whatever the first paint queued

    def _schedule(self) -> None:
        if not self._scheduled and self._jobs:
            self._scheduled = True
            QTimer.singleShot(0, self._run_next)

    def _run_next(self) -> None:
        self._scheduled = False
        if self._jobs:
            job = self._jobs.pop(0)
            try:
                job()
            finally:
                self._schedule()
