"""Architecture rules that keep the rooms apart: no Qt or pptx in the model and loader."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

from tests.conftest import ROOT

import briefing_app.content
import briefing_app.model

HEAVY = ("PySide6", "pyqtgraph", "pptx", "numpy")


def test_model_and_content_import_no_qt_pptx_or_numpy() -> None:
    modules = [
        f"briefing_app.model.{m.name}" for m in pkgutil.iter_modules(briefing_app.model.__path__)
    ]
    modules += [
        f"briefing_app.content.{m.name}"
        for m in pkgutil.iter_modules(briefing_app.content.__path__)
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(','.join(h for h in {HEAVY!r} if h in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"model/content pulled in: {out.stdout}"


def test_import_linter_contracts_hold() -> None:
    exe = shutil.which("lint-imports", path=os.path.dirname(sys.executable))
    assert exe, "import-linter is a dev dependency"
    key = f"{zlib.crc32(str(ROOT).encode()):08x}"
    cache = Path(tempfile.gettempdir()) / f"briefing-app-import-linter-cache-{key}"
    result = subprocess.run(
        [exe, "--cache-dir", str(cache)], capture_output=True, text=True, cwd=ROOT
    )  # the cache in the temporary folder, not in the checkout
    assert result.returncode == 0, result.stdout + result.stderr
