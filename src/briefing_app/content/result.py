"""The outcome of loading a briefing: the briefing when usable, and every problem found."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.content.problems import Problem
from briefing_app.model.briefing import Briefing


@dataclass(frozen=True)
class CheckResult:
    """The outcome of loading: the briefing when usable, and every problem found."""

    briefing: Briefing | None
    problems: list[Problem]
    file: Path
    #: The bytes of the YAML file and of the source text exactly as the loader read them
    #: (the start-up cache keys on these, never on a second read).
    inputs: tuple[bytes, bytes] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.briefing is not None
