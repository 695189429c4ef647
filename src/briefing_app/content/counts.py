"""What a panel or a section shows a number of, so that a count it states is proven by it."""

from __future__ import annotations

import re

from briefing_app.content.normalize import chinese_numeral, normalize
from briefing_app.model.briefing import Section
from briefing_app.model.panels import PanelBase, PanelKind, TaskPanel, panel_charts

#: How a report numbers its tasks at the start of the sentence: 一是, 二、, (三), 第四.
_MARKER = re.compile(r"^(?:第)?\(?([零一二两三四五六七八九十]{1,3})(?:是|,|\)|、)")


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


def stated_task_number(panel: TaskPanel) -> int | None:
    """Return the number the task's headline quote gives it (一是… is task 1), if any."""
    quote = panel.headline.source
    found = _MARKER.match(normalize(quote)) if quote else None
    return chinese_numeral(found.group(1)) if found else None
