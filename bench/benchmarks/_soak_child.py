"""The soak benchmark's child process: change panels for passes of N changes, print the RSS.

Run as `python _soak_child.py CHANGES [PASSES]`; prints one JSON line {"rss_mb": [...]}: the
resident set size after the warm-up and after each pass. With SOAK_TRACE=1 it also prints to
stderr the Python allocations that grew between the last two passes (tracemalloc), which
finds a Python-level leak by file and line.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tracemalloc


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(changes: int, passes: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from briefing_app.content import load_briefing
    from briefing_app.model.panels import panel_charts
    from briefing_app.paths import default_briefing
    from briefing_app.ui.application import ensure_application
    from briefing_app.ui.stage import Stage
    from briefing_app.ui.theme import LIGHT

    ensure_application()
    briefing = load_briefing(default_briefing())
    charts = [i for i, p in enumerate(briefing.panels) if panel_charts(p)]
    stage = Stage(briefing, LIGHT, animated=True)
    stage.resize(1920, 1080)
    stage.show()

    def visit(n: int) -> None:
        # Change panels n times from inside the event loop, as a presenter's clicks arrive:
        # deferred deletes and finished animations are cleaned up by the loop as in the app.
        # (A local event loop: QApplication.quit() would close the stage's window.)
        loop = QEventLoop()
        count = [0]
        timer = QTimer()
        timer.setInterval(0)

        def step() -> None:
            if count[0] >= n:
                timer.stop()
                loop.quit()
                return
            stage.show_panel(charts[count[0] % len(charts)], animate=True)
            count[0] += 1

        timer.timeout.connect(step)
        timer.start()
        loop.exec()

    trace = os.environ.get("SOAK_TRACE") == "1"
    visit(len(charts) * 20)  # builds every panel widget once (the stage keeps them)
    gc.collect()
    if trace:
        tracemalloc.start(12)
    rss = [rss_mb()]
    snapshots = []
    for _ in range(passes):
        visit(changes)
        gc.collect()
        rss.append(rss_mb())
        if trace:
            snapshots.append(tracemalloc.take_snapshot())
    if trace and len(snapshots) >= 2:
        diff = snapshots[-1].compare_to(snapshots[-2], "traceback")
        print(f"tracemalloc: {sum(d.size_diff for d in diff) / 1024:.1f} KiB net", file=sys.stderr)
        for stat in diff[:12]:
            print(f"{stat.size_diff / 1024:+.1f} KiB {stat.count_diff:+d} blocks", file=sys.stderr)
            for line in stat.traceback.format()[-6:]:
                print("   ", line, file=sys.stderr)
    print(json.dumps({"rss_mb": rss}))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 3)
