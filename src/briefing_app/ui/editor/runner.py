"""One line of work on the edit session: jobs run one at a time, the slow ones off the GUI thread.

An edit re-checks the whole briefing (the panels it left alone come from the check's memo;
still tens of milliseconds, and more on an office PC), so it runs on a thread of its own;
undo and redo only swap snapshots and run on the GUI thread. Both go through one queue, so
the session is never touched by two threads at once and edits keep their order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from briefing_app.ui.workers import run_on_own_thread


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_failed: Callable[[str], None]
    threaded: bool


class SessionRunner(QObject):
    """Runs session work in order. Emits `sig_busy(bool)` when it starts and stops working."""

    sig_busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[_Job] = deque()
        self._busy = False

    @property
    def idle(self) -> bool:
        return not self._busy and not self._queue

    def run_threaded(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """Queue `fn` to run on a thread of its own; the callbacks run on the GUI thread."""
        self._queue.append(_Job(fn, on_done, on_failed, True))
        self._next()

    def run_here(self, fn: Callable[[], Any]) -> None:
        """Run `fn` on the GUI thread now, or once the work queued before it is done."""
        self._queue.append(_Job(fn, lambda _r: None, lambda _m: None, False))
        self._next()

    def _next(self) -> None:
        while not self._busy and self._queue:
            job = self._queue.popleft()
            if not job.threaded:
                job.fn()
                continue
            self._busy = True
            self.sig_busy.emit(True)
            run_on_own_thread(
                job.fn,
                lambda result, job=job: self._finish(job.on_done, result),  # type: ignore[misc]
                lambda message, job=job: self._finish(job.on_failed, message),  # type: ignore[misc]
                name="briefing-edit",
            )

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self._busy = False
        try:
            callback(value)
        finally:
            self._next()
            if not self._busy:
                self.sig_busy.emit(False)
