"""Every figure card's number is read back from the PDF handout with its unit, on one line.

A card draws its number big and its unit small; a PDF reader groups text by size, so drawn as
two texts they come back apart ("393", lines later "个"). Read back here through pdftotext in
reading order, as the line-break checker and anyone copying from the handout reads it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from tests.conftest import ROOT

from briefing_app.content import load_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import KeyFiguresPanel, TaskPanel

POPPLER = shutil.which("pdftotext") is not None


def _briefings() -> list[Path]:
    """Return every briefing folder under resources/briefings and tests/data that loads."""
    found = sorted((ROOT / "resources" / "briefings").glob("*/briefing.yaml"))
    found += sorted((ROOT / "tests" / "data").glob("*/briefing.yaml"))
    good = []
    for yaml_file in found:
        try:
            load_briefing(yaml_file.parent)
        except Exception:  # a briefing that fails check is not exported
            continue
        good.append(yaml_file.parent)
    return good


BRIEFINGS = _briefings()


def expected_pages(briefing: Briefing) -> list[Counter[tuple[str, str]]]:
    """Return, for each page of the handout (each shown panel), how many figure cards show
    each number with its unit (("393", "个")), from the model."""
    pages: list[Counter[tuple[str, str]]] = []
    for panel in briefing.panels:
        if panel.hidden:
            continue
        wanted: Counter[tuple[str, str]] = Counter()
        if isinstance(panel, (KeyFiguresPanel, TaskPanel)):
            for figure in panel.figures:
                indicator = briefing.indicator(figure.indicator)
                if not indicator.label and indicator.unit:  # a label (千亿级) takes no unit
                    wanted[indicator.formatted(), indicator.unit] += 1
        pages.append(wanted)
    return pages


def joined_on_a_line(page: str, number: str, unit: str) -> int:
    """Return how many times a line of `page` holds `number` (as a whole) then `unit`,
    at most one space between them."""
    pattern = re.compile(rf"(?<![0-9.,]){re.escape(number)} ?{re.escape(unit)}")
    return sum(len(pattern.findall(line)) for line in page.split("\n"))


def test_the_reader_wants_number_and_unit_on_one_line() -> None:
    assert joined_on_a_line("393个\n实施项目", "393", "个") == 1
    assert joined_on_a_line("393 个  2940.1 亿元", "393", "个") == 1
    assert joined_on_a_line("393\n\n个", "393", "个") == 0
    assert joined_on_a_line("1393个", "393", "个") == 0


@pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed (.ci/setup installs it)")
@pytest.mark.parametrize("folder", BRIEFINGS, ids=[path.name for path in BRIEFINGS])
def test_each_card_number_is_read_back_with_its_unit(folder: Path, tmp_path: Path) -> None:
    briefing = load_briefing(folder)
    wanted = expected_pages(briefing)
    if not any(wanted):
        pytest.skip(f"{folder.name} has no figure card with a unit")
    out = tmp_path / "handout.pdf"
    command = ["-m", "briefing_app", "export", "--format", "pdf", "--out", str(out), str(folder)]
    result = subprocess.run(
        [sys.executable, *command],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    pages = text.split("\f")
    assert len(pages) >= len(wanted), "one page per shown panel"
    apart = []
    for page_no, (page, counts) in enumerate(zip(pages, wanted, strict=False), 1):
        for (number, unit), count in counts.items():
            found = joined_on_a_line(page, number, unit)
            if found < count:
                apart.append(f"page {page_no}: {number}{unit} read back {found} of {count} times")
    assert apart == []
