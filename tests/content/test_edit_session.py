"""The editing session: undo and redo, the live check, safe saving and crash recovery."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import write_briefing

from briefing_app.content import load_briefing
from briefing_app.content.edit_session import EditSession
from briefing_app.content.splice import SpliceDocument
from briefing_app.model.edits import (
    Changes,
    EditError,
    MovePanel,
    SetIndicatorField,
    SetPanelField,
    SetPanelHidden,
)


@pytest.fixture
def file(tmp_path: Path) -> Path:
    return write_briefing(tmp_path / "b")


def test_undo_and_redo_walk_the_snapshots_and_the_text(file: Path) -> None:
    session = EditSession(file)
    original = session.document_text()
    first = session.briefing
    lead = session.apply(SetPanelField("list", "lead", "导语"))
    assert lead == Changes(panels=frozenset({"list"}))
    session.apply(MovePanel("cover", "main", 3))
    moved = session.document_text()
    assert session.dirty and session.can_undo and not session.can_redo
    assert session.undo().structure
    assert session.undo() == lead
    assert session.briefing is first and session.document_text() == original
    assert not session.dirty and not session.can_undo and session.can_redo
    session.redo()
    session.redo()
    assert session.document_text() == moved
    assert [p.id for p in session.briefing.panels][-1] == "cover"
    session.undo()
    session.apply(SetPanelHidden("list", True))  # a new edit drops what was undone
    assert not session.can_redo


def test_the_check_runs_after_each_edit_and_a_show_keeps_the_last_good(file: Path) -> None:
    session = EditSession(file)
    good = session.briefing
    assert session.problems == [] and session.last_good is good
    session.apply(SetIndicatorField("new", "target", 188))  # its quote says 187
    assert session.briefing.indicator("new").target == 188
    assert session.briefing.indicator("projects").target == 393  # stated; now 188+142+64 != 393
    assert any("188" in p.render("en") for p in session.problems)
    assert session.last_good is good
    session.apply(SetIndicatorField("new", "target", 187))
    assert session.problems == [] and session.last_good is session.briefing


def test_a_derived_figure_follows_its_inputs(file: Path) -> None:
    session = EditSession(file)
    session.apply(SetIndicatorField("annual", "target", 1470.05))
    assert session.briefing.indicator("share").value == 50.0  # annual / total * 100, recomputed
    assert "value:" not in session.document_text().split("id: share")[1].split("- id:")[0]


def test_an_edit_whose_text_would_read_back_otherwise_is_refused(
    file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = EditSession(file)
    before = session.document_text()
    honest = SpliceDocument.text
    monkeypatch.setattr(
        SpliceDocument,
        "text",
        lambda self: honest(self).replace("target: 502.8", "target: 502.9"),
    )
    with pytest.raises(EditError, match="read back"):
        session.apply(SetPanelField("list", "lead", "导语"))
    monkeypatch.undo()
    assert session.document_text() == before and not session.can_undo
    assert "lead" not in SpliceDocument.text(session._doc)  # the text was put back


def test_save_writes_the_edit_and_refuses_an_outside_change(file: Path) -> None:
    session = EditSession(file)
    session.apply(SetPanelField("list", "title", "已竣工项目"))
    session.save()
    assert not session.dirty and session.saved_bytes == file.read_bytes()
    assert load_briefing(file).panels[2].title == "已竣工项目"
    outside = file.read_text(encoding="utf-8").replace("测试会议", "另一个会议")
    file.write_text(outside, encoding="utf-8")
    session.apply(SetPanelField("list", "title", "竣工"))
    with pytest.raises(EditError, match="changed outside"):
        session.save()
    assert file.read_text(encoding="utf-8") == outside  # the other edit is not lost
    session.save(overwrite=True)
    assert load_briefing(file).panels[2].title == "竣工"


def test_a_crash_mid_edit_leaves_a_recovery_copy_in_the_cache(tmp_path: Path, file: Path) -> None:
    cache = tmp_path / "cache"
    before = file.read_bytes()
    session = EditSession(file)
    session.apply(SetPanelField("list", "lead", "还没保存"))
    copy = session.write_recovery(cache)
    assert copy.parent == cache and file.read_bytes() == before  # never beside the user's file
    del session  # the crash: nothing saved
    found = EditSession.find_recovery(file.parent, cache)
    assert found == copy
    recovered = EditSession.recover(file, found)
    assert recovered.dirty and recovered.briefing.panels[2].lead == "还没保存"
    assert EditSession.find_recovery(write_briefing(tmp_path / "other"), cache) is None


def test_saving_removes_only_our_own_recovery_copy(
    tmp_path: Path, file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_APP_CACHE", str(tmp_path / "cache"))
    session = EditSession(file)
    session.apply(SetPanelField("list", "lead", "导语"))
    copy = session.write_recovery()
    session.save()
    assert not copy.exists() and EditSession.find_recovery(file) is None
    copy.write_text("a file someone else put there\n", encoding="utf-8")
    session.apply(SetPanelField("list", "lead", "又一句"))
    session.save()
    assert copy.read_text(encoding="utf-8") == "a file someone else put there\n"


def test_a_briefing_that_does_not_load_cannot_be_edited(tmp_path: Path) -> None:
    file = write_briefing(tmp_path / "b", "format: 1\nmeta: [not, a, mapping]\n")
    with pytest.raises(EditError, match=r"briefing\.yaml:\d+:\d+"):
        EditSession(file)


def test_the_saver_loads_only_when_editing_starts_and_with_one_yaml_library() -> None:
    code = (
        "import sys\n"
        "import briefing_app.app, briefing_app.cli, briefing_app.model.edits\n"
        "from briefing_app.content import load_briefing\n"
        "from briefing_app.paths import default_briefing\n"
        "load_briefing(default_briefing())\n"
        "print('briefing_app.content.splice' in sys.modules)\n"
        "import briefing_app.content.edit_session\n"
        "print('briefing_app.content.splice' in sys.modules)\n"
        "print(any(n.split('.')[0] == 'ruamel' and m for n, m in sys.modules.items()))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "False"]


def test_a_killed_editing_process_loses_nothing_past_its_last_recovery_copy(
    tmp_path: Path, file: Path
) -> None:
    cache = tmp_path / "cache"
    before = file.read_bytes()
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from briefing_app.content.edit_session import EditSession\n"
        "from briefing_app.model.edits import SetPanelField\n"
        "session = EditSession(Path(sys.argv[1]))\n"
        "session.apply(SetPanelField('list', 'lead', '崩溃前写下的导语'))\n"
        "session.write_recovery(Path(sys.argv[2]))\n"
        "session.apply(SetPanelField('list', 'title', '没来得及备份'))\n"
        "os._exit(9)  # killed: no save, no clean-up\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(file), str(cache)], capture_output=True)
    assert done.returncode == 9, done.stderr
    assert file.read_bytes() == before
    copy = EditSession.find_recovery(file, cache)
    assert copy is not None
    session = EditSession.recover(file, copy)
    assert session.briefing.panels[2].lead == "崩溃前写下的导语"
    assert session.briefing.panels[2].title == "竣工项目"
    session.save()
    assert load_briefing(file).panels[2].lead == "崩溃前写下的导语"
    assert EditSession.find_recovery(file, cache) is None and not copy.exists()


def test_refusals_read_in_the_chosen_language(file: Path) -> None:
    from briefing_app.content.messages import language, set_language

    session = EditSession(file)
    session.apply(SetPanelField("list", "title", "竣工"))
    file.write_text(file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    before = language()
    set_language("zh_CN")
    try:
        with pytest.raises(EditError, match="打开后已在本程序之外被修改，未保存"):
            session.save()
        with pytest.raises(EditError, match="修改未被采用"):
            session.apply(SetPanelField("list", "minutes", -1))
    finally:
        set_language(before)
