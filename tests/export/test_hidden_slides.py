"""A hidden panel stays in the deck as a hidden slide (show="0"); the others show."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pptx import Presentation
from tests.conftest import write_briefing

from briefing_app.content import load_briefing
from briefing_app.export.pptx.deck import export_deck
from briefing_app.model.edits import SetPanelHidden, apply
from briefing_app.paths import default_template


def test_a_hidden_panel_is_a_hidden_slide(tmp_path: Path) -> None:
    briefing = load_briefing(write_briefing(tmp_path / "b"))
    briefing, _ = apply(briefing, SetPanelHidden("list", True))
    out = export_deck(briefing, tmp_path / "deck.pptx", default_template())
    slides = list(Presentation(str(out)).slides)
    assert [s.name for s in slides] == [p.id for p in briefing.panels]
    shown = {s.name: s._element.get("show") for s in slides}
    assert shown == {"cover": None, "figures": None, "list": "0", "donut": None}


def test_no_slide_is_hidden_when_no_panel_is(tmp_path: Path) -> None:
    briefing = load_briefing(write_briefing(tmp_path / "b"))
    assert not any(p.hidden for p in briefing.panels)
    out = export_deck(dataclasses.replace(briefing), tmp_path / "deck.pptx", default_template())
    assert all(s._element.get("show") is None for s in Presentation(str(out)).slides)
