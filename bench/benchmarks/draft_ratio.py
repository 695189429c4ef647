"""How long `briefing-app draft` of the built-in source takes, against checking the briefing.

Both run in fresh processes, alternately, in the same run (the machines are shared and noisy):
the floor is `briefing-app check` of the built-in briefing (interpreter, the loader and every
check over the same source text), the draft reads the same source, proposes a briefing and
checks it once (more if a repair is needed) before writing. The issue's goal is a draft under
2 s; the absolute median is printed beside the ratio. Goal for the ratio: at most 2.5.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks._util import ROOT, time_process

NAME = "draft_ratio"
UNIT = "x checking the built-in briefing"
GOAL = "at most 2.5; the draft itself under 2 s"

_BUILTIN = ROOT / "resources" / "briefings" / "etdz-2023"


def run(repeat: int = 5) -> float:
    """Return median(draft the built-in source) / median(check the built-in briefing)."""
    check = ["-m", "briefing_app", "check", str(_BUILTIN)]
    with tempfile.TemporaryDirectory() as tmp:
        time_process(check, repeat=1)  # warm the file cache and byte-code for both
        draft_s, check_s = [], []
        for k in range(repeat + 1):
            out = Path(tmp) / f"draft{k}"
            draft = ["-m", "briefing_app", "draft", str(_BUILTIN / "source.txt"), "--out", str(out)]
            seconds = time_process(draft, repeat=1)
            if k:  # the first run warms up
                draft_s.append(seconds)
                check_s.append(time_process(check, repeat=1))
    median = statistics.median(draft_s)
    print(f"{NAME}: draft of the built-in source {median:.2f} s (goal under 2 s)", file=sys.stderr)
    return median / statistics.median(check_s)
