"""Milliseconds from a key press to the next panel painted, main window stage at 1920x1080.

In a fresh offscreen process the main window is sized so that its stage is 1920x1080; for
each panel of the built-in briefing, Right is pressed (QTest.keyClick on the main window) and
the clock stops when the new panel widget has received its first paint event. Each panel is
visited for the first time, as in a talk, after the thumbnails have been rendered as the app
does right after start; between presses the presenter pauses PAUSE_S, long enough for the
panel's intro to play (count-ups take 800 ms) and far less than anyone speaks to a panel. In
that pause the stage builds the neighbouring panels once the transition has settled, and
pictures the panel once it stands still for the next cross-fade (ui/stage_picture.py). The
median is reported; the 90th percentile is printed, and the median of a second pass over the
built panels by a hurried presenter who presses on after HURRIED_S, mid-intro (the
cross-fade then renders the panel it leaves on the key press).
With transitions on (the default), the cross-fade starts at once and runs on afterwards; the
new panel is painted in the first frame, which is what is timed. A 60 Hz frame is ~16 ms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks._util import ROOT, python_env

NAME = "panel_switch_ms"
UNIT = "ms"
GOAL = "at most 16"

PAUSE_S = 1.2
HURRIED_S = 0.4

SCRIPT = r"""
import json, sys, time
PAUSE_S, HURRIED_S = float(sys.argv[1]), float(sys.argv[2])
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from briefing_app.content import check_briefing
from briefing_app.paths import default_briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.controller import AppController
from briefing_app.ui.session import BriefingSession
from briefing_app.ui.settings import Settings

class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.seen = set()
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.seen.add(id(watched))
        return False

app = ensure_application()
result = check_briefing(default_briefing())
c = AppController(BriefingSession(result.briefing, result.file), Settings())
c.show()
stage = c.main.stage
for _ in range(3):  # size the window so that the stage is exactly 1920x1080
    extra = c.main.size() - stage.size()
    c.main.resize(QSize(1920 + extra.width(), 1080 + extra.height()))
    app.processEvents()
assert (stage.width(), stage.height()) == (1920, 1080), stage.size()
c.start_thumbnails()  # as the app does after its first paint (this also loads pyqtgraph)
deadline = time.perf_counter() + 120
while len(c.thumbnails) < len(result.briefing.panels) and time.perf_counter() < deadline:
    app.processEvents()
spy = Painted()
app.installEventFilter(spy)
for _ in range(20):
    app.processEvents()

def switch(key, pause):
    spy.seen.clear()
    start = time.perf_counter()
    QTest.keyClick(c.main, key)
    widget = stage.panel_widget
    while id(widget) not in spy.seen:
        app.processEvents()
        if time.perf_counter() - start > 5:
            raise SystemExit("no paint in 5 s")
    elapsed = (time.perf_counter() - start) * 1000
    # the presenter speaks to the panel: the fade ends and the stage builds the neighbours
    end = time.perf_counter() + pause
    while time.perf_counter() < end:
        app.processEvents()
    stage.finish()
    return elapsed

count = len(result.briefing.panels)
first = [switch(Qt.Key.Key_Right, PAUSE_S) for _ in range(count - 1)]
c.state.first()
app.processEvents()
again = [switch(Qt.Key.Key_Right, HURRIED_S) for _ in range(count - 1)]
print(json.dumps({"first": first, "again": again}))
"""


def measure() -> dict[str, list[float]]:
    """Return the switch times (ms) of the first visits and of a second pass."""
    with tempfile.TemporaryDirectory() as tmp:
        env = python_env(BRIEFING_APP_SETTINGS=str(Path(tmp) / "settings.ini"))
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(PAUSE_S), str(HURRIED_S)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=600,
            check=True,
        )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run() -> float:
    times = measure()
    first, again = times["first"], times["again"]
    p90 = statistics.quantiles(first, n=10)[-1]
    worst = max(first)
    print(
        f"  first visits: median {statistics.median(first):.1f} ms, p90 {p90:.1f}, "
        f"max {worst:.1f}; built panels again, pressing on after {HURRIED_S} s: "
        f"median {statistics.median(again):.1f} ms"
    )
    return statistics.median(first)
