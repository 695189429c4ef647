"""Milliseconds from an edit of a figure to its panel repainted, built-in briefing.

In a fresh offscreen process an `EditSession` is opened on a copy of the built-in briefing;
地区生产总值's target is shown on two panels, a key-figures panel (its card) and a chart
panel (its bar). For each in turn, that panel is on a 1920x1080 stage and the target is set
to 9 and back to 8: `EditSession.apply` (the pure edit, the round-trip tree, the text, the
check of that text and the proof that it reads back as intended), then the stage shows the
edit as edit mode does (`Stage.refresh_panels`: the card's panel widget is built again, the
chart panel takes the new values on its chart in place) and it is painted in its final
state. The goal (at most 100 ms) holds for both; the larger median is the result. Beside
each median, in the same run, the floors: a plain repaint of the same panel (no edit), a
rebuild of its widget (what the chart's in-place update saves), a plain `check_briefing` of
the file (its panels' provenance found in the memo of earlier checks, as in a session) and a
check from an empty memo.
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
from briefing_app.content import check_briefing, provenance
from briefing_app.content.edit_session import EditSession
from briefing_app.model.edits import SetIndicatorField
from briefing_app.paths import default_briefing

from briefing_app.model.edits import panels_showing
from briefing_app.model.panels import PanelKind
from briefing_app.ui.application import ensure_application
from briefing_app.ui.stage import Stage
from briefing_app.ui.theme import LIGHT

rounds = int(sys.argv[1])
app = ensure_application()


def ms(start):
    return (time.perf_counter() - start) * 1000


def show_edit(stage, briefing, index):
    # show the edited panel as edit mode does and paint it in its final state
    stage.refresh_panels(briefing, [index])
    stage.finish()
    stage.panel_widget.repaint()


def rebuild(stage, briefing):
    # the panel's widget built anew (every widget dropped, the current one built) and painted
    stage.set_briefing(briefing)
    stage.finish()
    stage.panel_widget.repaint()


def case(session, folder, index):
    stage = Stage(session.briefing, LIGHT, animated=False)
    stage.resize(1920, 1080)
    stage.show()
    stage.show_panel(index, animate=False)
    app.processEvents()
    edits, checks, repaints, plain, rebuilds = [], [], [], [], []
    for i in range(rounds + 2):  # the first two warm the caches
        start = time.perf_counter()
        session.apply(SetIndicatorField("gdp_growth_2023", "target", 9 if i % 2 == 0 else 8))
        edits.append(ms(start))
        show_edit(stage, session.last_good, index)
        repaints.append(ms(start))
        app.processEvents()
        start = time.perf_counter()
        stage.panel_widget.repaint()
        plain.append(ms(start))
        app.processEvents()
        start = time.perf_counter()
        rebuild(stage, session.last_good)
        rebuilds.append(ms(start))
        app.processEvents()
        start = time.perf_counter()
        check_briefing(folder)
        checks.append(ms(start))
    stage.close()
    stage.deleteLater()
    app.processEvents()
    return {"edit": edits[2:], "check": checks[2:], "edit_repaint": repaints[2:],
            "repaint": plain[2:], "rebuild": rebuilds[2:]}


with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp) / "b"
    shutil.copytree(default_briefing(), folder)
    start = time.perf_counter()
    session = EditSession(folder)
    opened = ms(start)
    briefing = session.briefing
    shown = [briefing.index_of(p) for p in sorted(panels_showing(briefing, {"gdp_growth_2023"}))]
    kinds = {briefing.panels[i].kind: i for i in shown}
    result = {"open": opened}
    result["figure"] = case(session, folder, kinds[PanelKind.KEY_FIGURES])
    result["chart"] = case(session, folder, kinds[PanelKind.CHART])
    cold, undos = [], []
    for _ in range(rounds):
        provenance.PANEL_MEMO.clear()
        start = time.perf_counter()
        check_briefing(folder)
        cold.append(ms(start))
    for _ in range(rounds):
        start = time.perf_counter()
        session.undo()
        undos.append(ms(start))
    result["cold_check"], result["undo"] = cold, undos
    print(json.dumps(result))
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
    med = statistics.median
    figure, chart = times["figure"], times["chart"]
    assert isinstance(figure, dict) and isinstance(chart, dict)
    cold = med(times["cold_check"])  # type: ignore[arg-type]
    print(
        f"  opening the session {times['open']:.0f} ms; undo {med(times['undo']):.2f} ms;"  # type: ignore[arg-type]
        f" a check from an empty memo: {cold:.1f} ms"
    )
    for name, t in (("figure card", figure), ("chart bar", chart)):
        edit, check = med(t["edit"]), med(t["check"])
        print(
            f"  {name}: edit + check + read-back: median {edit:.1f} ms; floor, a plain check"
            f" of the same file: {check:.1f} ms (ratio {edit / check:.2f})"
        )
        print(
            f"  {name}: edit -> check -> repaint of the panel: median {med(t['edit_repaint']):.1f}"
            f" ms; floors, a plain repaint of the same panel: {med(t['repaint']):.1f} ms,"
            f" its widget rebuilt and painted: {med(t['rebuild']):.1f} ms"
        )
    return float(max(med(figure["edit_repaint"]), med(chart["edit_repaint"])))
