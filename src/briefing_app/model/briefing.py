"""The briefing: meta, indicators and sections of panels, immutable once loaded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from briefing_app.model.indicator import Indicator
from briefing_app.model.panels import Panel, PanelBase


@dataclass(frozen=True)
class Anniversary:
    years: int
    founded: int


@dataclass(frozen=True)
class Meta:
    title: str
    subtitle: str
    organisation: str
    meeting: str
    date: dt.date
    anniversary: Anniversary | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    panels: tuple[Panel, ...]
    minutes: float | None = None  # optional time budget for the whole section


@dataclass(frozen=True)
class Briefing:
    """A loaded briefing. `source_text` is the raw source the quotes are checked against."""

    meta: Meta
    indicators: tuple[Indicator, ...]
    sections: tuple[Section, ...]
    source: str = "source.txt"
    format: int = 1
    source_text: str = field(default="", metadata={"derived": True}, repr=False)

    @property
    def panels(self) -> tuple[PanelBase, ...]:
        """Return every panel in show order."""
        return tuple(p for s in self.sections for p in s.panels)

    def indicator(self, indicator_id: str) -> Indicator:
        """Return the indicator with this id; KeyError when there is none."""
        for ind in self.indicators:
            if ind.id == indicator_id:
                return ind
        raise KeyError(indicator_id)

    def section_of(self, index: int) -> Section:
        """Return the section holding the panel at show position `index`."""
        seen = 0
        for section in self.sections:
            seen += len(section.panels)
            if index < seen:
                return section
        raise IndexError(index)

    def index_of(self, panel_id: str) -> int:
        """Return the show position of the panel with this id; -1 when absent."""
        for i, panel in enumerate(self.panels):
            if panel.id == panel_id:
                return i
        return -1
