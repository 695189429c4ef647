"""Panels without a chart never load pyqtgraph (it costs ~0.4 s at start-up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

BUILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {here!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
import briefing_app.ui.panels as panels
assert "pyqtgraph" not in sys.modules, "importing ui.panels loaded pyqtgraph"
from panel_samples import sample_briefing
from briefing_app.ui.theme import LIGHT
b = sample_briefing()
for panel_id in {ids!r}:
    w = panels.create_panel_widget(b.panels[b.index_of(panel_id)], b, LIGHT)
    w.resize(1366, 768); w.apply_scale(1366 / 1920); w.enter(False); w.grab()
print("pyqtgraph" in sys.modules)
"""

NON_CHART = ["cover", "figures", "cards", "bullets", "task", "timeline", "quote", "closing"]


def _pyqtgraph_loaded(ids: list[str]) -> bool:
    code = BUILD.format(here=str(HERE), ids=ids)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1] == "True"


def test_panels_without_chart_do_not_import_pyqtgraph() -> None:
    assert not _pyqtgraph_loaded(NON_CHART)


def test_chart_panel_loads_the_live_chart() -> None:
    # Proves the check above can see pyqtgraph arrive (the live charts use it).
    assert _pyqtgraph_loaded(["chart"])
