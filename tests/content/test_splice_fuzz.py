"""Random edit sequences on every briefing: each accepted text reads back as the intended
model, the lines outside what an edit touched stay byte for byte, and undo gives the bytes.

Derandomized, no database, hypothesis's caches in a temporary folder; files only under
pytest's tmp_path.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from tests.conftest import BUILTIN, ROOT

from briefing_app.content import check_text
from briefing_app.content.edit_session import EditSession
from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import (
    AddIndicator,
    DeletePanel,
    DuplicatePanel,
    Edit,
    EditError,
    MovePanel,
    MoveSection,
    SetIndicatorField,
    SetMeta,
    SetPanelField,
    SetPanelHidden,
    SetSectionField,
    apply,
)
from briefing_app.model.field_path import strip_derived
from briefing_app.model.indicator import Indicator, IndicatorKind

_HOME = tempfile.mkdtemp(prefix="briefing-hypothesis-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
set_hypothesis_home_dir(_HOME)

BRIEFINGS = [BUILTIN] + [
    ROOT / "tests" / "data" / name
    for name in ("dongbao-2020", "state-council-2018", "qingshan-2024", "pptx-all-kinds")
]
TEXTS = [
    "新标题",
    "yes",
    "010",
    "1_48",
    "a: b",
    "- x",
    "[列表]",
    "{花括号}",
    "  前后空格 ",
    "#1",
    "2023-01-09",
    "null",
    "多\n行",
    " 缩进\n第二行",
    "",
    "“引号”, 逗号",
]

FUZZ = settings(
    max_examples=10,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _edits(briefing: Briefing) -> st.SearchStrategy[Edit]:
    panels = [p.id for p in briefing.panels]
    sections = [s.id for s in briefing.sections]
    indicators = [i.id for i in briefing.indicators]
    text = st.sampled_from(TEXTS)
    fresh = Indicator("fuzz_new", "新指标", IndicatorKind.COUNT, "个", 2023, target=3)
    return st.one_of(
        st.builds(
            SetPanelField,
            st.sampled_from(panels),
            st.sampled_from(["title", "lead", "notes"]),
            text,
        ),
        st.builds(
            SetPanelField,
            st.sampled_from(panels),
            st.just("minutes"),
            st.sampled_from([None, 2, 1.5]),
        ),
        st.builds(SetPanelHidden, st.sampled_from(panels), st.booleans()),
        st.builds(MovePanel, st.sampled_from(panels), st.sampled_from(sections), st.integers(0, 6)),
        st.builds(MoveSection, st.sampled_from(sections), st.integers(0, len(sections) - 1)),
        st.builds(DuplicatePanel, st.sampled_from(panels), st.sampled_from(["dup1", "dup2"])),
        st.builds(DeletePanel, st.sampled_from(panels)),
        st.builds(
            SetIndicatorField,
            st.sampled_from(indicators),
            st.sampled_from(["name", "unit", "label"]),
            text,
        ),
        st.builds(
            SetIndicatorField, st.sampled_from(indicators), st.just("decimals"), st.integers(0, 2)
        ),
        st.builds(SetSectionField, st.sampled_from(sections), st.just("title"), text),
        st.builds(
            SetSectionField,
            st.sampled_from(sections),
            st.just("minutes"),
            st.sampled_from([None, 4]),
        ),
        st.builds(SetMeta, st.sampled_from(["subtitle", "meeting"]), text),
        st.just(AddIndicator(fresh)),
    )


def _regions(text: str, briefing: Briefing, edit: Edit) -> list[tuple[int, int]]:
    """Return the line ranges (0-based, end excluded) of the elements `edit` may rewrite."""
    root = yaml.compose(text)
    assert isinstance(root, yaml.MappingNode)
    top = {k.value: v for k, v in root.value}
    found: list[tuple[int, int]] = []

    def add(node: yaml.Node) -> None:
        found.append((node.start_mark.line - 3, node.end_mark.line + 1))  # comments above

    panel_id = getattr(edit, "panel_id", None)
    for s, section in enumerate(top["sections"].value):
        fields = {k.value: v for k, v in section.value}
        if getattr(edit, "section_id", None) == briefing.sections[s].id:
            add(section) if isinstance(edit, MoveSection | MovePanel) else add(fields["title"])
            if isinstance(edit, SetSectionField):
                found.append((section.start_mark.line, section.start_mark.line + 6))
        for p, panel in enumerate(fields["panels"].value):
            if briefing.sections[s].panels[p].id == panel_id:
                add(panel)
    if isinstance(edit, SetIndicatorField):
        for i, node in enumerate(top["indicators"].value):
            if briefing.indicators[i].id == edit.indicator_id:
                add(node)
    if isinstance(edit, SetMeta):
        add(top["meta"])
    return found


def _kept(before: str, after: str, regions: list[tuple[int, int]]) -> bool:
    """Return whether every line of `before` outside `regions` is in `after`, in order."""
    lines = after.splitlines(keepends=True)
    at = 0
    for n, line in enumerate(before.splitlines(keepends=True)):
        if any(a <= n < b for a, b in regions):
            continue
        try:
            at = lines.index(line, at) + 1
        except ValueError:
            return False
    return True


@pytest.mark.parametrize("source", BRIEFINGS, ids=lambda p: p.name)
def test_random_edits_splice_read_back_and_keep_other_lines(tmp_path: Path, source: Path) -> None:
    folder = tmp_path / source.name
    shutil.copytree(source, folder)
    first = EditSession(folder).briefing

    @FUZZ
    @given(st.lists(_edits(first), min_size=1, max_size=5))
    def run(sequence: list[Edit]) -> None:
        session = EditSession(folder)
        original = session.document_text()
        made = 0
        for edit in sequence:
            before, model = session.document_text(), session.briefing
            try:
                apply(model, edit)
            except (
                EditError
            ):  # the model refuses it (an unknown id, a taken id): so does the session
                with pytest.raises(EditError):
                    session.apply(edit)
                assert session.document_text() == before
                continue
            session.apply(edit)  # every edit here gives a briefing that loads: never refused
            made += 1
            after = session.document_text()
            result = check_text(after, folder / "briefing.yaml")
            assert result.briefing is not None
            assert strip_derived(result.briefing) == strip_derived(session.briefing)
            assert _kept(before, after, _regions(before, model, edit)), edit
        edited = session.document_text()
        for _ in range(made):
            session.undo()
        assert session.document_text() == original and not session.dirty
        for _ in range(made):
            session.redo()
        assert session.document_text() == edited

    run()
