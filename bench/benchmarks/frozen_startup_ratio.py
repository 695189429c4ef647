"""Start-up of the frozen app over the source install: `--smoke` to first paint, medians.

Runs `dist/briefing-app/briefing-app --smoke` and `python -m briefing_app --smoke` (the
source install, same checkout) alternately, REPEAT times each, in fresh processes offscreen;
each prints the milliseconds since the OS started it once the first panel is painted
(`briefing_app.startup.ms_since_process_start`, which counts the bootloader too). The ratio of
the medians says what freezing costs or saves: the bundle unpacks nothing (one-folder), and
reads its modules from one archive instead of searching site-packages. Builds the bundle first
when it is missing or older than its sources. Goal: at most 1.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks._util import python_env
from benchmarks.bundle_size_mb import load_bundle_module

NAME = "frozen_startup_ratio"
UNIT = "x source install"
GOAL = "at most 1"
REPEAT = 11

_MS = re.compile(r"first panel painted: (\d+(?:\.\d+)?) ms")


def first_paint_ms(command: list[str], env: dict[str, str]) -> float:
    """Return the first-paint milliseconds that a fresh `command --smoke` prints."""
    result = subprocess.run(
        [*command, "--smoke"], capture_output=True, text=True, env=env, timeout=120
    )
    match = _MS.search(result.stdout)
    if result.returncode != 0 or match is None:
        raise RuntimeError(f"{command} --smoke failed: {result.stdout}{result.stderr}")
    return float(match.group(1))


def run() -> float:
    bundle = load_bundle_module()
    executable = bundle.ensure_bundle()
    with tempfile.TemporaryDirectory() as tmp:
        settings = str(Path(tmp) / "settings.ini")
        frozen_env = bundle.frozen_env(BRIEFING_APP_SETTINGS=settings)
        source_env = python_env(BRIEFING_APP_SETTINGS=settings)
        # One untimed run each: the first start after a build reads everything from disk.
        first_paint_ms([str(executable)], frozen_env)
        first_paint_ms([sys.executable, "-m", "briefing_app"], source_env)
        frozen, source = [], []
        for _ in range(REPEAT):
            frozen.append(first_paint_ms([str(executable)], frozen_env))
            source.append(first_paint_ms([sys.executable, "-m", "briefing_app"], source_env))
    print(
        f"  frozen {statistics.median(frozen):.0f} ms, source {statistics.median(source):.0f} "
        f"ms (medians of {REPEAT})",
        file=sys.stderr,
    )
    return statistics.median(frozen) / statistics.median(source)
