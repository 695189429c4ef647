"""File > Export from the app: runs with progress and the window stays responsive."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import QTimer
from tests.ui.window_harness import build_controller, close_controller, wait_until


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))


@pytest.mark.parametrize("fmt", ["pptx", "pdf"])
def test_export_keeps_the_window_responsive(qtbot, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    controller = build_controller()
    try:
        out = tmp_path / f"deck.{fmt}"
        ticks: list[int] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start()
        controller.export_to(fmt, out)
        wait_until(lambda: "deck" in controller.main.statusBar().currentMessage(), 60_000)
        timer.stop()
        assert out.exists() and out.stat().st_size > 10_000
        # The event loop kept turning while the export ran: the window never froze.
        assert len(ticks) >= 3
        if fmt == "pptx":
            deck = Presentation(str(out))
            assert len(deck.slides) == len(controller.briefing.panels)
        else:
            assert out.read_bytes()[:5] == b"%PDF-"
        assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*tmp"))
    finally:
        close_controller(controller)


@pytest.mark.parametrize(
    ("fmt", "name"), [("pptx", "deck.pptx"), ("pdf", "h.pdf"), ("png", "pngs")]
)
def test_export_failure_is_reported_not_raised(
    qtbot, tmp_path: Path, monkeypatch, fmt: str, name: str
) -> None:  # type: ignore[no-untyped-def]
    controller = build_controller()
    shown: list[str] = []
    monkeypatch.setattr(
        "briefing_app.ui.exporting.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    try:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        controller.export_to(fmt, blocker / name)  # a folder that is a file
        wait_until(lambda: bool(shown), 30_000)
        assert str(blocker) in shown[0], shown
        assert "Traceback" not in shown[0]
        # The progress dialog is gone and the window is usable again.
        from PySide6.QtWidgets import QProgressDialog

        assert not [d for d in controller.main.findChildren(QProgressDialog) if d.isVisible()]
    finally:
        close_controller(controller)


def test_pdf_handout_is_readable_by_others(tmp_path: Path) -> None:
    """A handout is for sharing: not the owner-only mode of a temporary file."""
    from briefing_app.content import load_briefing
    from briefing_app.paths import default_briefing
    from briefing_app.ui.render import export_images

    old = os.umask(0o022)
    try:
        out = tmp_path / "handout.pdf"
        export_images(load_briefing(default_briefing()), out, "pdf")
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_export_with_a_chosen_template_and_a_bad_one(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from briefing_app.paths import default_template

    controller = build_controller()
    shown: list[str] = []
    monkeypatch.setattr(
        "briefing_app.ui.exporting.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    try:
        template = tmp_path / "mine.pptx"
        shutil.copy(default_template(), template)
        out = tmp_path / "deck.pptx"
        controller.export_to("pptx", out, template)
        wait_until(lambda: "deck" in controller.main.statusBar().currentMessage(), 60_000)
        assert len(Presentation(str(out)).slides) == len(controller.briefing.panels)
        not_a_deck = tmp_path / "notes.pptx"
        not_a_deck.write_text("just text", encoding="utf-8")
        controller.export_to("pptx", tmp_path / "other.pptx", not_a_deck)
        wait_until(lambda: bool(shown), 30_000)
        assert "notes.pptx" in shown[0] and "Traceback" not in shown[0]
        assert not (tmp_path / "other.pptx").exists()
    finally:
        close_controller(controller)


def test_png_export_replaces_an_earlier_one(tmp_path: Path) -> None:
    """Images an earlier export wrote of panels that no longer exist go; other files stay."""
    import dataclasses

    from briefing_app.content import load_briefing
    from briefing_app.paths import default_briefing
    from briefing_app.ui.render import export_images, png_name

    briefing = load_briefing(default_briefing())
    out = tmp_path / "png"
    out.mkdir()
    (out / "09-not_ours.png").write_bytes(b"old")  # looks like a panel image, but is not ours
    (out / "logo.png").write_bytes(b"mine")
    first = briefing.sections[0]
    longer = dataclasses.replace(
        briefing, sections=(dataclasses.replace(first, panels=first.panels[:3]),)
    )
    shorter = dataclasses.replace(
        briefing, sections=(dataclasses.replace(first, panels=first.panels[:2]),)
    )
    export_images(longer, out, "png")
    assert (out / png_name(longer, 2)).exists()
    export_images(shorter, out, "png")
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        [png_name(shorter, 0), png_name(shorter, 1), "logo.png", "09-not_ours.png"]
    )
    assert (out / "09-not_ours.png").read_bytes() == b"old"
