"""What a panel or a section shows a number of, so that a count it states is proven by it."""

from __future__ import annotations

import re

from briefing_app.content.messages import Message, msg
from briefing_app.content.normalize import chinese_numeral, normalize
from briefing_app.content.numerals import read_numbers
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


def title_count_problem(panel: PanelBase) -> Message | None:
    """Return what is wrong when a panel's title counts what it shows and says another number.

    五项增长目标 above six bars, or 八项重点工作 above seven cards, is wrong even when a quote
    says 八项: the title counts the panel's own items. A task panel's title is left alone
    (its items are sub-items, not what its headline counts).
    """
    shown = counts_shown(panel)
    if not shown or panel.kind is PanelKind.TASK:
        return None
    for number in read_numbers(panel.title):
        if number.chinese and number.is_count and not number.ordinal and number.written != "一":
            if int(number.value) not in shown:
                listed = "、".join(str(n) for n in sorted(shown))
                return msg("numbers.title_count", written=number.written, listed=listed)
            return None
    return None
