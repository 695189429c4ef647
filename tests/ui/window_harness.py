"""Helpers for the window tests: build the app's controller offscreen, spin the event loop.

Imported by the in-process tests (one offscreen screen) and by `two_screens.py`, which runs
in a fresh process whose offscreen platform has a laptop and a projector.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
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
    controller.show()
    spin(30)
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
    controller.main.deleteLater()
    controller.deleteLater()
    spin(10)


def spin(ms: int = 20) -> None:
    """Process events for about `ms` milliseconds (deferred deletes included)."""
    app = QApplication.instance()
    assert app is not None
    end = time.perf_counter() + ms / 1000
    while True:
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if time.perf_counter() >= end:
            break
        time.sleep(0.002)


def wait_until(predicate, timeout_ms: int = 2000) -> float:  # type: ignore[no-untyped-def]
    """Spin until `predicate()` holds; return the ms it took. AssertionError on timeout."""
    start = time.perf_counter()
    while not predicate():
        if (time.perf_counter() - start) * 1000 > timeout_ms:
            raise AssertionError(f"not true within {timeout_ms} ms")
        spin(5)
    return (time.perf_counter() - start) * 1000


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
