"""The source's figures, written out literally, read the same on the panels, in the live
charts and in the deck. Expected strings come from source.txt, not from our formatter."""

from __future__ import annotations

import os
import re

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

from pptx import Presentation
from tests.conftest import BUILTIN

from briefing_app.content import load_briefing
from briefing_app.export.pptx.deck import export_deck
from briefing_app.paths import default_briefing, default_template
from briefing_app.ui.application import ensure_application
from briefing_app.ui.panels import create_panel_widget
from briefing_app.ui.theme import LIGHT

# (panel id, figures exactly as the source writes them)
EXPECTED = {
    "review_figures": ["148", "76", "2", "3", "230"],
    "targets_figures": ["8", "10", "12", "13", "3"],
    "task_2": ["393", "2940.1", "502.8", "17.1", "187", "142", "64", "125"],
}


def test_the_literals_are_in_the_source() -> None:
    source = (BUILTIN / "source.txt").read_text(encoding="utf-8")
    for figures in EXPECTED.values():
        for figure in figures:
            if figure != "17.1":  # derived: 502.8 / 2940.1, the one computed figure
                assert figure in source, figure


def test_panels_and_deck_show_the_literal_figures(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ensure_application()
    briefing = load_briefing(default_briefing())
    out = tmp_path / "deck.pptx"
    export_deck(briefing, out, default_template())
    slides = list(Presentation(str(out)).slides)
    for panel_id, figures in EXPECTED.items():
        index = briefing.index_of(panel_id)
        widget = create_panel_widget(briefing.panels[index], briefing, LIGHT)
        qtbot.addWidget(widget)
        widget.finish()
        shown = widget.count_up_values()
        deck_text = " ".join(
            shape.text_frame.text for shape in slides[index].shapes if shape.has_text_frame
        )
        for figure in figures:
            assert figure in shown, (panel_id, figure, shown)
            assert figure in re.findall(r"\d+(?:\.\d+)?", deck_text), (panel_id, figure)
    chart_values = {
        tuple(s.values)
        for slide in slides
        for shape in slide.shapes
        if shape.has_chart
        for s in shape.chart.plots[0].series
    }
    assert (187.0, 142.0, 64.0) in chart_values  # the donut of the 393 projects
    assert (8.0, 10.0, 12.0, 13.0, 3.0) in chart_values  # the five targets
