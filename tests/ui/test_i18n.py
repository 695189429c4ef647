"""The interface is Chinese by default, with English available; the briefing is never translated."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.ui.window_harness import build_controller, close_controller

from briefing_app.ui import i18n


@pytest.fixture(autouse=True)
def _restore_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    yield
    i18n.set_language("zh_CN")


def test_every_string_has_both_languages() -> None:
    for key, (zh, en) in i18n._STRINGS.items():
        assert zh.strip() and en.strip(), key


def test_menus_follow_the_interface_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    for language, file_menu in (("zh_CN", "文件(&F)"), ("en", "&File")):
        i18n.set_language(language)
        controller = build_controller()
        try:
            titles = [a.text() for a in controller.main.menuBar().actions()]
            assert titles[0] == file_menu
            # The briefing's own text stays Chinese whatever the interface language.
            assert controller.main.windowTitle().startswith(controller.briefing.meta.title)
        finally:
            close_controller(controller)
