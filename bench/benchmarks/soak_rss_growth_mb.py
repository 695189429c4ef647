"""Memory growth over a long meeting: panel changes cycling through every chart panel, in MB.

A meeting can run for hours with the app open; an animated chart that leaks on each visit
would grow without bound. The stage of a 1920x1080 window shows each chart panel in turn
with its build-in animation running, driven from inside the event loop as a presenter's
clicks would be, in a fresh process (`_soak_child.py`). After a warm-up pass that builds
every panel widget (the stage keeps them, by design), three passes of 10,000 changes each.

The value is the growth over the third pass. The first pass after the warm-up also grows
by several MB that the allocator keeps (arenas and Qt's caches reaching their working size:
5.4, 8.3 and 5.6 MB in three runs), which is noise that levels off, not a leak; a leak grows
by the same amount in every pass, so it shows in the third as in the first. The growth of
each pass is printed too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from benchmarks._util import python_env

NAME = "soak_rss_growth_mb"
UNIT = "MB"
GOAL = "at most 1 over the third pass"
CHANGES = 10_000
PASSES = 3
CHILD = Path(__file__).with_name("_soak_child.py")


def run() -> float:
    out = subprocess.run(
        [sys.executable, str(CHILD), str(CHANGES), str(PASSES)],
        check=True,
        capture_output=True,
        text=True,
        env=python_env(),
    )
    rss = json.loads(out.stdout.strip().splitlines()[-1])["rss_mb"]
    growth = [after - before for before, after in pairwise(rss)]
    shown = ", ".join(f"{g:.2f}" for g in growth)
    print(f"{NAME}: growth per pass of {CHANGES:,} changes: {shown} MB (RSS {rss[-1]:.0f} MB)")
    return growth[-1]
