"""Drafting pieces of reports cut anywhere: never a traceback, and what is written passes check."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from tests.draft.reports_helpers import ALL_SOURCES

from briefing_app.content.loader import check_briefing
from briefing_app.draft import draft_briefing
from briefing_app.draft.reports import read_report

_TEXTS = [read_report(p) for p in ALL_SOURCES]


@pytest.mark.parametrize("seed", range(8))
def test_a_cut_shuffled_report_still_drafts_to_a_checked_briefing(
    seed: int, tmp_path: Path
) -> None:
    rng = random.Random(seed)
    text = rng.choice(_TEXTS)
    start = rng.randrange(len(text))
    piece = text[start : start + rng.randrange(40, 1500)]
    lines = piece.splitlines()
    if seed % 2:
        rng.shuffle(lines)
    if seed % 3 == 0:
        lines = [line.replace("，", ",").replace("：", ":") for line in lines]
    report = tmp_path / "report.txt"
    report.write_text("某区工作报告\n" + "\n".join(lines) + "\n", encoding="utf-8")
    result = draft_briefing(report, tmp_path / "draft")
    checked = check_briefing(tmp_path / "draft")
    assert checked.ok, [p.render("en") for p in checked.problems]
    assert result.indicators == len(checked.briefing.indicators)  # type: ignore[union-attr]
