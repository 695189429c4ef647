"""ruff and mypy stay clean: the configuration lives in pyproject.toml."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

BIN = os.path.dirname(sys.executable)


def run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [os.path.join(BIN, tool), *args], capture_output=True, text=True, cwd=ROOT, timeout=600
    )


def test_ruff_is_clean() -> None:
    result = run("ruff", "check", "src", "tests", "bench", "packaging", "slides_templates")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
