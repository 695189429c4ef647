"""File > Export follows a forced View ▸ 画面比例: 4:3 PNGs and a 4:3 deck; automatic exports
16:9 (the room's screen is not known when exporting)."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from tests.conftest import ROOT
from tests.ui.window_harness import build_controller, close_controller, wait_until

from briefing_app.ui.settings import Settings

SMALL = ROOT / "tests" / "data" / "state-council-2018"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))


@pytest.mark.parametrize(("aspect", "size"), [("4:3", (1440, 1080)), ("auto", (1920, 1080))])
def test_png_export_follows_the_chosen_aspect(
    qtbot, tmp_path: Path, aspect: str, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    Settings().set_aspect(aspect)
    controller = build_controller(SMALL)
    try:
        out = tmp_path / "pngs"
        controller.export_to("png", out)
        wait_until(lambda: "pngs" in controller.main.statusBar().currentMessage(), 60_000)
        pngs = sorted(out.glob("*.png"))
        assert len(pngs) == len(controller.briefing.panels)
        for png in pngs:
            with Image.open(png) as image:
                assert image.size == size, png.name
    finally:
        close_controller(controller)


def test_deck_export_takes_the_4_3_template(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Settings().set_aspect("4:3")
    controller = build_controller(SMALL)
    try:
        out = tmp_path / "deck.pptx"
        controller.export_to("pptx", out)
        wait_until(lambda: "deck" in controller.main.statusBar().currentMessage(), 60_000)
        deck = Presentation(str(out))
        assert (deck.slide_width, deck.slide_height) == (9144000, 6858000)
    finally:
        close_controller(controller)
