"""File > Export refuses the template or the briefing's own files as its output."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil
from pathlib import Path

import pytest
from tests.conftest import write_briefing
from tests.ui.window_harness import build_controller, close_controller

from briefing_app.paths import default_template


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("BRIEFING_APP_CACHE", str(tmp_path / "cache"))


def test_gui_export_refuses_the_template_and_the_briefing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    yaml_file = write_briefing(tmp_path / "b")
    template = tmp_path / "mine.pptx"
    shutil.copy(default_template(), template)
    kept = {p: p.read_bytes() for p in (yaml_file, yaml_file.parent / "source.txt", template)}
    shown: list[str] = []
    monkeypatch.setattr(
        "briefing_app.ui.exporting.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    controller = build_controller(yaml_file)
    try:
        controller.export_to("pptx", template, template)
        controller.export_to("pdf", yaml_file)
        controller.export_to("pptx", tmp_path / "b" / ".." / "b" / "source.txt")
        # Refused at once, before any progress dialog or background work.
        assert len(shown) == 3, shown
        assert "template" in shown[0] and str(template) in shown[0]
        assert "briefing" in shown[1] and str(yaml_file) in shown[1]
        assert "source.txt" in shown[2]
    finally:
        close_controller(controller)
    for path, data in kept.items():
        assert path.read_bytes() == data
