"""`export --format pdf`: one panel per page, 16:9, vector text in the embedded bundled font."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT

POPPLER = all(shutil.which(t) for t in ("pdfinfo", "pdffonts", "pdftotext"))


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "handout.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app", "export", "--format", "pdf", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed (.ci/setup installs it)")
def test_one_16_9_page_per_panel(handout: Path) -> None:
    from briefing_app.content import load_briefing
    from briefing_app.paths import default_briefing

    info = subprocess.run(["pdfinfo", str(handout)], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]
    assert pages == len(load_briefing(default_briefing()).panels)
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())  # type: ignore[union-attr]
    assert abs(width / height - 16 / 9) < 0.01


@pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed (.ci/setup installs it)")
def test_text_is_vector_in_the_embedded_bundled_font(handout: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(handout)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows), fonts  # the "emb" column
    assert any(row[0].startswith("NotoSansSC") or "NotoSansSC" in row[0] for row in rows), fonts
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(handout), "-"], capture_output=True, text=True
    ).stdout
    assert "抢抓新机遇" in text  # real text, not a picture of it
    figures = subprocess.run(
        ["pdftotext", "-f", "5", "-l", "5", str(handout), "-"], capture_output=True, text=True
    ).stdout
    assert "148" in figures and "230" in figures
