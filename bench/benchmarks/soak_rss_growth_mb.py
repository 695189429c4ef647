"""Memory growth over 10,000 panel changes cycling through every chart panel, in MB.

A meeting can run for hours with the app open; an animated chart that leaks on each visit
would grow without bound. The stage of a 1920x1080 window shows each chart panel in turn
with its build-in animation running, driven from inside the event loop as a presenter's
clicks would be, in a fresh process. The growth is the resident set size after
the 10,000 changes minus that after a warm-up pass, which already built every panel widget
(the stage keeps them, by design), so only a leak shows.
"""

from __future__ import annotations

import subprocess
import sys

from benchmarks._util import python_env

NAME = "soak_rss_growth_mb"
UNIT = "MB"
GOAL = "at most 5"
CHANGES = 10_000

_CHILD = r"""
import os, sys, time
from PySide6.QtWidgets import QApplication
from briefing_app.content import load_briefing
from briefing_app.model.panels import panel_charts
from briefing_app.paths import default_briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.stage import Stage
from briefing_app.ui.theme import LIGHT

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

app = ensure_application()
briefing = load_briefing(default_briefing())
charts = [i for i, p in enumerate(briefing.panels) if panel_charts(p)]
stage = Stage(briefing, LIGHT, animated=True)
stage.resize(1920, 1080)
stage.show()

def visit(n):
    # Change panels n times from inside the event loop, as a presenter's clicks arrive:
    # deferred deletes and finished animations are cleaned up by the loop as in the app.
    # (A local event loop: QApplication.quit() would close the stage's window.)
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    count = [0]
    timer = QTimer()
    timer.setInterval(0)
    def step():
        if count[0] >= n:
            timer.stop()
            loop.quit()
            return
        stage.show_panel(charts[count[0] % len(charts)], animate=True)
        count[0] += 1
    timer.timeout.connect(step)
    timer.start()
    loop.exec()

visit(len(charts) * 20)
import gc; gc.collect()
before = rss_mb()
visit(int(sys.argv[1]))
gc.collect()
print(rss_mb() - before)
"""


def run() -> float:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(CHANGES)],
        check=True,
        capture_output=True,
        text=True,
        env=python_env(),
    )
    return float(out.stdout.strip().splitlines()[-1])
