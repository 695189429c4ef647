"""Recovery copies of briefings being edited, kept in the app's cache folder, never beside them.

A copy is the edited YAML text after one header line naming the briefing it belongs to; the
header is also the proof that a file is ours before it is ever removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from briefing_app.content.cache import default_cache_dir
from briefing_app.files import write_atomically

_HEADER = "# briefing-app recovery copy of: "


def recovery_dir() -> Path:
    """Return the folder of recovery copies (in the app's cache folder)."""
    return default_cache_dir() / "recovery"


def recovery_path(file: Path, folder: Path | None = None) -> Path:
    """Return where the recovery copy of briefing `file` goes."""
    key = hashlib.sha256(os.fsencode(os.path.realpath(file))).hexdigest()[:24]
    return (folder or recovery_dir()) / f"{key}.yaml"


def write_recovery(file: Path, text: str, folder: Path | None = None) -> Path:
    """Write `text` as the recovery copy of `file` (atomically); return its path."""
    target = recovery_path(file, folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    header = f"{_HEADER}{os.path.realpath(file)}\n"
    write_atomically(target, (header + text).encode("utf-8"))
    return target


def read_recovery(copy: Path, file: Path) -> str | None:
    """Return the edited text held by recovery copy `copy` of `file`; None when it is not one."""
    try:
        data = copy.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    header, _, text = data.partition("\n")
    if header != f"{_HEADER}{os.path.realpath(file)}":
        return None
    return text


def find_recovery(file: Path, folder: Path | None = None) -> Path | None:
    """Return the recovery copy of `file` left by an edit that was never saved, if any.

    A copy whose text is the file's own (saved since) is not offered.
    """
    copy = recovery_path(file, folder)
    text = read_recovery(copy, file)
    if text is None:
        return None
    try:
        current = file.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    return None if text == current else copy


def discard_recovery(file: Path, folder: Path | None = None) -> None:
    """Remove the recovery copy of `file`, only when its header proves it is one of ours."""
    copy = recovery_path(file, folder)
    if read_recovery(copy, file) is not None:
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()
