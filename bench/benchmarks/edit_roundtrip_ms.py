"""Milliseconds from an edit of a figure to its checked snapshot, built-in briefing, no UI.

In a fresh process an `EditSession` is opened on a copy of the built-in briefing; the target
of 地区生产总值 is then set to 9 and back to 8 in turn (`EditSession.apply`: the pure edit,
the round-trip tree, the text, the full check of that text and the proof that it reads back
as intended). The median is reported; beside it, in the same run, the floor: the median of a
plain `check_briefing` of the same file, which every edit must pay. The repaint of the panel
is the editing UI's part and is not included here.
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

rounds = int(sys.argv[1])
with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp) / "b"
    shutil.copytree(default_briefing(), folder)
    start = time.perf_counter()
    session = EditSession(folder)
    opened = (time.perf_counter() - start) * 1000
    edits, undos, checks = [], [], []
    for i in range(rounds + 2):  # the first two warm the caches
        start = time.perf_counter()
        session.apply(SetIndicatorField("gdp_growth_2023", "target", 9 if i % 2 == 0 else 8))
        edits.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        check_briefing(folder)
        checks.append((time.perf_counter() - start) * 1000)
    for _ in range(rounds):
        start = time.perf_counter()
        session.undo()
        undos.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"open": opened, "edit": edits[2:], "check": checks[2:], "undo": undos}))
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
    edit = statistics.median(times["edit"])  # type: ignore[arg-type]
    check = statistics.median(times["check"])  # type: ignore[arg-type]
    undo = statistics.median(times["undo"])  # type: ignore[arg-type]
    print(
        f"  edit + check + read-back: median {edit:.1f} ms; floor, a plain check of the same"
        f" file: {check:.1f} ms (ratio {edit / check:.2f}); undo {undo:.2f} ms;"
        f" opening the session {times['open']:.0f} ms"
    )
    return edit
