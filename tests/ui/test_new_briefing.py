"""文件 → 新建 → 复制内置简报…: the copy passes the check and opens; a folder with files in it
is refused and left untouched."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from tests.ui.window_harness import build_controller, close_controller

from briefing_app.content import check_briefing
from briefing_app.paths import default_briefing
from briefing_app.ui.i18n import tr
from briefing_app.ui.new_briefing import FolderNotEmpty, copy_builtin_to


def test_the_copy_is_the_built_in_briefing_and_passes_the_check(tmp_path: Path) -> None:
    copy = copy_builtin_to(tmp_path / "我的简报")
    assert copy == tmp_path / "我的简报" / "briefing.yaml"
    for name in ("briefing.yaml", "source.txt"):
        assert (copy.parent / name).read_bytes() == (default_briefing() / name).read_bytes()
    assert sorted(p.name for p in copy.parent.iterdir()) == ["briefing.yaml", "source.txt"]
    assert check_briefing(copy).ok


def test_a_folder_with_files_is_refused_and_untouched(tmp_path: Path) -> None:
    mine = tmp_path / "notes.txt"
    mine.write_text("mine", encoding="utf-8")
    with pytest.raises(FolderNotEmpty):
        copy_builtin_to(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    assert mine.read_text(encoding="utf-8") == "mine"


def test_the_new_menu_offers_the_copy_and_the_app_opens_it(tmp_path: Path) -> None:
    c = build_controller()
    try:
        assert c.main.copy_builtin_action.text() == tr("menu.copy_builtin")
        copy = copy_builtin_to(tmp_path / "copy")
        assert c.open_briefing(copy)
        assert c.session.file == copy
    finally:
        close_controller(c)
