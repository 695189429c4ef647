"""The composition root: build the QApplication, load the briefing, wire the windows."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from briefing_app.content.cache import check_briefing_cached
from briefing_app.paths import default_briefing
from briefing_app.startup import ms_since_process_start
from briefing_app.ui.application import ensure_application
from briefing_app.ui.first_paint import after_first_paint


def run(args: argparse.Namespace, started: float | None = None) -> int:
    """Run the GUI with parsed command-line `args`; return the exit status."""
    from briefing_app.ui.controller import AppController
    from briefing_app.ui.i18n import set_language
    from briefing_app.ui.session import BriefingSession
    from briefing_app.ui.settings import Settings

    app = ensure_application()
    settings = Settings()
    set_language(args.lang or settings.language())

    # Cached only when the files are byte for byte a briefing that passed every check.
    result = check_briefing_cached(args.path or default_briefing())
    problems = list(result.problems)
    if problems:
        print("\n".join(str(p) for p in problems), file=sys.stderr)
    if (not result.ok or result.briefing is None) and args.path is not None:
        # Show the built-in briefing with the errors in the banner rather than nothing.
        fallback = check_briefing_cached(default_briefing())
        if fallback.ok:
            result = fallback
    if not result.ok or result.briefing is None:
        if not args.smoke:
            QMessageBox.critical(None, "briefing-app", "\n".join(str(p) for p in problems[:10]))
        return 1

    session = BriefingSession(result.briefing, result.file)
    controller = AppController(session, settings, animated=not args.no_animation, theme=args.theme)
    if problems:
        # The briefing asked for could not be shown: the built-in one is, and the banner says so.
        controller.main.on_problems(problems, heading="error.fallback")

    def report_first_paint() -> None:
        print(f"first panel painted: {ms_since_process_start():.0f} ms")
        app.quit()

    controller.show()  # queues the start-up work that waits for the first paint
    if args.smoke:  # the report goes before that work (ui/first_paint.py StartupWork)
        after_first_paint(controller.main.stage.panel_widget or controller.main, report_first_paint)

        def give_up() -> None:
            print("smoke: no paint within 30 s", file=sys.stderr)
            app.exit(2)

        QTimer.singleShot(30_000, give_up)
    else:
        controller.startup.add(session.watch)
        controller.startup.add(controller.start_thumbnails)
    status = app.exec()
    controller.remember_place()
    return status
