"""LibreOffice opens the exported deck and renders one page per slide (slow)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.libreoffice import deck_to_pdf, pdf_pages

from briefing_app.model.briefing import Briefing


@pytest.mark.slow
def test_libreoffice_renders_one_page_per_slide(
    exported: tuple[Briefing, Path], tmp_path: Path
) -> None:
    briefing, deck = exported
    pages = pdf_pages(deck_to_pdf(deck, tmp_path))
    assert pages == len(briefing.panels)
