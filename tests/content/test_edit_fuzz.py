"""Random edit sequences on a commented briefing: every accepted text reads back, undoing
everything gives the original bytes, redoing everything gives the edited text again.

Derandomized (the same examples every run), no database, hypothesis's caches in a temporary
folder; files are written only under pytest's tmp_path.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from tests.conftest import write_briefing
from tests.content.test_save import COMMENTED

from briefing_app.content import check_text
from briefing_app.content.edit_session import EditSession
from briefing_app.model.edits import (
    DeletePanel,
    DuplicatePanel,
    Edit,
    EditError,
    MovePanel,
    SetIndicatorField,
    SetPanelField,
    SetPanelHidden,
)
from briefing_app.model.field_path import strip_derived

_HOME = tempfile.mkdtemp(prefix="briefing-hypothesis-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
set_hypothesis_home_dir(_HOME)

PANELS = ["cover", "figures", "list", "donut", "copy1", "copy2"]
TEXTS = ["新标题", "yes", "010", "a: b", "- x", "“引号”", "  前后空格 ", "2023-01-09", "多\n行"]

edits = st.one_of(
    st.builds(
        SetPanelField,
        st.sampled_from(PANELS),
        st.sampled_from(["title", "lead", "notes"]),
        st.sampled_from(TEXTS),
    ),
    st.builds(SetPanelHidden, st.sampled_from(PANELS), st.booleans()),
    st.builds(MovePanel, st.sampled_from(PANELS), st.just("main"), st.integers(0, 5)),
    st.builds(DuplicatePanel, st.sampled_from(PANELS), st.sampled_from(["copy1", "copy2"])),
    st.builds(DeletePanel, st.sampled_from(PANELS)),
    st.builds(
        SetIndicatorField,
        st.sampled_from(["new", "total", "gdp"]),
        st.just("name"),
        st.sampled_from(TEXTS),
    ),
    st.builds(
        SetPanelField,
        st.just("list"),
        st.sampled_from(["items[0]", "items[1]", "items[2]"]),
        st.sampled_from([None, "一条", "yes"]),
    ),
)

FUZZ = settings(
    max_examples=20,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path


@FUZZ
@given(st.lists(edits, min_size=1, max_size=6))
def test_random_edits_read_back_and_undo_to_the_same_bytes(
    folder: Path, sequence: list[Edit]
) -> None:
    assert_read_back_and_undone(folder, sequence)


def assert_read_back_and_undone(folder: Path, sequence: list[Edit]) -> None:
    """Apply `sequence` to a commented briefing: every accepted text reads back as the
    session's model; undoing all gives the original bytes, redoing all the edited text."""
    file = write_briefing(Path(tempfile.mkdtemp(dir=folder)), COMMENTED)
    original = file.read_text(encoding="utf-8")
    session = EditSession(file)
    made = 0
    for edit in sequence:
        try:
            session.apply(edit)
        except EditError:
            continue
        made += 1
        result = check_text(session.document_text(), file)
        assert result.briefing is not None
        assert strip_derived(result.briefing) == strip_derived(session.briefing)
    edited = session.document_text()
    for _ in range(made):
        session.undo()
    assert session.document_text() == original and not session.dirty
    for _ in range(made):
        session.redo()
    assert session.document_text() == edited
