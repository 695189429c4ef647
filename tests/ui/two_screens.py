"""Two-screen scenarios, each run by `test_window_screens.py` in a fresh process.

The offscreen platform reads its screens from a JSON file named in QT_QPA_PLATFORM, which
must be set before the QApplication exists, hence one process per scenario:
`python tests/ui/two_screens.py SCENARIO`. It adds the screens in the order of their names,
and the first one added is the primary: "Laptop" is primary, "Projector" is not.
A scenario fails with an AssertionError (exit status 1 and a traceback).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QWidget
from tests.ui.window_harness import (
    build_controller,
    close_controller,
    flush,
    is_exposed,
    wait_until,
)

from briefing_app.model.presentation import Blank
from briefing_app.ui.controller import AppController
from briefing_app.ui.overview import Overview

Key = Qt.Key


def screen(name: str) -> QScreen:
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def press(
    window: QWidget, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(window, key, modifier)
    flush()


def start(c: AppController) -> None:
    press(c.main, Key.Key_F5)
    assert c.state.showing and c.audience is not None


def check_notes_stay_private(c: AppController) -> None:
    """The audience window holds no notes; the console is never on the audience's screen."""
    assert c.audience is not None
    assert c.audience.findChildren(QTextBrowser) == []
    assert c.audience.findChild(QWidget, "notes") is None
    if c.console is not None:
        assert c.console.screen() is not c.audience.screen()
        assert not c.console.geometry().intersects(c.audience.screen().geometry())


def on_screen(window: QWidget, name: str, full: bool) -> bool:
    s = screen(name)
    rect = s.geometry() if full else s.availableGeometry()
    return (
        window.screen() is s
        and rect.contains(window.geometry())
        and (not full or (window.isFullScreen() and window.geometry() == rect))
    )


# -- scenarios -------------------------------------------------------------------------------
def placement() -> None:
    c = build_controller()
    assert QGuiApplication.primaryScreen().name() == "Laptop"
    start(c)
    assert c.audience is not None and c.console is not None
    assert on_screen(c.audience, "Projector", full=True), c.audience.geometry()
    assert on_screen(c.console, "Laptop", full=False), c.console.geometry()
    assert c.console.isVisible() and not c.console.isFullScreen()
    check_notes_stay_private(c)
    assert c.console.notes.toPlainText() == c.briefing.panels[0].notes
    close_controller(c)


def swap() -> None:
    c = build_controller()
    start(c)
    assert c.console is not None
    press(c.console, Key.Key_S)
    assert c.audience is not None and c.console is not None
    assert on_screen(c.audience, "Laptop", full=True)
    assert on_screen(c.console, "Projector", full=False)
    check_notes_stay_private(c)
    press(c.audience, Key.Key_S)  # the same key in the audience window swaps back
    assert on_screen(c.audience, "Projector", full=True)
    assert on_screen(c.console, "Laptop", full=False)
    check_notes_stay_private(c)
    close_controller(c)


