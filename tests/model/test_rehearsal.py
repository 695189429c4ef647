"""Rehearsed timings: seconds per panel with a fake clock, JSON round trip, pacing from them."""

from __future__ import annotations

import pytest

from briefing_app.model.rehearsal import (
    RehearsalRecorder,
    minutes_per_panel,
    timings_from_json,
    timings_to_json,
)
from briefing_app.model.talk_clock import Pace, PacingPlan


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_records_seconds_per_panel_and_adds_a_second_visit() -> None:
    clock = FakeClock()
    rec = RehearsalRecorder(clock)
    assert not rec.running
    rec.show("a")
    clock.t += 30
    rec.show("b")
    clock.t += 90
    assert rec.timings() == {"a": 30.0, "b": 90.0}
    rec.show("a")  # back to a for a question
    clock.t += 15
    assert rec.stop() == {"a": 45.0, "b": 90.0}
    clock.t += 1000  # stopped: nothing more counts
    assert rec.timings() == {"a": 45.0, "b": 90.0} and not rec.running


def test_json_round_trip_and_clear_errors() -> None:
    text = timings_to_json({"封面": 12.5, "b": 60})
    assert timings_from_json(text) == {"封面": 12.5, "b": 60.0}
    with pytest.raises(ValueError, match=r"line 1, column \d+"):
        timings_from_json("{not json")
    with pytest.raises(ValueError, match="seconds"):
        timings_from_json('{"version": 1}')
    with pytest.raises(ValueError, match=r"seconds\.b"):
        timings_from_json('{"seconds": {"b": "long"}}')


def test_rehearsed_minutes_become_the_pacing_budget() -> None:
    minutes = minutes_per_panel({"a": 60, "c": 120}, ["a", "b", "c"])
    assert minutes == [1.0, None, 2.0]
    plan = PacingPlan(minutes, grace=10)
    assert plan.planned_end(0) == 60 and plan.planned_start(2) == 60 and plan.total == 180
    assert plan.pace(0, 30) is Pace.ON_TRACK
    assert plan.pace(0, 100) is Pace.BEHIND
    assert plan.pace(2, 20) is Pace.AHEAD
