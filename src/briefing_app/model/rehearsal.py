"""Rehearsed timings: how long each panel was shown in a rehearsal (pure, injected `now()`)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence


class RehearsalRecorder:
    """Counts the seconds each panel (by id) is on screen while a rehearsal runs.

    `show(panel_id)` is called whenever the shown panel changes; time on a panel that is
    shown twice adds up (going back to answer a question counts as part of its time).
    """

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._seconds: dict[str, float] = {}
        self._order: list[str] = []
        self._current: str | None = None
        self._since = 0.0

    @property
    def running(self) -> bool:
        return self._current is not None

    def show(self, panel_id: str) -> None:
        """Start counting for `panel_id` (stopping the panel counted so far)."""
        self._bank()
        self._current = panel_id
        self._since = self._now()
        if panel_id not in self._seconds:
            self._seconds[panel_id] = 0.0
            self._order.append(panel_id)

    def stop(self) -> dict[str, float]:
        """Stop counting; return the seconds per panel id, in the order first shown."""
        self._bank()
        self._current = None
        return self.timings()

    def timings(self) -> dict[str, float]:
        """Return the seconds per panel id so far (the running panel included)."""
        result = {pid: self._seconds[pid] for pid in self._order}
        if self._current is not None:
            result[self._current] += self._now() - self._since
        return result

    def _bank(self) -> None:
        if self._current is not None:
            self._seconds[self._current] += self._now() - self._since


def minutes_per_panel(timings: Mapping[str, float], panel_ids: Sequence[str]) -> list[float | None]:
    """Return each panel's rehearsed minutes in show order; None for one never rehearsed."""
    return [timings[pid] / 60 if pid in timings else None for pid in panel_ids]


def timings_to_json(timings: Mapping[str, float]) -> str:
    """Return `timings` as the JSON text saved beside the settings."""
    return json.dumps({"version": 1, "seconds": dict(timings)}, ensure_ascii=False, indent=1)


def timings_from_json(text: str) -> dict[str, float]:
    """Return the timings of a saved JSON text; ValueError with one line when malformed."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    seconds = data.get("seconds") if isinstance(data, dict) else None
    if not isinstance(seconds, dict):
        raise ValueError("line 1, column 1: seconds: missing (an object of panel id: seconds)")
    result: dict[str, float] = {}
    for pid, value in seconds.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ValueError(f"seconds.{pid}: not a number of seconds: {value!r}")
        result[str(pid)] = float(value)
    return result