def remembered_screen_and_panel() -> None:
    c = build_controller()
    start(c)
    assert c.console is not None
    press(c.console, Key.Key_S)  # audience now on the laptop
    for key in (Key.Key_1, Key.Key_0, Key.Key_Return):
        press(c.console, key)
    press(c.console, Key.Key_Escape)
    close_controller(c)

    again = build_controller()  # a restart with the same settings file
    assert again.state.current == 9 and again.main.stage.index == 9
    press(again.main, Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert again.audience is not None and again.console is not None
    assert on_screen(again.audience, "Laptop", full=True), "the swapped screen is remembered"
    assert on_screen(again.console, "Projector", full=False)
    assert again.state.current == 9
    check_notes_stay_private(again)
    close_controller(again)


def screen_removed() -> None:
    c = build_controller()
    start(c)
    press(c.audience, Key.Key_Right)  # type: ignore[arg-type]
    projector = screen("Projector")
    # The offscreen platform cannot unplug a screen from Python; Qt's notice is what the
    # app reacts to, so send it. Windows must leave the vanished screen.
    app = QApplication.instance()
    app.screenRemoved.emit(projector)  # type: ignore[union-attr]
    wait_until(lambda: c.console is None and c.audience is not None and c.audience.isVisible())
    assert c.state.showing and c.audience is not None and c.audience.isVisible()
    assert on_screen(c.audience, "Laptop", full=True)
    assert c.console is None, "with one screen left there is no console"
    check_notes_stay_private(c)
    press(c.audience, Key.Key_Right)
    assert c.state.current == 2 and c.audience.stage.index == 2
    # Plugged back in: the audience returns to the projector and the console comes back.
    app.screenAdded.emit(projector)  # type: ignore[union-attr]
    wait_until(lambda: c.console is not None and is_exposed(c.console))
    assert c.audience is not None and c.console is not None
    assert on_screen(c.audience, "Projector", full=True)
    assert on_screen(c.console, "Laptop", full=False)
    assert c.console.current.index == 2
    check_notes_stay_private(c)
    press(c.console, Key.Key_Escape)
    assert not c.state.showing and c.console is None and c.audience is None
    assert c.main.stage.index == 2
    close_controller(c)


def one_screen() -> None:
    c = build_controller()
    assert [s.name() for s in QGuiApplication.screens()] == ["Laptop"]
    start(c)
    assert c.console is None
    assert on_screen(c.audience, "Laptop", full=True)  # type: ignore[arg-type]
    check_notes_stay_private(c)
    press(c.audience, Key.Key_S)  # nothing to swap with
    assert c.console is None and on_screen(c.audience, "Laptop", full=True)  # type: ignore[arg-type]
    close_controller(c)


def console_keys() -> None:
    c = build_controller()
    start(c)
    console = c.console
    assert console is not None
    last = len(c.briefing.panels) - 1
    for key in (
        Key.Key_Right,
        Key.Key_Down,
        Key.Key_Space,
        Key.Key_PageDown,
        Key.Key_Return,
        Key.Key_Enter,
        Key.Key_N,
    ):
        before = c.state.current
        press(console, key)
        assert c.state.current == before + 1, key
    for key in (Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_Backspace, Key.Key_P):
        before = c.state.current
        press(console, key)
        assert c.state.current == before - 1, key
    assert c.audience is not None and c.audience.stage.index == c.state.current == 2
    assert console.current.index == 2 and console.next.index == 3
    press(console, Key.Key_End)
    assert c.state.current == last and console.end_label.isVisibleTo(console)
    press(console, Key.Key_Home)
    assert c.state.current == 0
    for key in (Key.Key_2, Key.Key_0, Key.Key_Enter):
        press(console, key)
    assert c.state.current == 19 and c.audience.stage.index == 19
    for key, blank in (
        (Key.Key_B, Blank.BLACK),
        (Key.Key_Period, Blank.BLACK),
        (Key.Key_W, Blank.WHITE),
        (Key.Key_Comma, Blank.WHITE),
    ):
        press(console, key)
        assert c.audience.stage.blank is blank and console.blank_label.text()
        assert c.main.stage.blank is Blank.NONE, "the main window is not the audience's"
        press(console, key)
        assert c.audience.stage.blank is Blank.NONE and not console.blank_label.text()
    # The overview opens on the console, never on the audience's screen.
    for key in (Key.Key_G, Key.Key_Tab):
        press(console, key)
        assert console.findChild(Overview) is not None and console.findChild(Overview).isVisible()
        assert c.audience.findChild(Overview) is None
        press(console.findChild(Overview).grid, Key.Key_Escape)
    press(c.audience, Key.Key_G)  # even when G is pressed on the audience window
    assert c.audience.findChild(Overview) is None
    overview = console.findChild(Overview)
    assert overview is not None and overview.isVisible()
    press(overview.filter, Key.Key_Escape)
    press(console, Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # from the current: no move
    assert c.state.showing and c.state.current == 19
    press(console, Key.Key_F5)  # from the start
    assert c.state.showing and c.state.current == 0
    press(console, Key.Key_PageDown)
    press(console, Key.Key_Escape)
    assert not c.state.showing and c.console is None and c.audience is None
    assert c.main.isVisible() and c.main.stage.index == 1
    close_controller(c)


def high_dpi() -> None:
    """At 125/150/200 % scaling the panels render at the screen's full resolution (crisp):
    the audience's panel is drawn at device pixels, not drawn small and enlarged."""
    c = build_controller()
    start(c)
    assert c.audience is not None and c.console is None
    dpr = c.audience.devicePixelRatioF()
    assert dpr > 1
    wait_until(lambda: is_exposed(c.audience) and c.audience.isFullScreen())  # type: ignore[union-attr]
    widget = c.audience.stage.panel_widget
    assert widget is not None
    image = widget.grab()
    assert image.devicePixelRatio() == dpr
    assert image.width() == round(widget.width() * dpr)
    # The stage letterboxes the 16:9 canvas in logical pixels: full width of the screen.
    assert abs(widget.width() - c.audience.screen().geometry().width()) <= 1
    close_controller(c)


def reload_problems_on_console() -> None:
    """A bad save, then a loader that raises, during a show: the main window's banner and a
    flag on the console say so; the audience screen shows neither and keeps presenting."""
    import os
    import shutil

    from briefing_app.paths import default_briefing
    from briefing_app.ui import session as session_module

    folder = Path(os.environ["BRIEFING_APP_SETTINGS"]).parent / "briefing"
    shutil.copytree(default_briefing(), folder)
    yaml_file = folder / "briefing.yaml"
    text = yaml_file.read_text(encoding="utf-8")
    c = build_controller(yaml_file)
    c.session.watch()
    start(c)
    assert c.console is not None and c.audience is not None
    assert not c.console.reload_flag.isVisible()
    good = c.briefing

    def save(new_text: str) -> None:
        tmp = yaml_file.with_name(".briefing.yaml.swp")
        tmp.write_text(new_text, encoding="utf-8")
        os.replace(tmp, yaml_file)

    def audience_texts() -> list[str]:
        return [label.text() for label in c.audience.findChildren(QLabel)]  # type: ignore[union-attr]

    save(text.replace("target: 2940.1", "target: 2940.7", 1))
    wait_until(lambda: c.console.reload_flag.isVisible(), timeout_ms=10_000)  # type: ignore[union-attr]
    assert c.main.banner.isVisible() and "2940.7" in c.main.banner.text()
    assert "2940.7" in c.console.reload_flag.text()
    assert c.briefing is good
    assert not any("2940.7" in t for t in audience_texts()), "the room never sees it"

    save(text)  # fixed: the flag goes
    wait_until(lambda: not c.console.reload_flag.isVisible(), timeout_ms=10_000)  # type: ignore[union-attr]
    assert not c.main.banner.isVisible()

    def broken_loader(path: Path) -> object:
        raise RuntimeError("loader bug")

    session_module.check_file = broken_loader  # type: ignore[assignment]
    save(text.replace("title: 会议概况", "title: 会议情况", 1))
    wait_until(lambda: c.console.reload_flag.isVisible(), timeout_ms=10_000)  # type: ignore[union-attr]
    assert "RuntimeError: loader bug" in c.console.reload_flag.text()
    assert "RuntimeError: loader bug" in c.main.banner.text()
    assert not any("loader bug" in t for t in audience_texts())
    press(c.console, Key.Key_Right)  # the show goes on
    assert c.state.current == 1 and c.audience.stage.index == 1
    close_controller(c)


SCENARIOS = {
    f.__name__: f
    for f in (
        reload_problems_on_console,
        high_dpi,
        placement,
        swap,
        remembered_screen_and_panel,
        screen_removed,
        one_screen,
        console_keys,
    )
}

if __name__ == "__main__":
    SCENARIOS[sys.argv[1]]()
    print("ok")
