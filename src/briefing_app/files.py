"""Writing output files safely: a temporary file beside the target, renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def temporary_beside(out: Path) -> Path:
    """Return a new empty temporary file in `out`'s folder (FileNotFoundError if none)."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, "no such folder", str(folder))
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(tmp)


def publish(tmp: Path, out: Path) -> None:
    """Rename `tmp` over `out`, with the permissions a newly written file would get.

    mkstemp creates files readable by their owner only; a handout is meant to be shared, so
    it keeps the old file's mode, or else gets the usual mode under the user's umask.
    """
    mode = out.stat().st_mode & 0o777 if out.exists() else 0o666 & ~_UMASK
    os.chmod(tmp, mode)
    os.replace(tmp, out)


def _read_umask() -> int:
    mask = os.umask(0)  # the only way to read it; set straight back
    os.umask(mask)
    return mask


# Read once, at import on the main thread: changing it later, even for an instant, would
# race with files other threads create (a deck is written on a worker thread).
_UMASK = _read_umask()
