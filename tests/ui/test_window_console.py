"""The presenter console: current and next panel, notes and their size, timer, position,
section and the pacing colour. Built directly on one offscreen screen with a fake clock."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QPushButton
from tests.ui.window_harness import flush, is_exposed, wait_until

from briefing_app.content import check_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.presentation import Blank, PresentationState
from briefing_app.model.talk_clock import Pace, TalkClock
from briefing_app.paths import default_briefing
from briefing_app.ui.presenter_console import NOTES_MAX, NOTES_MIN, PACE_COLOURS, PresenterConsole
from briefing_app.ui.theme import LIGHT


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    result = check_briefing(default_briefing())
    assert result.briefing is not None
    return result.briefing


class Rig:
    def __init__(self, briefing: Briefing) -> None:
        self.time = FakeTime()
        self.clock = TalkClock(self.time)
        self.state = PresentationState(len(briefing.panels))
        self.sizes: list[int] = []
        self.console = PresenterConsole(
            briefing, self.state, self.clock, LIGHT, notes_size=22, on_notes_size=self.sizes.append
        )
        self.state.current_changed.connect(lambda _i: self.console.refresh())
        self.console.resize(1366, 768)
        self.console.show()
        wait_until(lambda: is_exposed(self.console))

    def button(self, text: str) -> QPushButton:
        return next(b for b in self.console.findChildren(QPushButton) if b.text() == text)

    def tick(self) -> None:
        self.console._on_tick()  # what its 250 ms timer calls


@pytest.fixture
def rig(qapp, briefing: Briefing) -> Iterator[Rig]:  # type: ignore[no-untyped-def]
    r = Rig(briefing)
    yield r
    r.console.close()
    r.console.deleteLater()
    flush()


def test_current_next_notes_position_and_section(rig: Rig, briefing: Briefing) -> None:
    c = rig.console
    assert c.current.index == 0 and c.next.index == 1
    assert c.notes.toPlainText() == briefing.panels[0].notes
    assert c.position.text() == "第 1 / 37 页"
    assert c.section.text() == "开篇  ·  本节计划 2 分钟"
    rig.state.go_to(5)
    assert c.current.index == 5 and c.next.index == 6
    assert c.notes.toPlainText() == briefing.panels[5].notes
    assert c.position.text() == "第 6 / 37 页"
    assert c.section.text().startswith(briefing.section_of(5).title)
    rig.state.last()
    assert c.current.index == 36
    assert not c.next.isVisibleTo(c) and c.end_label.isVisibleTo(c)
    assert c.position.text() == "第 37 / 37 页"


def test_notes_are_readable_text_not_blank(rig: Rig, briefing: Briefing) -> None:
    assert all(p.notes.strip() for p in briefing.panels), "every built-in panel has notes"
    assert rig.console.notes.isReadOnly()


def test_notes_font_size_buttons_clamp_and_report(rig: Rig) -> None:
    c = rig.console
    assert c.notes.font().pixelSize() == 22
    rig.button("A+").click()
    assert c.notes_size == 24 and c.notes.font().pixelSize() == 24 and rig.sizes[-1] == 24
    rig.button("A−").click()
    rig.button("A−").click()
    assert c.notes_size == 20 and rig.sizes[-1] == 20
    for _ in range(40):
        rig.button("A+").click()
    assert c.notes_size == NOTES_MAX
    for _ in range(40):
        rig.button("A−").click()
    assert c.notes_size == NOTES_MIN and c.notes.font().pixelSize() == NOTES_MIN


def test_timer_pause_resume_reset(rig: Rig) -> None:
    c = rig.console
    rig.clock.start()
    rig.time.now += 75
    rig.tick()
    assert c.elapsed.text() == "1:15"
    assert c.pause_button.text() == "暂停"
    c.pause_button.click()
    assert not rig.clock.running and c.pause_button.text() == "继续"
    rig.time.now += 600
    rig.tick()
    assert c.elapsed.text() == "1:15", "a paused clock does not count"
    c.pause_button.click()
    rig.time.now += 5
    rig.tick()
    assert rig.clock.running and c.elapsed.text() == "1:20"
    rig.button("重置").click()
    assert c.elapsed.text() == "0:00" and rig.clock.running
    rig.time.now += 3661
    rig.tick()
    assert c.elapsed.text() == "1:01:01"


def test_clock_shows_wall_time(rig: Rig) -> None:
    text = rig.console.clock_label.text()
    assert len(text) == 5 and text[2] == ":"


def test_pacing_colour(rig: Rig) -> None:
    c = rig.console
    rig.clock.start()
    rig.tick()  # panel 1 of the 2-minute opening at 0:00
    assert c.pace.text() == "● 进度正常"
    assert PACE_COLOURS[Pace.ON_TRACK] in c.pace.styleSheet()
    assert PACE_COLOURS[Pace.ON_TRACK] in c.elapsed.styleSheet()
    rig.time.now += 10 * 60  # ten minutes on the cover
    rig.tick()
    assert c.pace.text() == "● 进度落后"
    assert PACE_COLOURS[Pace.BEHIND] in c.pace.styleSheet()
    rig.button("重置").click()
    rig.state.go_to(20)  # far ahead of the plan at 0:00
    assert c.pace.text() == "● 进度提前"
    assert PACE_COLOURS[Pace.AHEAD] in c.pace.styleSheet()


def test_blank_and_hover_lines(rig: Rig) -> None:
    c = rig.console
    c.set_blank(Blank.BLACK)
    assert c.blank_label.text() == "观众屏幕：黑屏"
    c.set_blank(Blank.WHITE)
    assert c.blank_label.text() == "观众屏幕：白屏"
    c.set_blank(Blank.NONE)
    assert c.blank_label.text() == ""
    c.show_hover("2022年 148个")
    assert c.hover.text() == "2022年 148个"
    rig.state.next()
    assert c.hover.text() == "", "a new panel clears the hover line"


def test_panel_text_in_the_console_keeps_its_colours(rig: Rig) -> None:
    """The console's own light label colour must not reach the panels it shows."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel

    rig.state.go_to(1)
    flush()
    for stage in (rig.console.current, rig.console.next):
        widget = stage.panel_widget
        assert widget is not None
        labels = [label for label in widget.findChildren(QLabel) if label.text()]
        assert labels
        for label in labels:
            colour = label.palette().color(QPalette.ColorRole.WindowText).name()
            assert colour.lower() != "#eeeeee", label.text()
