"""The half-ring gauge fills its box: arc and captions stand in the middle of the chart's
band, the invisible lower half reaching below it (never off the slide), instead of the arc
at the top and the lower ~40 % of the box empty (the built-in deck's slide 27 once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.slide import Slide
from tests.conftest import ROOT

from briefing_app.content import load_briefing
from briefing_app.export.pptx.chart_xml import HALF_CAPTION, half_ring_frame, half_ring_square
from briefing_app.export.pptx.deck import export_deck
from briefing_app.paths import default_template

HOLE = 62  # the gauge's hole, as charts.write_progress_ring sets it
FOLDERS = [
    ROOT / "resources" / "briefings" / "etdz-2023",
    ROOT / "tests" / "data" / "pptx-all-kinds",
]
_FEET = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE)
_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)


def _shown(side: float) -> float:
    """The height of the arc and its captions for a ring `side` across."""
    return side / 2 + side / 2 * HOLE / 100 * HALF_CAPTION


def test_the_arc_and_captions_fill_a_wide_box_and_stand_in_its_middle() -> None:
    box = (0, 0, 6_700_000, 4_900_000)
    px, py, side = half_ring_square(box, False, HOLE)
    band_top, band = 0.03 * box[3], 0.94 * box[3]
    assert _shown(side) >= 0.95 * band or side >= 0.95 * box[2]
    above = py - band_top
    below = band_top + band - (py + _shown(side))
    assert abs(above - below) <= 0.01 * band
    assert px == pytest.approx((box[2] - side) / 2)
    # the square reaches below the box, and the frame holds it
    assert half_ring_frame(box, False, HOLE)[3] >= py + side > box[3]


def test_the_slide_edge_bounds_the_ring_and_it_stays_centred() -> None:
    box = (0, 1_300_000, 6_700_000, 4_900_000)
    floor = 6_858_000
    _, py, side = half_ring_square(box, False, HOLE, floor)
    assert box[1] + py + side <= floor + 1
    band_top, band = 0.03 * box[3], 0.94 * box[3]
    assert abs((py - band_top) - (band_top + band - py - _shown(side))) <= 0.01 * band
    frame = half_ring_frame(box, False, HOLE, floor)
    assert frame[1] + frame[3] <= floor


def _gauges(slide: Slide) -> list[tuple[float, float, float, float]]:
    """Return (frame top, frame height, plot y, plot h) of the slide's half-ring gauges, with
    the plot area's fractions checked to lie inside the frame (LibreOffice pulls it in)."""
    found = []
    for shape in slide.shapes:
        if not getattr(shape, "has_chart", False) or not shape.has_chart:
            continue
        space = shape.chart._chartSpace
        angle = space.find(f".//{qn('c:firstSliceAng')}")
        if space.find(f".//{qn('c:doughnutChart')}") is None or angle.get("val") != "270":
            continue
        layout = space.find(f".//{qn('c:manualLayout')}")
        v = {k: float(layout.find(qn(f"c:{k}")).get("val")) for k in "xywh"}
        assert v["x"] >= 0 and v["y"] >= 0
        assert v["x"] + v["w"] <= 1.0001 and v["y"] + v["h"] <= 1.0001
        found.append((int(shape.top), int(shape.height), v["y"], v["h"]))
    return found


@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_the_saved_gauge_stands_in_the_middle_of_its_slide(
    tmp_path: Path, folder: Path, aspect: str
) -> None:
    deck = tmp_path / "deck.pptx"
    export_deck(load_briefing(folder), deck, default_template(aspect))
    prs = Presentation(str(deck))
    seen = 0
    for slide in prs.slides:
        layout = slide.slide_layout
        title = next(p for p in layout.placeholders if p.placeholder_format.type in _TITLES)
        area_top = int(title.top) + int(title.height)
        area_bottom = min(
            int(p.top) for p in layout.placeholders if p.placeholder_format.type in _FEET
        )
        area = area_bottom - area_top
        for top, height, y, h in _gauges(slide):
            seen += 1
            assert top + height <= int(prs.slide_height)
            side = h * height
            arc_top = top + y * height
            shown_bottom = arc_top + _shown(side)
            above, below = (arc_top - area_top) / area, (area_bottom - shown_bottom) / area
            assert abs(above - below) <= 0.1, (above, below)
            assert below <= 0.3, below
    assert seen >= 1
