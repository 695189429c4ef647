"""The first panel's word joins read only its own characters' words, never the whole list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

# The smoke path, reporting at the first paint which characters' words had been parsed.
SCRIPT = r"""
import json, sys
import briefing_app.startup as startup
from briefing_app.model import words
real = startup.ms_since_process_start
def report():
    loaded = words.lexicon.cache_info().currsize > 0
    lex = words.lexicon() if loaded else None
    state = {"parsed": sorted(lex.parsed) if lex else [], "listed": len(lex.firsts) if lex else 0}
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(state, f)
    return real()
startup.ms_since_process_start = report
from briefing_app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_the_first_paint_parses_only_the_words_of_its_own_characters(tmp_path: Path) -> None:
    out = tmp_path / "words.json"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BRIEFING_APP_SETTINGS=str(tmp_path / "settings.ini"),
        BRIEFING_APP_CACHE=str(tmp_path / "cache"),
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out), "--smoke"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    state = json.loads(out.read_text(encoding="utf-8"))
    briefing = ROOT / "resources" / "briefings" / "etdz-2023"
    shown = "".join(p.read_text(encoding="utf-8") for p in sorted(briefing.rglob("*.yaml")))
    assert set(state["parsed"]) <= set(shown)
    # the cover's few texts: a small part of the ~10 000 characters the list starts words with
    assert len(state["parsed"]) * 20 < state["listed"]
