"""The talk clock and pacing: pure time arithmetic with an injected `now()`, no GUI."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from enum import StrEnum


class TalkClock:
    """An elapsed-time stopwatch that can pause, resume and reset."""

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._started: float | None = None  # when the current running stretch began
        self._banked = 0.0  # seconds from earlier stretches

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self) -> None:
        """Start or resume; does nothing when already running."""
        if self._started is None:
            self._started = self._now()

    def pause(self) -> None:
        if self._started is not None:
            self._banked += self._now() - self._started
            self._started = None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        """Back to zero; a running clock keeps running from zero."""
        self._banked = 0.0
        if self._started is not None:
            self._started = self._now()

    def elapsed(self) -> float:
        """Return the seconds counted so far."""
        running = self._now() - self._started if self._started is not None else 0.0
        return self._banked + running


def format_duration(seconds: float) -> str:
    """Return `seconds` as M:SS, or H:MM:SS from an hour on."""
    total = int(max(seconds, 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Pace(StrEnum):
    NONE = "none"  # no time budget set
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"


class PacingPlan:
    """Planned start and end time of each panel, from per-panel or per-section budgets."""

    def __init__(self, minutes_per_panel: Sequence[float | None], grace: float = 30.0) -> None:
        self._has_budget = any(m is not None for m in minutes_per_panel)
        self._starts: list[float] = []
        clock = 0.0
        for minutes in minutes_per_panel:
            self._starts.append(clock)
            clock += (minutes or 0.0) * 60
        self._ends = [*self._starts[1:], clock]
        self.total = clock
        self.grace = grace

    @classmethod
    def from_sections(
        cls, sections: Sequence[tuple[float | None, Sequence[float | None]]]
    ) -> PacingPlan:
        """Build from (section minutes, [panel minutes]) pairs; a section budget is shared
        evenly among its panels that have none of their own."""
        per_panel: list[float | None] = []
        for section_minutes, panels in sections:
            own = sum(m for m in panels if m is not None)
            free = [m for m in panels if m is None]
            share = None
            if section_minutes is not None and free:
                share = max(section_minutes - own, 0.0) / len(free)
            per_panel += [m if m is not None else share for m in panels]
        return cls(per_panel)

    def planned_start(self, index: int) -> float:
        return self._starts[index]

    def planned_end(self, index: int) -> float:
        return self._ends[index]

    def pace(self, index: int, elapsed: float) -> Pace:
        """Return how the talk stands at panel `index` after `elapsed` seconds."""
        if not self._has_budget:
            return Pace.NONE
        if elapsed > self._ends[index] + self.grace:
            return Pace.BEHIND
        if elapsed < self._starts[index] - self.grace:
            return Pace.AHEAD
        return Pace.ON_TRACK
