"""The 4:3 deck of every briefing: the native 4:3 template, every shape on the slide, footers
that fit, and (slow) no bad line break as LibreOffice lays it out (lost text, runs under 12 pt and
the schemas: test_deck_checkers.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any, cast

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from tests.libreoffice import deck_to_pdf
from tests.ui.test_line_breaks import BRIEFINGS, IDS, POPPLER, bad_breaks, pdf_text

from briefing_app.content import load_briefing
from briefing_app.export.pptx.deck import export_deck
from briefing_app.export.pptx.text import EMU_PER_PT, INSET_X, Para, one_line_size
from briefing_app.paths import default_template

EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
FOUR_THREE = (9144000, 6858000)  # 10 x 7.5 in


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the 4:3 deck of every briefing, exported once."""
    out = {}
    for folder in BRIEFINGS:
        deck = tmp_path_factory.mktemp(f"deck43-{folder.name}") / "deck.pptx"
        export_deck(load_briefing(folder), deck, default_template("4:3"))
        out[folder.name] = deck
    return out


@pytest.mark.parametrize("name", IDS)
def test_the_deck_is_4_3_and_every_shape_lies_on_the_slide(
    decks: dict[str, Path], name: str
) -> None:
    prs = Presentation(str(decks[name]))
    width, height = int(prs.slide_width or 0), int(prs.slide_height or 0)
    assert (width, height) == FOUR_THREE
    with zipfile.ZipFile(decks[name]) as z:
        app = etree.fromstring(z.read("docProps/app.xml"))
    assert app.findtext(f"{EP}PresentationFormat") == "全屏显示(4:3)"
    for number, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            x, y = int(shape.left or 0), int(shape.top or 0)
            w, h = int(shape.width or 0), int(shape.height or 0)
            assert x >= 0 and x + w <= width + 1, (number, shape.name, x, w)
            assert y >= 0 and y + h <= height + 1, (number, shape.name, y, h)


@pytest.mark.parametrize("name", IDS)
def test_footers_fit_the_native_4_3_template(decks: dict[str, Path], name: str) -> None:
    """Each footer holds its text on one line at >= 12 pt and ends before the date and the
    slide number begin."""
    prs = Presentation(str(decks[name]))
    checked = 0
    for slide in prs.slides:
        feet = {ph.placeholder_format.type: ph for ph in slide.placeholders}
        footer = feet.get(PP_PLACEHOLDER.FOOTER)
        if footer is None:
            continue
        layout = {
            ph.placeholder_format.type: ph for ph in cast(Any, slide.slide_layout.placeholders)
        }
        runs = [r for p in footer.text_frame.paragraphs for r in p.runs]
        text = "".join(r.text for r in runs)
        size = runs[0].font.size.pt if runs[0].font.size else 12.0
        box = layout[PP_PLACEHOLDER.FOOTER]
        width_pt = (int(box.width) - 2 * INSET_X) / EMU_PER_PT
        assert one_line_size(Para.of(text), width_pt) >= size, (text, size, width_pt)
        assert size >= 12
        right = int(box.left) + int(box.width)
        for other in (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.SLIDE_NUMBER):
            if other in layout:
                assert right <= int(layout[other].left), (text, other)
        checked += 1
    assert checked >= len(prs.slides) - 2


@pytest.mark.slow
@pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed (.ci/setup installs it)")
@pytest.mark.parametrize("name", IDS)
def test_the_4_3_deck_as_libreoffice_lays_it_out_has_no_bad_break(
    decks: dict[str, Path], name: str, tmp_path: Path
) -> None:
    assert bad_breaks(pdf_text(deck_to_pdf(decks[name], tmp_path))) == []
