"""`briefing-app export --aspect 16:9|4:3`: 4:3 PNGs, PDF pages and deck; a user template keeps
its own size; a wrong aspect is refused in one line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image
from pptx import Presentation
from tests.conftest import ROOT

from briefing_app.paths import default_template

SMALL = ROOT / "tests" / "data" / "state-council-2018"  # five panels: quick to render


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", "export", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def test_png_images_are_1440x1080_in_4_3(tmp_path: Path) -> None:
    result = run("--format", "png", "--aspect", "4:3", "--out", str(tmp_path / "png"), str(SMALL))
    assert result.returncode == 0, result.stderr
    pngs = sorted((tmp_path / "png").glob("*.png"))
    assert len(pngs) == 5
    for png in pngs:
        with Image.open(png) as image:
            assert image.size == (1440, 1080), png.name


def test_pdf_pages_are_10_x_7_5_in_in_4_3_and_16_9_by_default(tmp_path: Path) -> None:
    sizes = {}
    for aspect in ("4:3", None):
        out = tmp_path / f"{aspect or 'default'}.pdf".replace(":", "x")
        extra = ("--aspect", aspect) if aspect else ()
        result = run("--format", "pdf", *extra, "--out", str(out), str(SMALL))
        assert result.returncode == 0, result.stderr
        boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", out.read_bytes())
        assert len(boxes) == 5
        sizes[aspect] = {(round(float(w)), round(float(h))) for w, h in boxes}
    assert sizes["4:3"] == {(720, 540)}  # 10 x 7.5 in
    assert sizes[None] == {(960, 540)}  # 13.333 x 7.5 in


def test_the_4_3_deck_uses_the_4_3_template_and_a_user_template_keeps_its_size(
    tmp_path: Path,
) -> None:
    deck = tmp_path / "deck.pptx"
    result = run("--format", "pptx", "--aspect", "4:3", "--out", str(deck), str(SMALL))
    assert result.returncode == 0, result.stderr
    prs = Presentation(str(deck))
    assert (prs.slide_width, prs.slide_height) == (9144000, 6858000)
    template = tmp_path / "mine.pptx"
    shutil.copy(default_template(), template)  # a user's 16:9 template
    own = tmp_path / "own.pptx"
    args = ("--format", "pptx", "--aspect", "4:3", "--template", str(template))
    result = run(*args, "--out", str(own), str(SMALL))
    assert result.returncode == 0, result.stderr
    prs = Presentation(str(own))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)


def test_a_wrong_aspect_is_refused_in_one_line(tmp_path: Path) -> None:
    result = run("--format", "png", "--aspect", "5:4", "--out", str(tmp_path / "x"), str(SMALL))
    assert result.returncode == 2
    assert "--aspect" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()
