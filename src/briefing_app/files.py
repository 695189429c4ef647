"""The one atomic writer: every output goes to a proven temporary file, then renamed into place.

Every write of the app (deck, handout, each image, the image manifest, briefing saves to come)
goes through `write_atomically`: a temporary file in the target's folder, every write and the
close checked, flushed and fsync'ed, then renamed over the target, and the folder fsync'ed
where the system allows. On any failure the old file is untouched, the temporary file is
removed and an OSError naming the target says why.

A process killed mid-write leaves its temporary file behind; the next write into that folder
removes it. A file is removed only with two proofs, never by its name pattern alone:

1. Ours: the name is `.~briefing-app.<token>.<mac>.tmp`, where `mac` is an HMAC-SHA256 of the
   folder and the random token under a per-install secret kept in the cache folder
   (`export-key`). Nobody without the secret can make a name that passes, and a temporary
   file moved to another folder no longer passes. If the secret is missing or unreadable,
   the process uses a throw-away one: nothing left behind is ever recognised, hence never
   deleted (the safe direction).
2. Dead: no live process is writing it. A writer holds an exclusive `flock` on its temporary
   file until the rename (POSIX); the cleaner skips any file it cannot lock. On Windows an
   open file cannot be deleted, so the failed unlink is the proof and it is skipped. (A
   cleaner could only win in the instant between a writer's create and its lock; that
   writer's rename then fails, with a clear error, and the old file stays.)
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted, which protects it instead
    fcntl = None  # type: ignore[assignment]

KEY_FILE = "export-key"
_KEY_BYTES = 32
_PREFIX = ".~briefing-app."
_TEMP_NAME = re.compile(r"\.~briefing-app\.([0-9a-f]{16})\.([0-9a-f]{32})\.tmp")

Content = bytes | Callable[[BinaryIO], None]


def write_atomically(target: Path, content: Content) -> None:
    """Write `content` (bytes, or a function writing into a binary file) to `target` atomically.

    OSError (with `filename` the target) when the folder is missing or any write fails; the
    old file at `target` is then left as it was and no temporary file remains.
    """
    target = Path(target)
    folder = _folder_of(target)
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(folder))
    remove_leftovers(folder)
    tmp = folder / new_temporary_name(folder)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:  # name the file the user asked for, not our temporary one
        raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from exc
    fh = os.fdopen(fd, "wb")
    try:
        if fcntl is not None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        if isinstance(content, bytes):
            _write_all(fh, content)
        else:
            content(fh)
        fh.flush()
        os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(target))
        if os.name == "nt":  # Windows cannot rename an open file
            fh.close()
        os.replace(tmp, target)  # POSIX: still locked, so no cleaner can take it first
        fh.close()
    except OSError as exc:
        _discard(fh, tmp)
        raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from exc
    except BaseException:
        _discard(fh, tmp)
        raise
    _sync_folder(folder)


def new_temporary_name(folder: Path) -> str:
    """Return a fresh temporary file name for `folder` that proves this install made it."""
    token = secrets.token_hex(8)
    return f"{_PREFIX}{token}.{_mac(folder, token)}.tmp"


def is_our_temporary(path: Path) -> bool:
    """Return whether `path`'s name was made by `new_temporary_name` for its folder."""
    match = _TEMP_NAME.fullmatch(path.name)
    if match is None:
        return False
    return hmac.compare_digest(match.group(2), _mac(_folder_of(path), match.group(1)))


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove temporary files of ours that no live process is writing; return those removed.

    Best effort: a file that cannot be examined or removed is left alone, never raised about.
    """
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(_PREFIX)]
    except OSError:
        return removed
    for path in candidates:
        if is_our_temporary(path) and _remove_if_unlocked(path):
            removed.append(path)
    return removed


def file_digest(path: Path) -> str:
    """Return the SHA-256 of the file at `path`, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_all(fh: BinaryIO, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = fh.write(view)
        if not written:
            raise OSError(errno.EIO, "the write made no progress")
        view = view[written:]


def _discard(fh: BinaryIO, tmp: Path) -> None:
    with contextlib.suppress(OSError):
        fh.close()  # a second failure (the same full disk) changes nothing here
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()


def _remove_if_unlocked(path: Path) -> bool:
    try:
        if fcntl is None:
            path.unlink()  # fails while the writer has it open
            return True
        with path.open("rb") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # a live export is writing it
            path.unlink()
            return True
    except OSError:
        return False


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # no way to open a folder for fsync; NTFS journals the rename
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the file itself is synced
    finally:
        os.close(fd)


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _mac(folder: Path, token: str) -> str:
    message = f"{os.path.normcase(os.path.realpath(folder))}\0{token}".encode()
    return hmac.new(_secret(), message, hashlib.sha256).hexdigest()[:32]


_SECRET: bytes | None = None


def _secret() -> bytes:
    """Return the per-install secret, creating it on first use (a throw-away one if we can't)."""
    global _SECRET
    if _SECRET is None:
        _SECRET = _load_or_create_secret() or secrets.token_bytes(_KEY_BYTES)
    return _SECRET


def _load_or_create_secret() -> bytes | None:
    """Return the stored secret, creating it first if there is none; None if we cannot.

    A new key is written in full to a file of its own and then hard-linked into place, which
    fails if another process got there first: nobody ever reads a half-written key.
    """
    from briefing_app.content.cache import default_cache_dir

    path = default_cache_dir() / KEY_FILE
    if not path.exists():
        draft = path.with_name(f"{KEY_FILE}.{secrets.token_hex(8)}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            with os.fdopen(os.open(draft, flags, 0o600), "wb") as fh:  # the owner's only
                fh.write(secrets.token_bytes(_KEY_BYTES))
                fh.flush()
                os.fsync(fh.fileno())
            os.link(draft, path)
        except FileExistsError:
            pass  # another process made the key first: use theirs
        except OSError:
            return None
        finally:
            with contextlib.suppress(OSError):
                draft.unlink()
    try:
        key = path.read_bytes()
    except OSError:
        return None
    return key if len(key) == _KEY_BYTES else None


def _mode_for(target: Path) -> int:
    """Return the mode for the new file: the old file's, or the usual one under the umask.

    A temporary file is created readable by its owner only; a handout is meant to be shared.
    """
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_UMASK


def _read_umask() -> int:
    mask = os.umask(0)  # the only way to read it; set straight back
    os.umask(mask)
    return mask


# Read once, at import on the main thread: changing it later, even for an instant, would
# race with files other threads create (a deck is written on a worker thread).
_UMASK = _read_umask()
