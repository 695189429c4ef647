"""PDF and PNG rendering: a handout Qt could not complete is never written."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest

from briefing_app.content import load_briefing
from briefing_app.model.canvas import STANDARD, WIDE, Canvas
from briefing_app.paths import default_briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.render import _PdfHandout, export_images


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_APP_CACHE", str(tmp_path / "cache"))


@pytest.mark.parametrize("canvas", [WIDE, STANDARD], ids=["16x9", "4x3"])
def test_a_handout_without_pages_is_refused(canvas: Canvas) -> None:
    ensure_application()
    with pytest.raises(OSError, match="could not be completed"):
        _PdfHandout(canvas).finish()


def test_a_failed_pdf_render_leaves_the_old_handout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"%PDF- the old handout %%EOF")
    from briefing_app.ui.render import QPainter

    real_end = QPainter.end

    def end_failing(painter: QPainter) -> bool:
        real_end(painter)  # end it for real (Qt needs that), but report what a full disk does
        return False

    monkeypatch.setattr(QPainter, "end", end_failing)
    with pytest.raises(OSError, match="could not be completed"):
        export_images(load_briefing(default_briefing()), out, "pdf")
    assert out.read_bytes() == b"%PDF- the old handout %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf"]
