"""Helpers for the window tests: build the app's controller offscreen, wait for conditions.

Imported by the in-process tests (one offscreen screen) and by `two_screens.py`, which runs
in a fresh process whose offscreen platform has a laptop and a projector. Nothing here waits
a fixed time: a loaded machine makes any fixed wait too short some day (keys sent before the
first paint were lost), so tests wait for what they need, or deliver what is already queued.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app.content import check_briefing
from briefing_app.paths import default_briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.controller import AppController
from briefing_app.ui.session import BriefingSession
from briefing_app.ui.settings import Settings


def build_controller(
    briefing: Path | None = None, *, animated: bool = False, settings_file: Path | None = None
) -> AppController:
    """Return a controller of `briefing` (default: the built-in one) with its main window shown.

    Settings come from `settings_file`, else from BRIEFING_APP_SETTINGS (tests set it to a
    temporary INI file so nothing touches the user's settings).
    """
    ensure_application()
    result = check_briefing(briefing or default_briefing())
    assert result.ok and result.briefing is not None, result.problems
    session = BriefingSession(result.briefing, result.file)
    controller = AppController(session, Settings(settings_file), animated=animated)
    controller.main.resize(1366, 768)
    # Keys reach the app only once the router is installed, after the first paint.
    installed: list[bool] = []
    install = controller.router.install

    def install_and_note() -> None:
        install()
        installed.append(True)

    controller.router.install = install_and_note  # type: ignore[method-assign]
    controller.show()
    wait_until(lambda: bool(installed) and is_exposed(controller.main), timeout_ms=20_000)
    return controller


def close_controller(controller: AppController) -> None:
    """End the show, close the main window and stop routing keys, as quitting does."""
    controller.end_show()
    controller._thumb_queue.clear()  # thumbnails render one per event-loop turn; stop them
    controller.session.deleteLater()  # stop watching the folder
    controller.main.close()
    app = QApplication.instance()
    assert app is not None
    app.removeEventFilter(controller.router)
    gone: list[bool] = []
    controller.main.destroyed.connect(lambda *_: gone.append(True))
    controller.main.deleteLater()
    controller.deleteLater()
    wait_until(lambda: bool(gone))
    flush()


def flush() -> None:
    """Deliver the events already posted (deferred deletes included), without waiting for more.

    For work a synchronous action queued (a zero-time timer, a deleteLater), not for anything
    that takes time: wait for that with `wait_until`.
    """
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):  # delivering may post more (a close posts a deferred delete)
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_until(predicate: Callable[[], object], timeout_ms: int = 5000) -> float:
    """Run the event loop until `predicate()` holds; return the ms it took.

    The loop sleeps in the event dispatcher between checks (every 5 ms), so timers, queued
    signals and paints run as they would in the app. AssertionError on timeout.
    """
    start = time.perf_counter()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)

    def check() -> None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if predicate() or (time.perf_counter() - start) * 1000 > timeout_ms:
            loop.quit()

    poll.timeout.connect(check)
    flush()
    if not predicate():
        poll.start()
        loop.exec()
        poll.stop()
    took = (time.perf_counter() - start) * 1000
    if not predicate():
        raise AssertionError(f"not true within {timeout_ms} ms")
    return took


def is_exposed(widget: QWidget) -> bool:
    """Return whether `widget` is visible and its window exposed (on screen)."""
    handle = widget.window().windowHandle()
    return widget.isVisible() and handle is not None and handle.isExposed()


def wait_painted(widget: QWidget, timeout_ms: int = 5000) -> None:
    """Wait until `widget` is shown and has painted at least once from now on."""
    spy = PaintSpy()
    spy.watch(widget)
    widget.update()
    wait_until(lambda: is_exposed(widget) and widget in spy.painted, timeout_ms)
    widget.removeEventFilter(spy)


def copy_builtin(folder: Path) -> Path:
    """Copy the built-in briefing's folder to `folder`; return the copy's briefing.yaml."""
    shutil.copytree(default_briefing(), folder)
    return folder / "briefing.yaml"


class PaintSpy(QObject):
    """Counts the paint events of the widgets it is installed on."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched)
        return False

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)
