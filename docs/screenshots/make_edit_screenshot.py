"""Render docs/screenshots/edit-mode.png: `python docs/screenshots/make_edit_screenshot.py`.

Opens a copy of the built-in briefing in the main window at 1366x768 (offscreen), turns edit
mode on, opens the key figures of 2022 and types a figure its quote does not state, so that the
inspector and the live check list both show; the cache (recovery copies) goes to a temporary
folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def spin(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def wait(app, predicate, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + seconds
    while not predicate():
        if time.perf_counter() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.005)


def shoot(folder: Path) -> None:
    from PySide6.QtTest import QTest

    from briefing_app.content import check_briefing
    from briefing_app.paths import default_briefing
    from briefing_app.ui.application import ensure_application
    from briefing_app.ui.controller import AppController
    from briefing_app.ui.session import BriefingSession
    from briefing_app.ui.settings import Settings

    app = ensure_application()
    shutil.copytree(default_briefing(), folder)
    result = check_briefing(folder)
    assert result.briefing is not None
    c = AppController(BriefingSession(result.briefing, result.file), Settings(), animated=False)
    c.show()
    c.main.setGeometry(0, 0, 1366, 768)
    c.start_thumbnails()
    wait(app, lambda: len(c.thumbnails) == len(result.briefing.panels))
    c.state.go_to(result.briefing.index_of("review_figures"))
    c.main.edit_actions.toggle.trigger()
    editor = c.editor()
    wait(app, lambda: editor.session is not None and editor.runner.idle)
    assert editor.docks is not None
    value = editor.docks.inspector.input("indicator:projects_started_2022:value")
    value.setFocus()
    value.selectAll()  # type: ignore[union-attr]
    QTest.keyClicks(value, "150")
    wait(app, lambda: editor.runner.idle and not editor.docks.inspector.typing)  # type: ignore[union-attr]
    wait(app, lambda: bool(editor.docks.checks.problems))  # type: ignore[union-attr]
    c.main.navigator.scrollToItem(c.main.navigator.currentItem())
    editor.docks.inspector.ensureWidgetVisible(value, 0, 160)  # type: ignore[union-attr]
    spin(app, 0.5)
    c.main.stage.finish()
    image = c.main.grab().toImage()
    path = HERE / "edit-mode.png"
    image.save(str(path), "PNG", 9)
    print(
        f"{path.relative_to(ROOT)}: {image.width()}x{image.height()}, {path.stat().st_size} bytes"
    )
    c.may_close = lambda: True  # type: ignore[method-assign]
    c.main.close()


if __name__ == "__main__":
    if os.environ.get("BRIEFING_SCREENSHOTS") == "1":
        sys.path.insert(0, str(ROOT / "src"))
        shoot(Path(os.environ["BRIEFING_SCREENSHOT_DIR"]) / "etdz-2023")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(
                os.environ,
                BRIEFING_SCREENSHOTS="1",
                BRIEFING_SCREENSHOT_DIR=tmp,
                QT_QPA_PLATFORM="offscreen",
                BRIEFING_APP_SETTINGS=str(Path(tmp) / "settings.ini"),
                BRIEFING_APP_CACHE=str(Path(tmp) / "cache"),
            )
            sys.exit(subprocess.run([sys.executable, __file__], env=env).returncode)
