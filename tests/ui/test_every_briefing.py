"""Every briefing we ship or test with is loaded, rendered panel by panel and exported."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from pptx import Presentation
from tests.conftest import ROOT

from briefing_app.content import load_briefing
from briefing_app.export.pptx.deck import export_deck
from briefing_app.paths import default_template
from briefing_app.ui.application import ensure_application
from briefing_app.ui.render import render_panel
from briefing_app.ui.theme import DARK, LIGHT

BRIEFINGS = sorted(
    p.parent
    for base in (ROOT / "resources" / "briefings", ROOT / "tests" / "data")
    for p in base.glob("*/briefing.yaml")
)


def test_there_are_briefings_to_smoke() -> None:
    assert any(p.name == "etdz-2023" for p in BRIEFINGS)
    assert len(BRIEFINGS) >= 2


@pytest.mark.parametrize("folder", BRIEFINGS, ids=lambda p: p.name)
def test_briefing_loads_renders_and_exports(folder: Path, tmp_path: Path) -> None:
    briefing = load_briefing(folder)
    ensure_application()
    for index in range(len(briefing.panels)):
        theme = LIGHT if index % 2 == 0 else DARK
        image = render_panel(briefing, index, theme, width=480)
        assert (image.width(), image.height()) == (480, 270)
        assert not image.isNull()
    out = tmp_path / "deck.pptx"
    export_deck(briefing, out, default_template())
    assert len(Presentation(str(out)).slides) == len(briefing.panels)
