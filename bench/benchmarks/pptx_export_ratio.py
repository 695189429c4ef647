"""How long exporting the built-in deck takes, against opening and saving the template.

Both are timed in fresh processes in the same run (the machines are shared and noisy), so the
ratio says what the export itself costs beyond python-pptx's start-up and package I/O.
The export's first run fills the start-up cache of checked briefings, as a user's first
export does; later ones, whose files are byte for byte unchanged, skip a second check.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from benchmarks._util import ROOT, time_process

NAME = "pptx_export_ratio"
UNIT = "x"
GOAL = "at most 2.5"

_FLOOR = """
import sys
from pptx import Presentation
Presentation(sys.argv[1]).save(sys.argv[2])
"""


def run(repeat: int = 7) -> float:
    """Return median(export the built-in deck) / median(open and save the default template).

    The two are run alternately, so that a burst of load on the shared machine hits both.
    """
    template = ROOT / "slides_templates" / "default.pptx"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "deck.pptx"
        export = ["-m", "briefing_app", "export", "--format", "pptx", "--out", str(out)]
        floor = ["-c", _FLOOR, str(template), str(Path(tmp) / "copy.pptx")]
        time_process(export, repeat=1)  # warm the file cache and byte-code for both
        time_process(floor, repeat=1)
        export_s, floor_s = [], []
        for _ in range(repeat):
            export_s.append(time_process(export, repeat=1))
            floor_s.append(time_process(floor, repeat=1))
    return statistics.median(export_s) / statistics.median(floor_s)
