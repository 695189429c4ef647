"""LibreOffice in the tests: a deck laid out as LibreOffice lays it out (PDF), its page count."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def soffice_or_skip() -> str:
    """Return LibreOffice's command; skip the test where it is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed (.ci/setup installs it)")
    return soffice


def deck_to_pdf(deck: Path, outdir: Path) -> Path:
    """Return the PDF LibreOffice makes of `deck` in `outdir` (a profile of its own there)."""
    soffice = soffice_or_skip()
    profile = f"-env:UserInstallation=file://{outdir}/profile"
    convert = [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(outdir)]
    subprocess.run([*convert, str(deck)], check=True, capture_output=True, timeout=300)
    pdf = outdir / f"{deck.stem}.pdf"
    assert pdf.exists(), "LibreOffice wrote no PDF"
    return pdf


def pdf_pages(pdf: Path) -> int:
    """Return the page count of `pdf` (poppler's pdfinfo; skip where it is missing)."""
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        pytest.skip("poppler-utils (pdfinfo) is not installed (.ci/setup installs it)")
    info = subprocess.run([pdfinfo, str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert pages is not None, info
    return int(pages.group(1))
