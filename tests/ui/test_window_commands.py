"""The app as a command: `--smoke` paints the first panel and exits; `export --format png`
writes one 1920x1080 image per panel. Each runs in its own process."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImageReader
from tests.conftest import ROOT

from briefing_app.content import check_briefing
from briefing_app.paths import default_briefing


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        BRIEFING_APP_SETTINGS=str(tmp_path / "settings.ini"),
    )
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=300,
    )


def test_smoke_prints_first_paint_and_exits_0(tmp_path: Path) -> None:
    result = run(tmp_path, "--smoke")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"first panel painted: \d+ ms", result.stdout.strip()), result.stdout
    assert "Traceback" not in result.stderr


def test_smoke_with_no_animation(tmp_path: Path) -> None:
    result = run(tmp_path, "--smoke", "--no-animation", "--theme", "dark")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first panel painted: ")


def test_export_png_writes_one_full_hd_image_per_panel(tmp_path: Path) -> None:
    out = tmp_path / "png"
    result = run(tmp_path, "export", "--format", "png", "--out", str(out))
    assert result.returncode == 0, result.stderr
    briefing = check_briefing(default_briefing()).briefing
    assert briefing is not None
    files = sorted(out.glob("*.png"))
    assert [f.name for f in files] == [
        f"{i + 1:02d}-{p.id}.png" for i, p in enumerate(briefing.panels) if not p.hidden
    ]
    # Besides the images, only the manifest that proves which files this export wrote.
    assert {f.name for f in out.iterdir()} - {f.name for f in files} == {
        ".briefing-app-images.json"
    }
    for file in files:
        reader = QImageReader(str(file))
        assert reader.format() == b"png", file
        size = reader.size()
        assert (size.width(), size.height()) == (1920, 1080), file
