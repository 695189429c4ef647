"""Guard against the PySide6 6.12.0 bug that loses a reference to None on void calls.

With that bug an animated chart kills the process ("Fatal Python error: none_dealloc")
within minutes. A dependency bump that brings it back fails here first.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


def test_void_methods_keep_the_refcount_of_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.update()
        widget.resize(100, 100)
        timer.start(1000)
    timer.stop()
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; on 3.11 the count must not fall.
    assert after >= before - 100, f"refcount of None fell by {before - after}"
