"""Scenarios of presenting from one laptop (issue 13), each run by `test_window_laptop.py` in
a fresh process whose offscreen platform has the screens the test chose (a laptop alone, or
a laptop and a projector): `python tests/ui/laptop_show.py SCENARIO`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from tests.ui.window_harness import (
    build_controller,
    close_controller,
    copy_builtin,
    flush,
    is_exposed,
    wait_until,
)

from briefing_app.ui.controller import AppController
from briefing_app.ui.i18n import tr
from briefing_app.ui.overview import Overview
from briefing_app.ui.stage import Stage, canvas_rect

Key = Qt.Key
Mod = Qt.KeyboardModifier
Button = Qt.MouseButton


def press(window: QWidget, key: Key, modifier: Mod = Mod.NoModifier) -> None:
    QTest.keyClick(window, key, modifier)
    flush()


def at(stage: Stage, fx: float, fy: float) -> QPoint:
    """Return the stage pixel at canvas fractions (fx, fy)."""
    canvas = canvas_rect(stage.width(), stage.height())
    return QPoint(round(canvas.x() + fx * canvas.width()), round(canvas.y() + fy * canvas.height()))


def _target(stage: QWidget, pos: QPoint) -> tuple[QWidget, QPointF, QPointF]:
    child = stage.childAt(pos)
    target = child if child is not None else stage
    local = QPointF(target.mapFrom(stage, pos))
    return target, local, QPointF(stage.mapToGlobal(pos))


def mouse(
    stage: QWidget,
    kind: QEvent.Type,
    pos: QPoint,
    button: Button = Button.NoButton,
    modifiers: Mod = Mod.NoModifier,
) -> None:
    """Deliver one mouse event to the widget under `pos` of `stage`, as the mouse would."""
    target, local, global_pos = _target(stage, pos)
    held = button if kind != QEvent.Type.MouseButtonRelease else Button.NoButton
    event = QMouseEvent(kind, local, global_pos, button, held, modifiers)
    QApplication.sendEvent(target, event)
    flush()


def click(stage: QWidget, pos: QPoint, button: Button = Button.LeftButton) -> None:
    mouse(stage, QEvent.Type.MouseButtonPress, pos, button)
    mouse(stage, QEvent.Type.MouseButtonRelease, pos, button)


def wheel(stage: QWidget, pos: QPoint, dy: int, modifiers: Mod = Mod.NoModifier) -> None:
    target, local, global_pos = _target(stage, pos)
    event = QWheelEvent(
        local,
        global_pos,
        QPoint(),
        QPoint(0, dy),
        Button.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)
    flush()


def visible_texts(window: QWidget) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text()]


def menu_action(c: AppController, text: str) -> QAction:
    return next(a for a in c.main.findChildren(QAction) if a.text().split("\t")[0] == text)


def shown_count(c: AppController) -> int:
    return sum(1 for p in c.briefing.panels if not p.hidden)


# -- one screen --------------------------------------------------------------------------------
def presenter_view_one_screen() -> None:
    """Alt+F5 on a laptop alone: the console fills the laptop (notes, next, timer); no
    audience window. The main window has a notes pane that follows the panel."""
    c = build_controller()
    assert [s.name() for s in QGuiApplication.screens()] == ["Laptop"]
    pane = c.main.notes_pane
    assert pane.isVisible() and pane.text.toPlainText() == c.briefing.panels[0].notes.strip()
    press(c.main, Key.Key_Right)
    assert pane.text.toPlainText() == c.briefing.panels[1].notes.strip()
    press(c.main, Key.Key_F5, Mod.AltModifier)
    assert c.state.showing and c.audience is None and c.console is not None
    wait_until(lambda: is_exposed(c.console))  # type: ignore[arg-type]
    laptop = QGuiApplication.primaryScreen()
    assert c.console.screen() is laptop
    assert laptop.availableGeometry().contains(c.console.geometry())
    assert c.state.current == 1, "Alt+F5 starts from the current panel"
    assert c.console.notes.toPlainText() == c.briefing.panels[1].notes
    press(c.console, Key.Key_PageDown)
    assert c.state.current == 2 and c.console.current.index == 2 and c.console.next.index == 3
    press(c.console, Key.Key_Escape)
    assert not c.state.showing and c.console is None and c.main.stage.index == 2
    close_controller(c)


def one_screen_hint() -> None:
    """F5 on one screen (a duplicated display): no notes anywhere on it, and one line saying
    how to extend the desktop, gone once the talk moves on."""
    c = build_controller()
    press(c.main, Key.Key_F5)
    assert c.audience is not None and c.console is None
    hint = c.audience.hint
    wait_until(lambda: hint.isVisible())
    assert "Win+P" in hint.text() and "扩展" in hint.text() and "\n" not in hint.text()
    notes = c.briefing.panels[0].notes.strip()
    assert not any(notes[:12] in t for t in visible_texts(c.audience))
    assert c.audience.geometry().contains(hint.geometry())
    press(c.audience, Key.Key_Right)
    assert not hint.isVisible()
    close_controller(c)


def main_window_fits_laptop() -> None:
    """On a 1366x768 laptop the main window opens inside the available area (not 1366x800)."""
    from briefing_app.content import check_briefing
    from briefing_app.paths import default_briefing
    from briefing_app.ui.application import ensure_application
    from briefing_app.ui.session import BriefingSession
    from briefing_app.ui.settings import Settings

    ensure_application()
    result = check_briefing(default_briefing())
    assert result.briefing is not None
    c = AppController(BriefingSession(result.briefing, result.file), Settings(), animated=False)
    c.show()
    wait_until(lambda: is_exposed(c.main))
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.contains(c.main.frameGeometry()), (c.main.frameGeometry(), available)
    assert c.main.width() >= 1280, "it still uses the laptop's width"
    close_controller(c)


# -- two screens: mouse, laser, zoom, typed numbers ---------------------------------------------
def start(c: AppController) -> None:
    press(c.main, Key.Key_F5)
    assert c.audience is not None and c.console is not None
    wait_until(lambda: is_exposed(c.audience) and is_exposed(c.console))  # type: ignore[arg-type]


def mouse_navigation() -> None:
    c = build_controller()
    start(c)
    assert c.audience is not None and c.console is not None
    stage = c.audience.stage
    centre = at(stage, 0.5, 0.5)
    click(stage, centre)
    assert c.state.current == 1 and stage.index == 1
    click(stage, centre, Button.RightButton)
    assert c.state.current == 0
    wheel(stage, centre, -120)
    assert c.state.current == 1
    wheel(stage, centre, 120)
    assert c.state.current == 0
    for _ in range(3):  # a touchpad: three small steps are less than a notch
        wheel(stage, centre, -30)
    assert c.state.current == 0
    wheel(stage, centre, -30)
    assert c.state.current == 1
    click(c.console.next, at(c.console.next, 0.5, 0.5))  # the next-panel preview
    assert c.state.current == 2 and c.console.current.index == 2
    click(c.console.current, at(c.console.current, 0.3, 0.7))
    assert c.state.current == 3 and stage.index == 3
    close_controller(c)


def red_near(stage: Stage, pos: QPointF) -> bool:
    image = stage.grab().toImage()
    dpr = image.devicePixelRatio()
    colour = image.pixelColor(round(pos.x() * dpr), round(pos.y() * dpr))
    return colour.red() > 200 and colour.green() < 90 and colour.blue() < 90


def laser_pointer() -> None:
    c = build_controller()
    start(c)
    assert c.audience is not None and c.console is not None and c.pointer is not None
    mirror, stage = c.console.current, c.audience.stage
    press(c.console, Key.Key_L, Mod.ControlModifier)
    assert c.pointer.laser_on and tr("console.laser") in c.console.tools_label.text()
    mouse(mirror, QEvent.Type.MouseMove, at(mirror, 0.25, 0.75))
    point = c.pointer.laser_point()
    assert point is not None and abs(point.x() - 0.25) < 0.01 and abs(point.y() - 0.75) < 0.01
    laser = stage.findChild(QWidget, "laser")
    assert laser is not None and laser.isVisible()
    dot = laser.dot_position()  # type: ignore[attr-defined]
    expected = at(stage, 0.25, 0.75)
    assert abs(dot.x() - expected.x()) <= 2 and abs(dot.y() - expected.y()) <= 2
    assert red_near(stage, dot), "the dot is drawn on the audience screen"
    mouse(stage, QEvent.Type.MouseMove, at(stage, 0.6, 0.4))  # over the audience window too
    point = c.pointer.laser_point()
    assert point is not None and abs(point.x() - 0.6) < 0.01
    mouse(c.audience, QEvent.Type.MouseMove, c.audience.stage.geometry().center())
    assert c.audience.cursor().shape() == Qt.CursorShape.BlankCursor, "the dot is the pointer"
    press(c.console, Key.Key_L, Mod.ControlModifier)
    assert not c.pointer.laser_on and c.pointer.laser_point() is None and not laser.isVisible()
    mouse(c.audience, QEvent.Type.MouseMove, c.audience.stage.geometry().center())
    assert c.audience.cursor().shape() != Qt.CursorShape.BlankCursor, "the pointer is back"
    # Ctrl held: the pointer shows while the key is down, and goes with it.
    mouse(mirror, QEvent.Type.MouseMove, at(mirror, 0.5, 0.5), modifiers=Mod.ControlModifier)
    assert c.pointer.laser_point() is not None and laser.isVisible()
    mouse(mirror, QEvent.Type.MouseMove, at(mirror, 0.55, 0.5))
    assert c.pointer.laser_point() is None and not laser.isVisible()
    close_controller(c)


def zoom_region() -> None:
    c = build_controller()
    start(c)
    assert c.audience is not None and c.console is not None and c.pointer is not None
    press(c.console, Key.Key_End)  # a chart panel: the last but a few
    stage = c.audience.stage
    before = stage.grab().toImage()
    press(c.console, Key.Key_Z)
    assert c.pointer.zoom_armed
    mouse(stage, QEvent.Type.MouseButtonPress, at(stage, 0.1, 0.2), Button.LeftButton)
    mouse(stage, QEvent.Type.MouseMove, at(stage, 0.4, 0.5), Button.LeftButton)
    mouse(stage, QEvent.Type.MouseButtonRelease, at(stage, 0.4, 0.5), Button.LeftButton)
    region = c.pointer.region
    assert region is not None and abs(region.width() - 0.3) < 0.01
    assert c.state.current == len(c.briefing.panels) - 1, "a drag while zooming never moves on"
    overlay = stage.findChild(QWidget, "zoom")
    assert overlay is not None and overlay.isVisible()
    assert stage.grab().toImage() != before, "the audience sees the enlarged region"
    assert tr("console.zoom") in c.console.tools_label.text()
    mirror_zoom = c.console.current.findChild(QWidget, "zoom")
    assert mirror_zoom is not None and mirror_zoom.isVisible(), "the console shows it too"
    press(c.audience, Key.Key_Escape)  # Esc leaves the zoom, not the show
    assert c.state.showing and c.pointer.region is None and not overlay.isVisible()
    wheel(stage, at(stage, 0.5, 0.5), 120, Mod.ControlModifier)  # Ctrl+wheel zooms in
    assert c.pointer.region is not None and c.pointer.region.width() < 1
    assert c.state.current == len(c.briefing.panels) - 1
    wheel(stage, at(stage, 0.5, 0.5), -120, Mod.ControlModifier)  # and back out
    assert c.pointer.region is None
    wheel(stage, at(stage, 0.5, 0.5), 120, Mod.ControlModifier)
    press(c.console, Key.Key_Z)  # Z leaves it too
    assert c.pointer.region is None and c.state.showing
    press(c.console, Key.Key_Escape)
    assert not c.state.showing
    close_controller(c)


def typed_number() -> None:
    c = build_controller()
    start(c)
    assert c.audience is not None and c.console is not None
    press(c.console, Key.Key_1)
    press(c.console, Key.Key_2)
    assert c.console.typed.isVisible() and "12" in c.console.typed.text()
    assert "12" in c.main.typed.text()
    assert not any("12" in t for t in visible_texts(c.audience)), "the room sees nothing"
    press(c.console, Key.Key_Backspace)
    assert "1" in c.console.typed.text() and "12" not in c.console.typed.text()
    press(c.console, Key.Key_5)
    press(c.console, Key.Key_Return)
    assert c.state.current == 14 and not c.console.typed.isVisible() and not c.main.typed.text()
    press(c.audience, Key.Key_3)  # typed on the audience window: still only shown to us
    assert "3" in c.console.typed.text() and not any("跳到" in t for t in visible_texts(c.audience))
    press(c.audience, Key.Key_Escape)  # Esc drops the number and ends the show
    assert not c.state.showing and not c.main.typed.text()
    close_controller(c)


def hidden_panels() -> None:
    """A panel hidden in the editor: the show steps over it (keys, mouse, next preview); the
    overview marks it."""
    folder = Path(os.environ["BRIEFING_APP_SETTINGS"]).parent / "briefing"
    yaml_file = copy_builtin(folder)
    c0 = build_controller()
    hidden_id = c0.briefing.panels[2].id
    close_controller(c0)
    text = yaml_file.read_text(encoding="utf-8")
    line = f"      - id: {hidden_id}\n"
    assert text.count(line) == 1
    yaml_file.write_text(text.replace(line, line + "        hidden: true\n"), encoding="utf-8")
    c = build_controller(yaml_file)
    assert c.briefing.panels[2].hidden
    start(c)
    assert c.audience is not None and c.console is not None
    press(c.console, Key.Key_Right)
    assert c.console.next.index == 3, "the next preview is the next panel shown"
    press(c.console, Key.Key_Right)
    assert c.state.current == 3 and c.audience.stage.index == 3
    click(c.audience.stage, at(c.audience.stage, 0.5, 0.5), Button.RightButton)
    assert c.state.current == 1
    press(c.console, Key.Key_G)
    overview = c.console.findChild(Overview)
    assert overview is not None
    item = overview.grid.item(2)
    assert tr("overview.hidden") in item.text()
    assert tr("overview.hidden") not in overview.grid.item(1).text()
    close_controller(c)


def rehearsal_timings() -> None:
    """排练计时 records how long each panel was shown (an injected clock), saves it beside the
    settings (not in the briefing's folder), and the next show paces by it."""
    from briefing_app.ui.rehearsal_store import timings_file

    c = build_controller()
    clock = [1000.0]
    c.now = lambda: clock[0]
    folder = c.session.file.parent
    before = sorted(p.name for p in folder.iterdir())
    menu_action(c, tr("menu.rehearse")).trigger()
    flush()
    assert c.state.showing and c.state.current == 0 and c.console is not None
    clock[0] += 30
    c.console._on_tick()
    assert "0:30" in c.console.rehearsal_label.text()
    press(c.console, Key.Key_PageDown)
    clock[0] += 45
    press(c.console, Key.Key_PageDown)
    clock[0] += 10
    press(c.console, Key.Key_PageUp)  # back to panel 2 for a question: its time adds up
    clock[0] += 5
    press(c.console, Key.Key_Escape)
    assert not c.state.showing
    saved = timings_file(c.settings, c.session.file)
    assert saved.parent.parent == Path(os.environ["BRIEFING_APP_SETTINGS"]).parent
    assert saved.is_file() and sorted(p.name for p in folder.iterdir()) == before
    from briefing_app.model.rehearsal import timings_from_json

    ids = [p.id for p in c.briefing.panels]
    assert timings_from_json(saved.read_text(encoding="utf-8")) == {
        ids[0]: 30.0,
        ids[1]: 50.0,
        ids[2]: 10.0,
    }
    start(c)  # the next show paces by the rehearsal
    assert c.console is not None
    plan = c.console._plan
    assert plan.planned_end(0) == 30 and plan.planned_end(1) == 80
    assert "0:30" in c.console.rehearsal_label.text()
    assert tr("console.pace_from_rehearsal") in c.console.rehearsal_label.text()
    close_controller(c)


def dark_chrome() -> None:
    """The dark theme darkens the menu bar and the navigator too, not only the panels."""
    from briefing_app.ui.settings import Settings

    settings = Settings()
    settings.set_theme("dark")
    settings.sync()
    c = build_controller()
    assert c.theme.name == "dark"
    navigator = c.main.navigator
    wait_until(lambda: is_exposed(navigator))

    def lightness(widget: QWidget, x: int, y: int) -> int:
        image = widget.grab().toImage()
        return image.pixelColor(x, y).lightness()

    bar = c.main.menuBar()
    assert lightness(bar, bar.width() - 4, bar.height() // 2) < 60
    assert lightness(navigator, navigator.width() // 2, navigator.height() - 4) < 60
    assert lightness(c.main.notes_pane.text, 4, 4) < 60
    c.toggle_theme()  # light again: the system's look
    assert lightness(bar, bar.width() - 4, bar.height() // 2) > 150
    close_controller(c)


def overview_layout() -> None:
    """The overview's first row sits wholly under the filter field, also after filtering,
    and its columns are centred."""
    c = build_controller()
    c.start_thumbnails()  # items with their pictures, as people see them
    wait_until(lambda: len(c.thumbnails) == len(c.briefing.panels), timeout_ms=60_000)
    c.state.go_to(14)  # mid-briefing: the overview scrolls to put it in the middle
    overview = c.open_overview(c.main)
    wait_until(lambda: is_exposed(overview.grid))
    flush()
    grid = overview.grid

    def first_row_visible() -> bool:
        """No row is cut off at the top, and the top row is under the filter field."""
        rects = [
            grid.visualItemRect(grid.item(r))
            for r in range(grid.count())
            if not grid.item(r).isHidden()
        ]
        shown = [r for r in rects if r.bottom() > 0]
        top = min(r.top() for r in shown)
        below = grid.viewport().mapTo(overview, QPoint(0, top)).y()
        return top >= 0 and below >= overview.filter.geometry().bottom()

    assert grid.verticalScrollBar().value() > 0, "scrolled to the current panel"
    assert first_row_visible()
    rects = [grid.visualItemRect(grid.item(r)) for r in range(grid.count())]
    row = [r for r in rects if r.top() == rects[0].top()]
    cell = grid.gridSize().width()  # items are centred in their cells
    left = min(r.center().x() for r in row) - cell / 2 + grid.side_margin()
    right = grid.viewport().width() - (max(r.center().x() for r in row) + cell / 2)
    assert len(row) >= 2 and abs(left - right) <= 2, (left, right)
    assert grid.side_margin() > 0
    press(c.main, Key.Key_End)  # not reaching the overview: it owns the keys
    grid.setCurrentRow(grid.count() - 1)
    grid.scrollToBottom()
    overview.filter.insert("民生")
    flush()
    assert overview.visible_indices() and first_row_visible()
    close_controller(c)


SCENARIOS = {
    f.__name__: f
    for f in (
        presenter_view_one_screen,
        one_screen_hint,
        main_window_fits_laptop,
        mouse_navigation,
        laser_pointer,
        zoom_region,
        typed_number,
        hidden_panels,
        rehearsal_timings,
        dark_chrome,
        overview_layout,
    )
}

if __name__ == "__main__":
    SCENARIOS[sys.argv[1]]()
    print("ok")
