"""The saver: comments and layout survive, an edit changes only its own lines."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
import yaml
from tests.conftest import BUILTIN, MINIMAL, write_briefing

from briefing_app.content import check_briefing, check_text, load_briefing
from briefing_app.content.edit_session import EditSession
from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import (
    AddIndicator,
    AddPanel,
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
)
from briefing_app.model.field_path import strip_derived
from briefing_app.model.indicator import Indicator, IndicatorKind
from briefing_app.model.panels import BulletsPanel
from briefing_app.model.text import TextItem

COMMENTED = (
    MINIMAL.replace(
        "meta:\n",
        "# The meeting, as the invitation names it.\nmeta:  # keep in step with the cover\n",
    )
    .replace(
        "      - id: list\n",
        "      # -- the list of finished projects --\n      - id: list   # stays third\n",
    )
    .replace("    target: 187", "    target: 187  # 新开工")
)


def _changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


@pytest.fixture
def commented(tmp_path: Path) -> Path:
    return write_briefing(tmp_path / "b", COMMENTED)


def test_saving_without_a_change_gives_the_same_bytes(commented: Path) -> None:
    before = commented.read_bytes()
    session = EditSession(commented)
    assert not session.dirty
    session.save()
    assert commented.read_bytes() == before


def test_one_edit_changes_only_its_own_line_and_comments_survive(commented: Path) -> None:
    before = commented.read_text(encoding="utf-8")
    session = EditSession(commented)
    session.apply(SetIndicatorField("new", "name", "新开工项目"))
    session.save()
    after = commented.read_text(encoding="utf-8")
    assert _changed_lines(before, after) == [
        "-  - {id: new, name: 新开工, kind: count, unit: 个, year: 2023, target: 187, source: 计划新开工项目187个}",
        "+  - {id: new, name: 新开工项目, kind: count, unit: 个, year: 2023, target: 187, source: 计划新开工项目187个}",
    ]
    for comment in ("# The meeting", "# keep in step", "# -- the list", "# stays third"):
        assert comment in after
    assert load_briefing(commented).indicator("new").name == "新开工项目"


def test_block_edits_keep_the_authors_layout(commented: Path) -> None:
    before = commented.read_text(encoding="utf-8")
    session = EditSession(commented)
    session.apply(SetIndicatorField("annual", "target", 502.8))  # no change at all
    session.apply(SetPanelField("list", "lead", "今年竣工的项目"))
    session.apply(SetPanelHidden("cover", True))
    session.apply(SetPanelField("list", "items[1].text", "另一条"))
    session.save()
    changed = _changed_lines(before, commented.read_text(encoding="utf-8"))
    assert sorted(changed) == sorted(
        [
            "+        hidden: true",
            "+        lead: 今年竣工的项目",
            "-          - 不带数字的一条",
            "+          - 另一条",
        ]
    )


def test_every_edit_of_the_built_in_briefing_reads_back(tmp_path: Path) -> None:
    folder = tmp_path / "etdz"
    shutil.copytree(BUILTIN, folder)
    file = folder / "briefing.yaml"
    before = file.read_text(encoding="utf-8")
    session = EditSession(folder)
    session.apply(SetIndicatorField("gdp_growth_2023", "name", "地区生产总值（GDP）"))
    session.apply(SetPanelField("review_hub", "lead", "发挥枢纽、物流、开放的优势。"))
    session.apply(MovePanel("review_six", "outlook_2023", 0))
    session.apply(DuplicatePanel("why_2023", "why_2023_copy"))
    session.apply(DeletePanel("why_2023_copy"))
    session.apply(SetMeta("subtitle", "yes"))  # PyYAML would read a plain yes as true
    session.save()
    loaded = load_briefing(folder)
    assert strip_derived(loaded) == strip_derived(session.briefing)
    assert loaded.meta.subtitle == "yes"
    order = [p.id for p in loaded.panels]
    assert order.index("review_six") == order.index("why_2023") - 1
    changed = _changed_lines(before, file.read_text(encoding="utf-8"))
    # the move shows as the next section's heading comment and its four header lines going up
    # past the panel, plus the name, the lead and the subtitle: nothing else of 1 000 lines
    assert len(changed) == 5 * 2 + 3 * 2
    heading = "  # == 2023年形势与要求: why the year matters, the secretary's words, the requirement, the goal =="
    assert f"+{heading}" in changed and changed.index(f"+{heading}") + 1 == changed.index(
        "+  - id: outlook_2023"
    )


@pytest.mark.parametrize(
    "text", ["yes", "010", "1_48", "2023-01-09", "null", " padded", "a: b", "#1"]
)
def test_text_values_that_yaml_reads_otherwise_are_quoted(commented: Path, text: str) -> None:
    session = EditSession(commented)
    session.apply(SetPanelField("list", "title", text))
    session.save()
    loaded = check_briefing(commented).briefing  # a number in a title is a problem, not an error
    assert loaded is not None and loaded.panels[2].title == text
    assert (
        yaml.safe_load(commented.read_text(encoding="utf-8"))["sections"][0]["panels"][2]["title"]
        == text
    )


def test_a_new_panel_is_written_as_a_block_like_its_neighbours(commented: Path) -> None:
    session = EditSession(commented)
    panel = BulletsPanel(
        id="added",
        title="新增",
        notes="讲两句。",
        items=(TextItem("第一条"), TextItem("第二条", emphasis=True)),
    )
    session.apply(AddPanel("main", 1, panel))
    session.save()
    text = commented.read_text(encoding="utf-8")
    assert "      - id: added\n        kind: bullets\n        title: 新增\n" in text
    loaded = load_briefing(commented)
    assert loaded.panels[1] == panel


def test_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    file = write_briefing(tmp_path / "b")
    data = b"\xef\xbb\xbf" + file.read_bytes().replace(b"\n", b"\r\n")
    file.write_bytes(data)
    session = EditSession(file)
    session.save()
    assert file.read_bytes() == data
    session.apply(SetPanelField("cover", "lead", "开场白"))
    session.save()
    saved = file.read_bytes()
    assert saved.startswith(b"\xef\xbb\xbf") and b"\n" not in saved.replace(b"\r\n", b"")
    assert load_briefing(file).panels[0].lead == "开场白"


def test_old_mac_line_ends_are_kept(tmp_path: Path) -> None:
    file = write_briefing(tmp_path / "b")
    data = file.read_bytes().replace(b"\n", b"\r")
    file.write_bytes(data)
    session = EditSession(file)
    session.apply(SetPanelField("cover", "lead", "开场白"))
    session.apply(MovePanel("list", "main", 0))
    session.save()
    saved = file.read_bytes()
    assert b"\n" not in saved and saved.count(b"\r") == data.count(b"\r") + 1
    assert load_briefing(file).panels[0].id == "list"
    assert load_briefing(file).panels[1].lead == "开场白"


def test_a_value_the_check_refuses_is_refused_and_nothing_changes(commented: Path) -> None:
    session = EditSession(commented)
    text = session.document_text()
    with pytest.raises(EditError, match="minutes"):
        session.apply(SetPanelField("list", "minutes", -3))
    assert session.document_text() == text and not session.can_undo
    session.apply(SetPanelField("list", "minutes", 3))  # the tree was put back in order
    assert "minutes: 3" in session.document_text()


def test_undo_gives_back_each_text_and_redo_the_edited_one(tmp_path: Path) -> None:
    folder = tmp_path / "etdz"
    shutil.copytree(BUILTIN, folder)
    session = EditSession(folder)
    fresh = Indicator("jobs_2023", "新增就业", IndicatorKind.COUNT, "人", 2023, target=1000)
    edits: list[Edit] = [
        MoveSection("outlook_2023", 0),
        AddIndicator(fresh),
        MovePanel("review_six", "outlook_2023", 0),
        SetMeta("meeting", "经济工作会议"),
        SetIndicatorField("gdp_growth_2023", "name", "GDP"),
    ]
    texts = [session.document_text()]
    for edit in edits:
        session.apply(edit)
        texts.append(session.document_text())
    assert len(set(texts)) == len(texts)
    for text in reversed(texts[:-1]):
        session.undo()
        assert session.document_text() == text
    assert session.document_text() == (folder / "briefing.yaml").read_text(encoding="utf-8")
    for text in texts[1:]:
        session.redo()
        assert session.document_text() == text
    assert strip_derived(load_briefing_text(session)) == strip_derived(session.briefing)


def load_briefing_text(session: EditSession) -> Briefing:
    result = check_text(session.document_text(), session.file)
    assert result.briefing is not None
    return result.briefing


def test_an_edit_of_one_use_of_an_aliased_text_changes_that_use(tmp_path: Path) -> None:
    shared = MINIMAL.replace("        notes: 开场。", "        notes: &said 开场。").replace(
        "        notes: 说一下竣工。", "        notes: *said"
    )
    file = write_briefing(tmp_path / "b", shared)
    session = EditSession(file)
    assert session.briefing.panels[2].notes == "开场。"
    session.apply(SetPanelField("list", "notes", "只改这一页"))  # a scalar: this use only
    assert [p.notes for p in session.briefing.panels[:3:2]] == ["开场。", "只改这一页"]
    session.save()
    assert load_briefing(file).panels[0].notes == "开场。"


def test_an_edit_inside_a_list_shared_through_an_alias_is_refused(tmp_path: Path) -> None:
    shared = MINIMAL.replace(
        "          - {indicator: projects}\n          - {indicator: total}\n",
        "          - &figure {indicator: projects}\n          - {indicator: total}\n",
    ).replace(
        "          - {indicator: share, caption: 年度计划投资占总投资}",
        "          - {indicator: share, caption: 年度计划投资占总投资}\n          - *figure",
    )
    file = write_briefing(tmp_path / "b", shared)
    before = file.read_bytes()
    session = EditSession(file)
    with pytest.raises(EditError, match="read back"):
        session.apply(SetPanelField("figures", "figures[0].caption", "全部"))  # both would change
    assert session.document_text().encode() == before and not session.can_undo


def test_notes_are_compared_as_the_loader_reads_them(commented: Path) -> None:
    session = EditSession(commented)
    session.apply(SetPanelField("list", "notes", "  先讲这个。 再讲那个。 "))
    assert session.briefing.panels[2].notes == "先讲这个。再讲那个。"  # as any loaded notes
    session.save()
    assert load_briefing(commented).panels[2].notes == "先讲这个。再讲那个。"
