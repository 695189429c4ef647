"""Task numbers read the same on a task panel and on its deck slide (任务二十, not "20、")."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from briefing_app.export.pptx.deck import build_deck
from briefing_app.model.briefing import Briefing
from briefing_app.model.linebreak import unprotect
from briefing_app.model.numerals import task_count_label, task_number_label
from briefing_app.model.panels import TaskPanel
from briefing_app.paths import default_template


def _renumbered(briefing: Briefing, first: int) -> Briefing:
    """Return the briefing with its task panels numbered from `first` (20, 21, ...)."""
    numbers = iter(range(first, first + 100))
    sections = tuple(
        dataclasses.replace(
            section,
            panels=tuple(
                dataclasses.replace(p, number=next(numbers)) if isinstance(p, TaskPanel) else p
                for p in section.panels
            ),
        )
        for section in briefing.sections
    )
    return dataclasses.replace(briefing, sections=sections)


def test_task_numbers_from_twenty_match_live_and_in_the_deck(
    make_panel: Callable[..., object], builtin: Briefing
) -> None:
    briefing = _renumbered(builtin, 20)
    tasks = [(i, p) for i, p in enumerate(briefing.panels) if isinstance(p, TaskPanel)]
    assert len(tasks) == 8 and tasks[0][1].number == 20
    prs = build_deck(briefing, default_template())
    for index, panel in (tasks[0], tasks[-1]):
        label = task_number_label(panel.number)  # 任务二十, 任务二十七
        widget = make_panel(panel, briefing)
        texts = [unprotect(w.text()) for w in widget.findChildren(QLabel)]  # type: ignore[attr-defined]
        kicker = next(t for t in texts if t.startswith("任务"))
        assert kicker.split()[0] == label, texts
        assert task_count_label(8) in kicker
        title = prs.slides[index].shapes.title.text_frame.text
        assert title.startswith(label + "　"), title
        assert "20、" not in title


def test_the_count_is_of_the_tasks_in_the_section(
    make_panel: Callable[..., object], builtin: Briefing
) -> None:
    """Two tasks moved into a section of their own read 共两项; the others 共六项; 任务九十九."""
    tasks = [p for p in builtin.panels if isinstance(p, TaskPanel)]
    moved = (
        dataclasses.replace(tasks[0], number=98),
        dataclasses.replace(tasks[1], number=99),
    )
    sections = tuple(
        dataclasses.replace(s, panels=tuple(p for p in s.panels if p not in tasks[:2]))
        for s in builtin.sections
    )
    extra = dataclasses.replace(
        builtin.sections[-1], id="two_tasks", title="两项任务", panels=moved
    )
    briefing = dataclasses.replace(builtin, sections=(*sections, extra))
    for panel, count, label in ((moved[1], 2, "任务九十九"), (tasks[2], 6, "任务三")):
        widget = make_panel(panel, briefing)
        texts = [unprotect(w.text()) for w in widget.findChildren(QLabel)]  # type: ignore[attr-defined]
        kicker = next(t for t in texts if t.startswith("任务"))
        assert kicker.split()[0] == label
        assert task_count_label(count) in kicker, kicker
