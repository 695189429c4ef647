"""Starting on a briefing that cannot be shown: the built-in one opens, the errors are listed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import MINIMAL, ROOT, write_briefing


def test_bad_briefing_at_start_opens_the_built_in_one(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b", MINIMAL.replace("target: 2940.1", "target: 2940.7"))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BRIEFING_APP_SETTINGS=str(tmp_path / "settings.ini"),
        BRIEFING_APP_CACHE=str(tmp_path / "cache"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--smoke", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "first panel painted" in result.stdout
    assert f"{path}:" in result.stderr and "2940.7" in result.stderr
    assert "Traceback" not in result.stderr
