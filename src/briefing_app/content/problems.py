"""Problems found in a briefing, each pinned to a file, line, column and field path."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a briefing; `str()` gives `file:line:column: path: message`."""

    file: str
    line: int  # 1-based; 0 when the problem concerns the whole file
    column: int  # 1-based
    path: str  # field path such as sections[1].panels[0].title; "" for the file itself
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class BriefingError(Exception):
    """Raised by the loader when a briefing cannot be used; holds every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
