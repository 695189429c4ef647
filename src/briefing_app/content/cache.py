"""A start-up cache of checked briefings: the same bytes in give the same briefing out.

Loading and checking the built-in briefing (parse, decode, provenance, arithmetic) is most
of what the app does before its first paint. A briefing that passed every check is kept,
pickled, with the exact bytes of its YAML and source text; the next start compares those
bytes with the files on disk and, only when both are identical, uses the stored briefing.
The loader is deterministic, so identical input means an identical result: a changed figure
can never be served from the cache. Anything unexpected (no cache, other bytes, another app
version, an unreadable entry) falls back to the full check, which then refreshes the entry.
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from pathlib import Path
from typing import Any

from briefing_app import __version__
from briefing_app.content.limits import MAX_SOURCE_BYTES, MAX_YAML_BYTES
from briefing_app.content.locate import resolve_briefing_file
from briefing_app.content.result import CheckResult
from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import PanelKind

FORMAT = 1  # bump when the model's classes change shape within a version
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # an entry is about 100 KB; anything far larger is not ours


def default_cache_dir() -> Path:
    """Return the user's cache folder for the app (BRIEFING_APP_CACHE overrides it)."""
    override = os.environ.get("BRIEFING_APP_CACHE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "briefing-app" / "cache"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "briefing-app"


def check_briefing_cached(path: Path | str, cache_dir: Path | None = None) -> CheckResult:
    """Return the same result as `check_briefing(path)`, from the cache when the files are
    byte for byte those of a briefing that passed before."""
    folder = cache_dir or default_cache_dir()
    file = resolve_briefing_file(Path(path))
    entry_path = folder / f"{zlib.crc32(str(file.resolve()).encode('utf-8')):08x}.pickle"
    hit = _load(entry_path, file)
    if hit is not None:
        return hit
    from briefing_app.content.loader import check_briefing  # the parser and every check

    result = check_briefing(path)
    if (
        result.ok
        and result.briefing is not None
        and result.inputs is not None
        and not _has_images(result.briefing)  # its key holds no image: checked every time
    ):
        yaml_bytes, source_bytes = result.inputs  # what was checked, not a second read
        key = _key(file, yaml_bytes, result.briefing.source, source_bytes)
        _store(entry_path, key, result)
    return result


def _has_images(briefing: Briefing) -> bool:
    """Return whether the briefing shows files besides its source (a logo, an image panel),
    which a key of the YAML and source bytes would not notice changing."""
    return any(p.kind is PanelKind.IMAGE or getattr(p, "logo", "") for p in briefing.panels)


def _key(file: Path, yaml_bytes: bytes, source_name: str, source_bytes: bytes) -> tuple[Any, ...]:
    return (
        FORMAT,
        __version__,
        _code_stamp(),
        str(file.resolve()),
        yaml_bytes,
        source_name,
        source_bytes,
    )


def _current_key(file: Path, source_name: str) -> tuple[Any, ...] | None:
    """Return the key of the files on disk now, read as guardedly as the loader reads them."""
    from briefing_app.content.guarded import ReadRefused, read_capped
    from briefing_app.content.source_file import source_path

    source_file, _ = source_path(file, source_name)
    if source_file is None:
        return None
    try:
        source_bytes = read_capped(source_file, MAX_SOURCE_BYTES)
        return _key(file, read_capped(file, MAX_YAML_BYTES), source_name, source_bytes)
    except (OSError, ValueError, ReadRefused):
        return None


def _code_stamp() -> tuple[Any, ...]:
    """Return what identifies the loader's code: a changed check or model re-checks."""
    if getattr(sys, "frozen", False):  # a bundle: its executable changes with every build
        stat = Path(sys.executable).stat()
        return (stat.st_size, stat.st_mtime_ns)
    here = Path(__file__).resolve().parent
    files = sorted([*here.glob("*.py"), *(here.parent / "model").glob("*.py")])
    return tuple((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in files)


def _load(entry_path: Path, file: Path) -> CheckResult | None:
    from briefing_app.content.guarded import read_capped

    try:  # guarded: a pipe or a huge file under the entry's name is not read
        key, briefing = pickle.loads(read_capped(entry_path, MAX_ENTRY_BYTES))
    except Exception:  # no entry, or one this version cannot read: check in full
        return None
    source_name = key[5] if isinstance(key, tuple) and len(key) == 7 else None
    if not isinstance(source_name, str) or _current_key(file, source_name) != key:
        return None
    return CheckResult(briefing, [], file)


def _store(entry_path: Path, key: tuple[Any, ...], result: CheckResult) -> None:
    try:
        entry_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry_path.with_name(f".{entry_path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump((key, result.briefing), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, entry_path)
    except OSError:
        pass  # a cache that cannot be written only costs the next start some time
