"""ruff and mypy stay clean: the configuration lives in pyproject.toml.

Their caches go to the temporary folder (one per checkout, reused between runs), not into
the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

from tests.conftest import ROOT

BIN = os.path.dirname(sys.executable)


def cache_dir(tool: str) -> str:
    """Return a cache folder for `tool` under the temporary folder, one per checkout."""
    key = f"{zlib.crc32(str(ROOT).encode()):08x}"
    return str(Path(tempfile.gettempdir()) / f"briefing-app-{tool}-cache-{key}")


def run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [os.path.join(BIN, tool), *args], capture_output=True, text=True, cwd=ROOT, timeout=600
    )


def test_ruff_is_clean() -> None:
    result = run(
        "ruff",
        "check",
        "--cache-dir",
        cache_dir("ruff"),
        "src",
        "tests",
        "bench",
        "packaging",
        "slides_templates",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = run("mypy", "--cache-dir", cache_dir("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr
