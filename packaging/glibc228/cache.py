"""The build cache of the glibc 2.28 bundle: folders keyed on their inputs, made all or nothing.

Each expensive step (the CPython build, the wheels, the Debian 11 chroot) keeps its result in
`<cache>/build/glibc228-<step>-<key>/`, where `<cache>` is the app's own cache folder
(BRIEFING_APP_CACHE, else $XDG_CACHE_HOME/briefing-app, else ~/.cache/briefing-app: the rule
of briefing_app.content.cache) and `<key>` a hash of everything the step is made from. A step
is built in `<folder>.partial-<pid>` and renamed to `<folder>` only once complete, under a
file lock, so a killed build never leaves a folder that looks finished and two builds never
make the same step at once. Deleting the whole `build/` folder is always safe.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path


def cache_root() -> Path:
    """Return the folder holding the cached steps (created if missing).

    BRIEFING_APP_BUILD_CACHE names it directly: the tests set it to the user's folder, since
    their session moves the app's cache (BRIEFING_APP_CACHE) into a temporary folder.
    """
    build_override = os.environ.get("BRIEFING_APP_BUILD_CACHE")
    if build_override:
        Path(build_override).mkdir(parents=True, exist_ok=True)
        return Path(build_override)
    override = os.environ.get("BRIEFING_APP_CACHE")
    base = (
        Path(override)
        if override
        else (Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing-app")
    )
    root = base / "build"
    root.mkdir(parents=True, exist_ok=True)
    return root


def input_key(files: Iterable[Path], *texts: str) -> str:
    """Return a short hash of the files' names and contents and of `texts`."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for text in texts:
        digest.update(text.encode() + b"\0")
    return digest.hexdigest()[:16]


def cached(step: str, key: str, build: Callable[[Path], None]) -> tuple[Path, bool]:
    """Return (the folder of `step` for `key`, whether it was built now).

    `build(partial)` fills the empty folder `partial`; it is renamed into place only when
    `build` returns. A leftover `.partial-*` folder of a killed build is removed first.
    """
    root = cache_root()
    folder = root / f"glibc228-{step}-{key}"
    with open(root / f"{folder.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if folder.is_dir():
            return folder, False
        for stale in root.glob(f"{folder.name}.partial-*"):
            remove_tree(stale)  # we hold the lock: its builder is gone
        for stale in root.glob(f"glibc228-{step}-*.partial-*"):  # other keys: if their
            if not _alive(int(stale.name.rsplit("-", 1)[1])):  # builder died
                remove_tree(stale)
        partial = root / f"{folder.name}.partial-{os.getpid()}"
        partial.mkdir()
        try:
            build(partial)
        except BaseException:
            remove_tree(partial)
            raise
        partial.rename(folder)
        return folder, True


def mounts_under(path: Path) -> list[str]:
    """Return the mount points at or below `path` (from /proc/self/mountinfo)."""
    top = os.path.realpath(path)
    points = []
    with open("/proc/self/mountinfo", encoding="utf-8") as info:
        for line in info:
            point = line.split()[4].replace("\\040", " ")
            if point == top or point.startswith(top + "/"):
                points.append(point)
    return points


def remove_tree(path: Path) -> None:
    """Remove `path` and everything below it; refuse while anything below it is mounted.

    rm -rf through a bind mount of /dev or /proc would delete the host's own files.
    """
    mounted = mounts_under(path)
    if mounted:
        raise RuntimeError(f"not removing {path}: still mounted there: {', '.join(mounted)}")
    shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
