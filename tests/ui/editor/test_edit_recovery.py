"""A crash mid-edit loses at most the last few seconds: the autosave writes a recovery copy
while there are unsaved edits, and the next start offers it back and restores the edit. An
outside edit during editing asks reload or keep."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from tests.ui.editor.editor_harness import (
    EDIT_TIMEOUT_MS,
    drafted,
    enter_edit_mode,
    settle,
    type_into,
)
from tests.ui.window_harness import build_controller, close_controller, wait_until

from briefing_app.content import recovery
from briefing_app.ui.editor import edit_mode
from briefing_app.ui.i18n import tr

LEAD = "这是崩溃前刚输入的导语"


def test_recovery_after_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    file = drafted(tmp_path / "hexi")
    on_disk = file.read_bytes()
    questions: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_answers: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(edit_mode, "ask", answer_yes)

    c = build_controller(file)
    editor = enter_edit_mode(c)
    editor.autosave.set_interval(100)
    written: list[Path] = []
    editor.autosave.sig_written.connect(written.append)
    panel_id = c.briefing.panels[c.state.current].id
    type_into(editor.docks.inspector.input("lead"), LEAD)  # type: ignore[union-attr, arg-type]
    settle(editor)
    wait_until(lambda: bool(written), EDIT_TIMEOUT_MS)
    assert LEAD in written[-1].read_text(encoding="utf-8")
    assert file.read_bytes() == on_disk  # nothing saved

    # The crash: the window goes without a word (no save, no question, nothing cleaned up).
    c.may_close = lambda: True  # type: ignore[method-assign]
    close_controller(c)
    assert recovery.find_recovery(file) is not None
    assert not questions

    again = build_controller(file)
    try:
        wait_until(lambda: bool(questions), EDIT_TIMEOUT_MS)
        assert questions == [tr("editor.recover")]
        restored = again.editor()
        wait_until(lambda: restored.session is not None and restored.runner.idle, EDIT_TIMEOUT_MS)
        assert restored.session is not None and restored.session.dirty
        assert restored.active
        shown = next(p for p in again.briefing.panels if p.id == panel_id)
        assert shown.lead == LEAD
        assert file.read_bytes() == on_disk  # restored into the app, not yet saved
        again.main.edit_actions.save.trigger()
        settle(restored)
        assert LEAD in file.read_text(encoding="utf-8")
        assert recovery.find_recovery(file) is None  # saved: nothing left to offer
    finally:
        again.may_close = lambda: True  # type: ignore[method-assign]
        close_controller(again)


@pytest.mark.parametrize("reload", [True, False])
def test_outside_edit_while_editing(
    reload: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    file = drafted(tmp_path / "hexi")
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_answers: str) -> bool:
        questions.append(text)
        return reload  # 重新载入 (True) or 保留我的修改 (False)

    monkeypatch.setattr(edit_mode, "ask", answer)
    c = build_controller(file)
    try:
        editor = enter_edit_mode(c)
        c.session.watch()
        type_into(editor.docks.inspector.input("lead"), LEAD)  # type: ignore[union-attr, arg-type]
        settle(editor)
        outside = file.read_text(encoding="utf-8").replace(
            "河西县2025年政府工作报告", "河西县2025年政府工作报告（修订）", 1
        )
        file.write_text(outside, encoding="utf-8")  # another program saves the file
        wait_until(lambda: bool(questions), EDIT_TIMEOUT_MS)
        assert questions == [tr("editor.outside_change")]
        settle(editor)
        wait_until(lambda: editor.session is not None and editor.runner.idle, EDIT_TIMEOUT_MS)
        assert editor.session is not None
        leads = [p.lead for p in editor.session.briefing.panels]
        if reload:
            wait_until(lambda: c.briefing.meta.title.endswith("（修订）"), EDIT_TIMEOUT_MS)
            assert LEAD not in leads and not editor.session.dirty
        else:
            assert LEAD in leads and editor.session.dirty
            assert not c.briefing.meta.title.endswith("（修订）")
            c.main.edit_actions.save.trigger()  # the author chose: their edits overwrite
            settle(editor)
            assert LEAD in file.read_text(encoding="utf-8")
    finally:
        c.may_close = lambda: True  # type: ignore[method-assign]
        close_controller(c)


@pytest.mark.parametrize("save", [True, False])
def test_closing_with_unsaved_edits_asks(
    save: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    file = drafted(tmp_path / "hexi")
    on_disk = file.read_bytes()
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_answers: str) -> bool:
        questions.append(text)
        return save  # 保存 (True) or 不保存 (False)

    monkeypatch.setattr(edit_mode, "ask", answer)
    c = build_controller(file)
    editor = enter_edit_mode(c)
    type_into(editor.docks.inspector.input("lead"), LEAD)  # type: ignore[union-attr, arg-type]
    settle(editor)
    editor.autosave.write_now()
    wait_until(lambda: recovery.find_recovery(file) is not None, EDIT_TIMEOUT_MS)
    assert c.main.windowTitle().startswith("* ")
    close_controller(c)  # closing the window, as the user does
    assert questions == [tr("editor.unsaved")]
    if save:
        assert LEAD in file.read_text(encoding="utf-8")
    else:
        assert file.read_bytes() == on_disk
    assert recovery.find_recovery(file) is None  # either way nothing is offered next time
