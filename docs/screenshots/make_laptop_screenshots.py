"""Render the one-laptop screenshots of docs/presenting.md and docs/使用指南.md:
`python docs/screenshots/make_laptop_screenshots.py`.

Runs itself again in a process whose offscreen platform has one 1366x768 laptop and grabs the
one-screen presenter view (Alt+F5), the one-screen show's hint, and a zoomed chart with the
laser pointer (the presenter view of a two-screen show shows what the room sees).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LAPTOP = {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
          "dpr": 1}
PROJECTOR = {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
             "logicalDpi": 96, "dpr": 1}


def shoot(two_screens: bool) -> None:
    sys.path.insert(0, str(ROOT))
    from make_screenshots import save, spin  # type: ignore[import-not-found]
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtTest import QTest
    from tests.ui.window_harness import build_controller, close_controller

    c = build_controller()
    app = c.main.windowHandle()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    briefing = c.briefing
    c.state.go_to(briefing.index_of("task_1"))
    if not two_screens:
        QTest.keyClick(c.main, Qt.Key.Key_F5, Qt.KeyboardModifier.AltModifier)
        spin(app, 0.5)
        console = c.console
        assert console is not None and c.audience is None
        c.clock.reset()
        c.clock._banked = 14 * 60 + 5  # a talk 14 minutes in, for the timer and pacing line
        console._on_tick()
        console.current.finish()
        spin(app, 0.3)
        save(console.grab().toImage(), "presenter-one-screen.png")
        c.end_show()
        QTest.keyClick(c.main, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
        spin(app, 0.5)
        assert c.audience is not None
        c.audience.stage.finish()
        save(c.audience.grab().toImage(), "one-screen-hint.png")
        c.end_show()
    else:
        c.state.go_to(briefing.index_of("targets_chart"))
        QTest.keyClick(c.main, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
        spin(app, 0.5)
        assert c.console is not None and c.pointer is not None
        c.audience.stage.finish()  # type: ignore[union-attr]
        c.pointer.zoom_to(QRectF(0.05, 0.25, 0.5, 0.5))
        c.pointer.toggle_laser()
        for laser in c.pointer._overlays.values():
            laser[0].set_point(QPointF(0.3, 0.55))
        spin(app, 0.3)
        save(c.console.grab().toImage(), "presenter-zoom-laser.png")
    close_controller(c)


if __name__ == "__main__":
    mode = os.environ.get("BRIEFING_SCREENSHOTS")
    if mode:
        sys.path.insert(0, str(ROOT / "src"))
        sys.path.insert(0, str(HERE))
        shoot(mode == "2")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for mode, screens in (("1", [LAPTOP]), ("2", [LAPTOP, PROJECTOR])):
                config = Path(tmp) / "screens.json"
                config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
                env = dict(os.environ, BRIEFING_SCREENSHOTS=mode,
                           QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                           BRIEFING_APP_SETTINGS=str(Path(tmp) / f"settings{mode}.ini"))
                code = subprocess.run([sys.executable, __file__], env=env).returncode
                if code:
                    sys.exit(code)
