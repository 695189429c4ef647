"""Speaker notes quote the source as people read it: no ** emphasis, no page breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from briefing_app.content import load_briefing
from briefing_app.export.pptx.deck import DeckError, export_deck
from briefing_app.paths import default_briefing, default_template


def test_notes_quote_the_source_without_its_artefacts(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    export_deck(load_briefing(default_briefing()), out, default_template())
    notes = [s.notes_slide.notes_text_frame.text for s in Presentation(str(out)).slides]
    everything = "\n".join(notes)
    assert "**" not in everything
    assert "地区生产总值增长8%" in everything  # the source writes 地区生产总值**增长8%**
    assert "宇通国家电动客车工程技术中心" in everything  # a page break splits it in the source


def test_a_template_with_a_broken_theme_is_a_clear_error(tmp_path: Path) -> None:
    """A damaged theme would be copied into a damaged deck: say so, name the file, write nothing."""
    import zipfile

    broken = tmp_path / "broken-theme.pptx"
    with zipfile.ZipFile(default_template()) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("ppt/theme/theme"):
                data = b"<not xml"
            dst.writestr(item, data)
    out = tmp_path / "deck.pptx"
    with pytest.raises(DeckError, match=r"broken-theme\.pptx: the template.s theme"):
        export_deck(load_briefing(default_briefing()), out, broken)
    assert not out.exists() and not list(tmp_path.glob(".*tmp"))
