"""The composition root: build the QApplication, load the briefing, wire the windows."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from briefing_app.content import check_briefing
from briefing_app.paths import default_briefing
from briefing_app.startup import ms_since_process_start
from briefing_app.ui.application import ensure_application


class _FirstPaint(QObject):
    """Calls back once, after the first paint of the watched widget has finished."""

    def __init__(self, callback) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._callback = callback
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._callback)
        return False


def run(args: argparse.Namespace, started: float | None = None) -> int:
    """Run the GUI with parsed command-line `args`; return the exit status."""
    from briefing_app.ui.controller import AppController
    from briefing_app.ui.i18n import set_language
    from briefing_app.ui.session import BriefingSession
    from briefing_app.ui.settings import Settings

    app = ensure_application()
    settings = Settings()
    set_language(args.lang or settings.language())

    result = check_briefing(args.path or default_briefing())
    problems = list(result.problems)
    if problems:
        print("\n".join(str(p) for p in problems), file=sys.stderr)
    if (not result.ok or result.briefing is None) and args.path is not None:
        # Show the built-in briefing with the errors in the banner rather than nothing.
        fallback = check_briefing(default_briefing())
        if fallback.ok:
            result = fallback
    if not result.ok or result.briefing is None:
        if not args.smoke:
            QMessageBox.critical(None, "briefing-app", "\n".join(str(p) for p in problems[:10]))
        return 1

    session = BriefingSession(result.briefing, result.file)
    controller = AppController(session, settings, animated=not args.no_animation, theme=args.theme)
    if problems:
        controller.main.on_problems(problems)

    def after_first_paint() -> None:
        if args.smoke:
            print(f"first panel painted: {ms_since_process_start():.0f} ms")
            app.quit()
            return
        session.watch()
        controller.start_thumbnails()

    painted = _FirstPaint(after_first_paint)
    controller.show()
    widget = controller.main.stage.panel_widget
    (widget or controller.main).installEventFilter(painted)
    if args.smoke:

        def give_up() -> None:
            print("smoke: no paint within 30 s", file=sys.stderr)
            app.exit(2)

        QTimer.singleShot(30_000, give_up)
    status = app.exec()
    controller.remember_place()
    return status
