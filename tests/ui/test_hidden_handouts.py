"""PDF and PNG handouts leave hidden panels out; PNG names keep the show position."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from tests.conftest import write_briefing

from briefing_app.content import load_briefing
from briefing_app.model.edits import SetPanelHidden, apply

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def test_png_export_leaves_hidden_panels_out(tmp_path: Path) -> None:
    from briefing_app.ui.render import export_images, png_name

    briefing = load_briefing(write_briefing(tmp_path / "b"))
    hidden, _ = apply(briefing, SetPanelHidden("figures", True))
    out = tmp_path / "png"
    export_images(briefing, out, "png")
    assert (out / png_name(briefing, 1)).exists()
    export_images(hidden, out, "png")
    names = sorted(p.name for p in out.iterdir() if p.suffix == ".png")
    assert names == [png_name(hidden, i) for i in (0, 2, 3)]  # 1-cover, 3-list, 4-donut


def test_pdf_handout_has_a_page_per_shown_panel(tmp_path: Path) -> None:
    from briefing_app.ui.render import export_images

    briefing = load_briefing(write_briefing(tmp_path / "b"))
    briefing, _ = apply(briefing, SetPanelHidden("cover", True))
    briefing, _ = apply(briefing, SetPanelHidden("donut", True))
    out = tmp_path / "handout.pdf"
    export_images(briefing, out, "pdf")
    assert _pages(out) == 2  # of 4 panels


def test_all_hidden_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    from briefing_app.ui.render import export_images

    briefing = load_briefing(write_briefing(tmp_path / "b"))
    for panel in briefing.panels:
        briefing, _ = apply(briefing, SetPanelHidden(panel.id, True))
    with pytest.raises(ValueError, match="hidden"):
        export_images(briefing, tmp_path / "handout.pdf", "pdf")
    assert not (tmp_path / "handout.pdf").exists()


def _pages(pdf: Path) -> int:
    """Return the number of page objects of a PDF (Qt writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))
