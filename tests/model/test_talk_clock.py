"""TalkClock and PacingPlan with an injected clock: no GUI, no sleeping."""

from __future__ import annotations

from briefing_app.model.talk_clock import Pace, PacingPlan, TalkClock, format_duration


class FakeNow:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_clock_counts_pauses_resumes_and_resets() -> None:
    now = FakeNow()
    clock = TalkClock(now)
    assert clock.elapsed() == 0 and not clock.running
    clock.start()
    now.t += 65
    assert clock.elapsed() == 65
    clock.pause()
    now.t += 100
    assert clock.elapsed() == 65
    clock.toggle()
    now.t += 5
    assert clock.elapsed() == 70 and clock.running
    clock.reset()
    assert clock.elapsed() == 0 and clock.running
    now.t += 3
    assert clock.elapsed() == 3


def test_format_duration() -> None:
    assert format_duration(0) == "0:00"
    assert format_duration(65.9) == "1:05"
    assert format_duration(3725) == "1:02:05"


def test_pacing_from_section_budgets() -> None:
    plan = PacingPlan.from_sections([(4.0, [None, None]), (None, [1.0, None])])
    assert plan.planned_start(1) == 120 and plan.planned_end(1) == 240
    assert plan.planned_end(2) == 300
    assert plan.pace(0, 60) is Pace.ON_TRACK
    assert plan.pace(0, 200) is Pace.BEHIND
    assert plan.pace(2, 100) is Pace.AHEAD


def test_no_budget_means_no_pacing_colour() -> None:
    assert PacingPlan([None, None]).pace(1, 9999) is Pace.NONE
