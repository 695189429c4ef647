"""CPU milliseconds of a hot reload of the built-in briefing: its check and its application.

In a fresh offscreen process the main window is shown on a copy of the built-in briefing
with a show running on panel 4. Each round saves a changed title the way an editor does, then
times, in CPU time of the thread doing each part, the reload's two parts as the folder watcher
runs them: the check of the saved file (`ui.session.check_file`, on its worker thread in the
app) and its application to the windows (`BriefingSession._apply`: panels, navigator,
presenter). Beside the median, in the same run, the floor: a plain `check_briefing` of the
same file. The goal was a timed assertion in tests/ui/test_window_reload.py (500 ms); timings
belong here, where a loaded machine only makes the number noisy instead of failing a test.
"""

from __future__ import annotations

import json
import subprocess
import sys

from benchmarks._util import python_env

NAME = "reload_ms"
UNIT = "ms"
GOAL = "at most 500"

ROUNDS = 9

SCRIPT = r"""
import json, shutil, statistics, sys, tempfile, time
from pathlib import Path
from briefing_app.content import check_briefing
from briefing_app.paths import default_briefing
from briefing_app.ui import session as session_module
from briefing_app.ui.application import ensure_application
from briefing_app.ui.controller import AppController
from briefing_app.ui.settings import Settings
from PySide6.QtWidgets import QApplication

app = ensure_application()
folder = Path(tempfile.mkdtemp()) / "briefing"
shutil.copytree(default_briefing(), folder)
yaml_file = folder / "briefing.yaml"
result = check_briefing(yaml_file)
session = session_module.BriefingSession(result.briefing, result.file)
c = AppController(session, Settings(folder.parent / "settings.ini"), animated=False)
c.main.resize(1366, 768)
c.show()
for _ in range(50):
    app.processEvents()
c.state.go_to(4)
c.start_show(from_current=True)
for _ in range(20):
    app.processEvents()

text = yaml_file.read_text(encoding="utf-8")
marker = "title: 会议概况"
assert marker in text
reloads, floors = [], []
for i in range(int(sys.argv[1])):
    changed = text.replace(marker, f"title: 会议概况{'（修订）' if i % 2 == 0 else ''}", 1)
    tmp = yaml_file.with_name("." + yaml_file.name + ".swp")
    tmp.write_text(changed, encoding="utf-8")
    tmp.replace(yaml_file)
    start = time.thread_time()
    checked = session_module.check_file(yaml_file)
    assert checked.ok, checked.problems
    c.session._apply(checked)
    end = time.thread_time()
    for _ in range(20):
        app.processEvents()
    reloads.append((end - start) * 1000)
    start = time.thread_time()
    check_briefing(yaml_file)
    floors.append((time.thread_time() - start) * 1000)
print(json.dumps({"reload": statistics.median(reloads), "floor": statistics.median(floors)}))
"""


def run() -> float:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROUNDS)],
        capture_output=True,
        text=True,
        env=python_env(),
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    out = proc.stdout
    found = json.loads(out.strip().splitlines()[-1])
    print(f"  plain check of the same file: {found['floor']:.0f} ms of CPU", file=sys.stderr)
    return float(found["reload"])
