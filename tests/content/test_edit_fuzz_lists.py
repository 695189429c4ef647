"""Random sequences of the inspector's list edits (insert, remove, move an item, a series, a
category), with text and role edits between: every accepted text reads back, undoing all gives
the original bytes, redoing all gives the edited text again."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.content.test_edit_fuzz import (
    FUZZ,
    TEXTS,
    assert_read_back_and_undone,
    folder,  # noqa: F401  (the fixture)
)

from briefing_app.model.chart import Series
from briefing_app.model.edits import (
    ROLE,
    Edit,
    InsertItem,
    MoveItem,
    RemoveItem,
    SetIndicatorField,
    SetPanelField,
)
from briefing_app.model.text import TextItem

LISTS = [("list", "items"), ("donut", "chart.series"), ("donut", "chart.categories")]
VALUES = {
    "items": st.sampled_from([TextItem("一条"), TextItem("yes", emphasis=True), "第二条"]),
    "chart.series": st.builds(Series, st.sampled_from(TEXTS), st.just((1, 2, 3))),
    "chart.categories": st.sampled_from(TEXTS),
}


@st.composite
def list_edits(draw: st.DrawFn) -> Edit:
    panel, path = draw(st.sampled_from(LISTS))
    kind = draw(st.sampled_from(["insert", "remove", "move"]))
    index = draw(st.integers(0, 3))
    if kind == "insert":
        return InsertItem(panel, path, index, draw(VALUES[path]))
    if kind == "remove":
        return RemoveItem(panel, path, index % 2)  # every list here has two elements or more
    return MoveItem(panel, path, index, draw(st.integers(0, 3)))


edits = st.one_of(
    list_edits(),
    st.builds(SetPanelField, st.just("list"), st.just("items[0].text"), st.sampled_from(TEXTS)),
    st.builds(
        SetIndicatorField,
        st.sampled_from(["new", "total", "gdp"]),
        st.just(ROLE),
        st.sampled_from(["value", "target"]),
    ),
)


@settings(FUZZ, max_examples=40)
@given(st.lists(edits, min_size=1, max_size=6))
def test_random_list_edits_read_back_and_undo_to_the_same_bytes(
    folder: Path,  # noqa: F811
    sequence: list[Edit],
) -> None:
    assert_read_back_and_undone(folder, sequence)
