"""Find the frozen Linux bundle, building it first when it is missing or older than its sources.

Used by tests/packaging/test_frozen.py and the bundle benchmarks, which load this file by path
(the folder name `packaging` is also a PyPI package, so it cannot be imported by name):

    bundle = load_bundle_module(); executable = bundle.ensure_bundle()

Builds go through `packaging/build.sh --no-setup --no-archive` under a file lock, so two test
sessions sharing a checkout do not build into dist/ at the same time.
"""

from __future__ import annotations

import fcntl
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "briefing-app"
EXECUTABLE = BUNDLE / ("briefing-app.exe" if sys.platform == "win32" else "briefing-app")
LOCK = ROOT / "build" / "frozen-build.lock"

#: What the bundle is made of: a change to any of these makes it stale.
SOURCES = (
    "src",
    "resources",
    "slides_templates/default.pptx",
    "slides_templates/default-4x3.pptx",
    "packaging",
    "pyproject.toml",
)


class BuildUnavailable(RuntimeError):
    """The bundle cannot be built here (no PyInstaller and no way to install it, not Linux)."""


def newest_source_time(root: Path = ROOT) -> float:
    """Return the newest modification time among the bundle's sources."""
    newest = 0.0
    for name in SOURCES:
        path = root / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            newest = max(newest, file.stat().st_mtime)
    return newest


def is_stale(executable: Path = EXECUTABLE, root: Path = ROOT) -> bool:
    """Return whether the bundle is missing or older than any of its sources."""
    return not executable.exists() or executable.stat().st_mtime < newest_source_time(root)


def ensure_bundle() -> Path:
    """Return the bundle's executable, building the bundle first if it is stale.

    Raises BuildUnavailable when it cannot be built here, and CalledProcessError when the build
    fails.
    """
    if not sys.platform.startswith("linux"):
        raise BuildUnavailable("the automatic build runs on Linux; on Windows use build.ps1")
    with _locked():
        if is_stale():
            _ensure_pyinstaller()
            subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), "--no-setup",
                            "--no-archive"], check=True, cwd=ROOT)
    return EXECUTABLE


def _ensure_pyinstaller() -> None:
    """Make sure build.sh's interpreter (.venv) has PyInstaller, installing it if need be."""
    python = ROOT / ".venv" / "bin" / "python"
    if not python.exists():
        raise BuildUnavailable(f"{python} missing: run bash .ci/setup first")
    if subprocess.run([str(python), "-c", "import PyInstaller"], capture_output=True).returncode:
        requirement = packaging_requirement()
        result = subprocess.run([str(python), "-m", "pip", "install", "-q", requirement],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise BuildUnavailable(f"PyInstaller is not installed and `pip install "
                                   f"{requirement}` failed: {result.stderr.strip()[-500:]}")


def packaging_requirement(root: Path = ROOT) -> str:
    """Return the PyInstaller requirement of pyproject.toml's `packaging` extra."""
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    extra = data["project"]["optional-dependencies"]["packaging"]
    return next(r for r in extra if re.match(r"pyinstaller\b", r, re.IGNORECASE))


@contextmanager
def _locked() -> Iterator[None]:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with open(LOCK, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def frozen_env(**extra: str) -> dict[str, str]:
    """Return an environment for running the bundle: offscreen Qt, no checkout on the path."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "BRIEFING_APP_HOME")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env
