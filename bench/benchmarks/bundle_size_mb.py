"""Size of the frozen Linux app, dist/briefing-app/, in megabytes (10^6 bytes); built if absent.

Sums the apparent sizes of the folder's files (symlinks not followed), as `du -s
--apparent-size -B1` does; its tar.gz is about 70 MB. A plain PyInstaller build of
this app (PySide6-Essentials, pyqtgraph, numpy, python-pptx) is about 230 MB; packaging/trim.py
leaves out the Qt modules, plugins, translations and libraries the app does not use.
Goal: at most 180. Also prints the ten largest files, to show where the rest goes.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from benchmarks._util import ROOT

NAME = "bundle_size_mb"
UNIT = "MB"
GOAL = "at most 180"


def load_bundle_module():  # type: ignore[no-untyped-def]
    """Return packaging/bundle.py as a module (the folder name clashes with PyPI `packaging`)."""
    spec = importlib.util.spec_from_file_location(
        "briefing_bundle", ROOT / "packaging" / "bundle.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def folder_sizes(folder: Path) -> dict[Path, int]:
    """Return the apparent size of every regular file under `folder`."""
    sizes = {}
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                sizes[path] = path.stat().st_size
    return sizes


def run() -> float:
    bundle = load_bundle_module()
    executable = bundle.EXECUTABLE
    if not executable.exists():
        executable = bundle.ensure_bundle()
    sizes = folder_sizes(executable.parent)
    for path, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {size / 1e6:6.1f} MB  {path.relative_to(executable.parent)}", file=sys.stderr)
    return sum(sizes.values()) / 1e6
