"""Milliseconds from an edit of a figure to its panel repainted, built-in briefing.

In a fresh offscreen process an `EditSession` is opened on a copy of the built-in briefing and
the panel showing 地区生产总值's target is on a 1920x1080 stage; the target is then set to 9 and
back to 8 in turn: `EditSession.apply` (the pure edit, the round-trip tree, the text, the full
check of that text and the proof that it reads back as intended), then the stage rebuilds that
panel's widget only (`Stage.refresh_panels`, as edit mode does) and it is painted in its final
state. The median is reported; beside it, in the same run, the floors: a plain repaint of the
same panel (the same rebuild and paint, no edit) and a plain `check_briefing` of the file.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from benchmarks._util import ROOT, python_env

NAME = "edit_roundtrip_ms"
UNIT = "ms"
GOAL = "at most 100"

ROUNDS = 15

SCRIPT = r"""
import json, shutil, sys, tempfile, time
from pathlib import Path
from briefing_app.content import check_briefing
from briefing_app.content.edit_session import EditSession
from briefing_app.model.edits import SetIndicatorField
from briefing_app.paths import default_briefing

from briefing_app.model.edits import panels_showing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.stage import Stage
from briefing_app.ui.theme import LIGHT

rounds = int(sys.argv[1])
app = ensure_application()


def repaint(stage, briefing, index):
    # rebuild the panel widget as edit mode does and paint it in its final state
    stage.refresh_panels(briefing, [index])
    stage.finish()
    stage.panel_widget.repaint()


with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp) / "b"
    shutil.copytree(default_briefing(), folder)
    start = time.perf_counter()
    session = EditSession(folder)
    opened = (time.perf_counter() - start) * 1000
    briefing = session.briefing
    index = briefing.index_of(sorted(panels_showing(briefing, {"gdp_growth_2023"}))[0])
    stage = Stage(briefing, LIGHT, animated=False)
    stage.resize(1920, 1080)
    stage.show()
    stage.show_panel(index, animate=False)
    app.processEvents()
    edits, undos, checks, repaints, plain = [], [], [], [], []
    for i in range(rounds + 2):  # the first two warm the caches
        start = time.perf_counter()
        session.apply(SetIndicatorField("gdp_growth_2023", "target", 9 if i % 2 == 0 else 8))
        edits.append((time.perf_counter() - start) * 1000)
        repaint(stage, session.last_good, index)
        repaints.append((time.perf_counter() - start) * 1000)
        app.processEvents()
        start = time.perf_counter()
        repaint(stage, session.last_good, index)
        plain.append((time.perf_counter() - start) * 1000)
        app.processEvents()
        start = time.perf_counter()
        check_briefing(folder)
        checks.append((time.perf_counter() - start) * 1000)
    for _ in range(rounds):
        start = time.perf_counter()
        session.undo()
        undos.append((time.perf_counter() - start) * 1000)
    print(json.dumps({
        "open": opened, "edit": edits[2:], "check": checks[2:], "undo": undos,
        "edit_repaint": repaints[2:], "repaint": plain[2:],
    }))
"""


def measure() -> dict[str, object]:
    """Return the timings (ms) of opening, each edit, each plain check and each undo."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROUNDS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=python_env(),
        timeout=600,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run() -> float:
    times = measure()
    total = statistics.median(times["edit_repaint"])  # type: ignore[arg-type]
    repaint = statistics.median(times["repaint"])  # type: ignore[arg-type]
    edit = statistics.median(times["edit"])  # type: ignore[arg-type]
    check = statistics.median(times["check"])  # type: ignore[arg-type]
    undo = statistics.median(times["undo"])  # type: ignore[arg-type]
    print(
        f"  edit + check + read-back: median {edit:.1f} ms; floor, a plain check of the same"
        f" file: {check:.1f} ms (ratio {edit / check:.2f}); undo {undo:.2f} ms;"
        f" opening the session {times['open']:.0f} ms"
    )
    print(
        f"  edit -> check -> repaint of the panel: median {total:.1f} ms; floor, a plain"
        f" repaint of the same panel: {repaint:.1f} ms"
    )
    return total
