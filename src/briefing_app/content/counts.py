"""What a panel or a section shows a number of, so that a count it states is proven by it."""

from __future__ import annotations

from briefing_app.model.briefing import Section
from briefing_app.model.panels import PanelBase, PanelKind, panel_charts


def counts_shown(panel: PanelBase) -> set[int]:
    """Return every count of things the panel shows: cards, items, figures, events, categories.

    六个“新”成就 above six cards is proven by the six cards; a task panel shows its sub-items
    (四件事 over four) and its figures.
    """
    found = {len(getattr(panel, name, ())) for name in ("cards", "figures", "events", "items")}
    found |= {len(chart.categories) for chart in panel_charts(panel)}
    return found - {0}


def tasks_in(section: Section) -> int | None:
    """Return the number of task panels in a section (八项重点工作, 共八项), None if none."""
    count = sum(1 for panel in section.panels if panel.kind is PanelKind.TASK)
    return count or None
