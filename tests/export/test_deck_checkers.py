"""Every briefing's deck, 16:9 and 4:3, passes the shared checkers (kept in tests/checkers):
deck_text.py (no displayed text lost, no run under 12 pt) and deck_schema.py (every XML part
valid against the Open XML schemas, every relationship resolved)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.ui.test_line_breaks import BRIEFINGS, IDS

from briefing_app.content import load_briefing
from briefing_app.content.dump import to_data
from briefing_app.export.pptx.deck import export_deck
from briefing_app.paths import default_template

CHECKERS = ROOT / "tests" / "checkers"
ASPECTS = ("16:9", "4:3")


def run_checker(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKERS / tool), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


@pytest.mark.parametrize("aspect", ASPECTS)
@pytest.mark.parametrize("name", IDS)
def test_the_shared_checkers_pass_the_deck(name: str, aspect: str, tmp_path: Path) -> None:
    folder = next(f for f in BRIEFINGS if f.name == name)
    briefing = load_briefing(folder)
    deck = tmp_path / "deck.pptx"
    export_deck(briefing, deck, default_template(aspect))
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps(to_data(briefing), ensure_ascii=False), "utf-8")
    for tool, args in (
        ("deck_text.py", [str(dump), str(deck), name]),
        ("deck_schema.py", [str(deck), name]),
    ):
        result = run_checker(tool, *args)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_the_checkers_find_what_they_look_for(tmp_path: Path) -> None:
    """A deck missing a panel's text and carrying a 10 pt run fails deck_text.py."""
    folder = BRIEFINGS[0]
    briefing = load_briefing(folder)
    deck = tmp_path / "deck.pptx"
    export_deck(briefing, deck, default_template("16:9"))
    data = to_data(briefing)
    data["sections"][0]["panels"][0]["title"] = "幻灯片里没有的一句标题文字"
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = run_checker("deck_text.py", str(dump), str(deck), folder.name)
    assert result.returncode != 0 and "幻灯片里没有的一句标题文字" in result.stdout
