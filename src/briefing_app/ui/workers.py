"""Run long work off the GUI thread and report back on it; nothing in a job touches a widget."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(lambda done, total: self.signals.progress.emit(done, total))
        except Exception as exc:  # reported to the GUI as a message, never a crash
            log.exception("background job failed")  # the traceback is for the log, not the user
            self.signals.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.signals.done.emit(result)


_running: set[_Job] = set()


def run_in_background(
    fn: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run `fn(report_progress)` on the thread pool; the callbacks run on the GUI thread."""
    job = _Job(fn)
    _running.add(job)
    job.setAutoDelete(False)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(job)
        callback(value)

    job.signals.done.connect(lambda value: finish(on_done, value))
    job.signals.failed.connect(lambda message: finish(on_failed, message))
    if on_progress:
        job.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(job)


_alive: set[_Signals] = set()


def run_on_own_thread(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    *,
    name: str,
) -> None:
    """Run `fn()` on a daemon thread of its own; the callbacks run on the GUI thread.

    For work that may run long on bad input (checking a saved briefing): unlike the pool, a
    thread that is still busy neither holds a pool slot that exports need nor keeps the app
    from quitting. The failure message names the exception's type, since it is a bug report.
    Callbacks that are bound methods of a QObject are dropped once that object is deleted.
    """
    signals = _Signals()
    _alive.add(signals)  # until its result has been delivered on the GUI thread
    queued = Qt.ConnectionType.QueuedConnection
    signals.done.connect(on_done, queued)
    signals.failed.connect(on_failed, queued)
    for signal in (signals.done, signals.failed):  # queued calls run in connection order
        signal.connect(lambda _value: _alive.discard(signals), queued)

    def run() -> None:
        try:
            result = fn()
        except Exception as exc:  # reported to the GUI as a message, never a crash
            log.exception("background job %s failed", name)
            signals.failed.emit(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
        else:
            signals.done.emit(result)

    threading.Thread(target=run, name=name, daemon=True).start()
