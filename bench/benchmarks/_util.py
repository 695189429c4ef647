"""Helpers for benchmarks: run a fresh Python process and time it, take medians."""

from __future__ import annotations

import compileall
import functools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def python_env(**extra: str) -> dict[str, str]:
    """Return an environment for child processes: offscreen Qt, the checkout's sources.

    An installed app runs from compiled bytecode (pip compiles it; the frozen bundle carries
    it). A machine with PYTHONDONTWRITEBYTECODE set (this sandbox has it) would make every
    fresh process compile the app from source, which no user ever pays: the sources are
    compiled once here and the variable is dropped for the children.
    """
    compile_sources()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


@functools.cache
def compile_sources() -> None:
    """Write the bytecode of the app's sources, as installing it would."""
    compileall.compile_dir(str(ROOT / "src"), quiet=1)


def time_process(args: list[str], repeat: int = 5, **env: str) -> float:
    """Return the median wall time in seconds of running `python args...` in a fresh process."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, *args],
            check=True,
            env=python_env(**env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)
