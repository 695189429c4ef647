"""LibreOffice opens the exported deck and renders one page per slide (slow)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing_app.model.briefing import Briefing


@pytest.mark.slow
def test_libreoffice_renders_one_page_per_slide(
    exported: tuple[Briefing, Path], tmp_path: Path
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        pytest.skip("poppler-utils (pdfinfo) is not installed")
    briefing, deck = exported
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(deck),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = tmp_path / "deck.pdf"
    assert pdf.exists(), "LibreOffice wrote no PDF"
    info = subprocess.run([pdfinfo, str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    assert pages == len(briefing.panels)
