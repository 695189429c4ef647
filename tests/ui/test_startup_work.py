"""Start-up work waits for the first panel's paint, then runs one job per event-loop turn."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from tests.ui.window_harness import wait_until

from briefing_app.ui.application import ensure_application
from briefing_app.ui.first_paint import StartupWork, after_first_paint


def test_jobs_wait_for_the_paint_and_the_report_then_take_a_turn_each() -> None:
    ensure_application()
    panel = QLabel("panel")
    events: list[str] = []
    work = StartupWork()
    work.add(lambda: events.append("keys"))
    work.add(lambda: events.append("notes"))
    work.start_after_paint(panel)
    after_first_paint(panel, lambda: events.append("painted"))  # as --smoke's report
    QApplication.processEvents()
    assert events == [] and work.pending == 2  # nothing before the panel is painted
    panel.show()
    wait_until(lambda: work.pending == 0)
    assert events == ["painted", "keys", "notes"]
    work.add(lambda: events.append("late"))  # queued once started: runs on a later turn
    assert events[-1] == "notes"
    wait_until(lambda: events[-1] == "late")
    panel.deleteLater()


def test_one_job_per_turn() -> None:
    """Events posted by a job (input, repaints) are served before the next job runs."""
    ensure_application()
    panel = QLabel("panel")
    ran: list[str] = []
    work = StartupWork()

    def first() -> None:
        ran.append("first")
        QTimer.singleShot(0, lambda: ran.append("posted by the first"))

    work.add(first)
    work.add(lambda: ran.append("second"))
    work.start_after_paint(panel)
    panel.show()
    wait_until(lambda: work.pending == 0 and len(ran) == 3)
    assert ran == ["first", "posted by the first", "second"]
    panel.deleteLater()
