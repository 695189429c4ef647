"""The inspector's rows for a timeline's events: each field, added, removed and reordered."""

from __future__ import annotations

from briefing_app.model.edits import InsertItem
from briefing_app.model.panels import PanelBase, TimelineEvent, TimelinePanel
from briefing_app.ui.editor.fields import Button, Row, check_field, element, grouped, text_field

PLACEHOLDER_EVENT = ("年份", "事件")


def event_rows(panel: PanelBase) -> list[Row]:
    """Return the rows of every event of a timeline panel (none for other kinds)."""
    if not isinstance(panel, TimelinePanel):
        return []
    pid, events = panel.id, panel.events
    rows: list[Row] = []
    for i in range(len(events)):
        n = i + 1
        label = text_field(pid, f"events[{i}].label", "editor.f.event_label")
        part: list[Row] = [
            element(label, pid, "events", i, len(events)),
            text_field(pid, f"events[{i}].title", "editor.f.event_title"),
            text_field(pid, f"events[{i}].text", "editor.f.event_text"),
            text_field(pid, f"events[{i}].source", "editor.f.its_source", optional=True),
            check_field(pid, f"events[{i}].highlight", "editor.f.event_highlight"),
        ]
        rows += grouped(part, "editor.g.event", n)
    add = InsertItem(pid, "events", len(events), TimelineEvent(*PLACEHOLDER_EVENT))
    rows.append(Button("editor.add_event", add, "editor.g.event", len(events)))
    return rows
