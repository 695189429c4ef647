"""Render the screenshots of docs/presenting.md: `python docs/screenshots/make_screenshots.py`.

Runs itself again in a process whose offscreen platform has a 1366x768 laptop (primary) and a
1920x1080 projector, starts a show and grabs the main window, the overview and the presenter
console. PNGs are reduced to 256 colours when that keeps them under MAX_BYTES.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MAX_BYTES = 400_000
SCREENS = {"screens": [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
    {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "dpr": 1},
]}


def spin(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def save(image, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save `image` as docs/screenshots/NAME, in 256 colours when it would be too big."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    path = HERE / name
    image.save(str(path), "PNG", 9)
    if path.stat().st_size > MAX_BYTES:
        reduced = image.convertToFormat(QImage.Format.Format_Indexed8,
                                        Qt.ImageConversionFlag.ThresholdDither)
        reduced.save(str(path), "PNG", 9)
    size = path.stat().st_size
    print(f"{path.relative_to(ROOT)}: {image.width()}x{image.height()}, {size} bytes")


def shoot() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from briefing_app.content import check_briefing
    from briefing_app.paths import default_briefing
    from briefing_app.ui.application import ensure_application
    from briefing_app.ui.controller import AppController
    from briefing_app.ui.overview import Overview
    from briefing_app.ui.session import BriefingSession
    from briefing_app.ui.settings import Settings

    app = ensure_application()
    result = check_briefing(default_briefing())
    assert result.briefing is not None
    briefing = result.briefing
    c = AppController(BriefingSession(briefing, result.file), Settings(), animated=False)
    c.show()
    c.main.setGeometry(0, 0, 1366, 768)
    c.start_thumbnails()
    deadline = time.perf_counter() + 120
    while len(c.thumbnails) < len(briefing.panels) and time.perf_counter() < deadline:
        app.processEvents()
    chart = briefing.index_of("targets_chart")
    c.state.go_to(chart)
    c.main.navigator.scrollToItem(c.main.navigator.currentItem())
    spin(app, 0.3)
    c.main.stage.finish()
    save(c.main.grab().toImage(), "main-window.png")

    QTest.keyClick(c.main, Qt.Key.Key_G)
    spin(app, 0.2)
    save(c.main.grab().toImage(), "overview.png")
    overview = c.main.findChild(Overview)
    assert overview is not None
    typed = QInputMethodEvent()
    typed.setCommitString("民生")
    QApplication.sendEvent(overview.filter, typed)
    spin(app, 0.2)
    save(c.main.grab().toImage(), "overview-filter.png")
    QTest.keyClick(overview.filter, Qt.Key.Key_Escape)

    c.state.go_to(briefing.index_of("task_1"))
    QTest.keyClick(c.main, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    spin(app, 0.3)
    console = c.console
    assert console is not None, "the console needs two screens"
    c.clock.reset()
    c.clock._banked = 14 * 60 + 5  # a talk 14 minutes in, for the timer and pacing line
    console.resize(1366, 768)
    spin(app, 0.5)
    console.current.finish()
    save(console.grab().toImage(), "presenter-console.png")
    c.end_show()


if __name__ == "__main__":
    if os.environ.get("BRIEFING_SCREENSHOTS") == "1":
        sys.path.insert(0, str(ROOT / "src"))
        shoot()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screens.json"
            config.write_text(json.dumps(SCREENS), encoding="utf-8")
            env = dict(os.environ, BRIEFING_SCREENSHOTS="1",
                       QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                       BRIEFING_APP_SETTINGS=str(Path(tmp) / "settings.ini"))
            sys.exit(subprocess.run([sys.executable, __file__], env=env).returncode)
