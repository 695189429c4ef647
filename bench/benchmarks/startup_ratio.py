"""Start-up of `python -m briefing_app --smoke` over a bare PySide6 window, both to first paint.

Each side runs in a fresh process that prints the milliseconds since the OS started it
(`briefing_app.startup.ms_since_process_start`) once its first paint is done; the medians of
REPEAT runs, taken in the same run of the benchmark, are divided. The floor is the least any
Qt window costs on this machine (interpreter, Qt libraries, platform plugin, one paint), so
the ratio says what the app adds: importing its modules, loading and checking the briefing,
building the main window and the first panel. The app's first run here fills its start-up
cache of checked briefings (briefing_app.content.cache), as a user's first start does; the
median is of later starts, served from it while the files are byte for byte unchanged.
Goal: at most 2. When it is above, look with
`python -X importtime -m briefing_app --smoke`: pyqtgraph, numpy and python-pptx must not be
imported before the first paint (tests/ui/test_startup_imports.py lists what must not), and
with cProfile for work on the way to it: start-up work that can wait goes to the
controller's `startup` queue (ui/first_paint.py), which runs after the first panel's paint.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks._util import ROOT, python_env

NAME = "startup_ratio"
UNIT = "x bare PySide6 window"
GOAL = "at most 2"
REPEAT = 5

BARE_WINDOW = """
import sys
from briefing_app.startup import ms_since_process_start
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    print(f"first panel painted: {ms_since_process_start():.0f} ms")
    app.quit()

app = QApplication(sys.argv[:1])
label = QLabel("郑州经开区经济工作会议")
label.resize(1366, 768)
painted = FirstPaint()
label.installEventFilter(painted)
label.show()
app.exec()
"""

_MS = re.compile(r"first panel painted: (\d+(?:\.\d+)?) ms")


def first_paint_ms(args: list[str], settings: Path) -> float:
    """Return the first-paint milliseconds that a fresh `python args...` prints."""
    result = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=python_env(BRIEFING_APP_SETTINGS=str(settings)),
        timeout=120,
        check=True,
    )
    match = _MS.search(result.stdout)
    if match is None:
        raise RuntimeError(f"no first-paint time in {result.stdout!r} {result.stderr!r}")
    return float(match.group(1))


def medians(repeat: int = REPEAT) -> tuple[float, float]:
    """Return the median ms to first paint of the app and of the bare window, interleaved."""
    app, bare = [], []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Path(tmp) / "settings.ini"
        for _ in range(repeat):  # interleaved, so a noisy moment hits both sides
            app.append(first_paint_ms(["-m", "briefing_app", "--smoke"], settings))
            bare.append(first_paint_ms(["-c", BARE_WINDOW], settings))
    return statistics.median(app), statistics.median(bare)


def run() -> float:
    app, bare = medians()
    print(f"  app --smoke {app:.0f} ms, bare PySide6 window {bare:.0f} ms (medians of {REPEAT})")
    return app / bare
