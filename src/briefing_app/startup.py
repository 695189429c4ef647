"""Milliseconds since this process started, for `--smoke` and the start-up benchmark."""

from __future__ import annotations

import os
import sys
import time

_IMPORTED = time.perf_counter()


def ms_since_process_start() -> float:
    """Return the milliseconds since the OS started this process (or since this import)."""
    if sys.platform.startswith("linux"):
        try:
            with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            start_ticks = int(fields[19])  # field 22 of stat: starttime, in clock ticks
            with open("/proc/uptime", encoding="ascii") as f:
                uptime = float(f.read().split()[0])
            return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
        except (OSError, ValueError, IndexError):
            pass
    return (time.perf_counter() - _IMPORTED) * 1000.0
