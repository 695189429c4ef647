"""Read a file guardedly: a regular file only, of bounded size, without ever blocking.

Only a regular file is opened (a FIFO or a device such as /dev/zero is refused before it
can block or fill memory), its size is checked before reading, and at most one byte past
the limit is ever read, so a file growing meanwhile cannot slip through.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing_app.content.limits import size_text
from briefing_app.content.messages import Message, msg

_CHUNK = 1024 * 1024


class ReadRefused(Exception):
    """A file that is not read: missing, not a regular file, or too big. Holds the reason."""

    def __init__(self, message: Message, *, has_content: bool = False) -> None:
        super().__init__(message)
        self.text = message
        self.has_content = has_content  # a file with lines (too big), not a missing one

    @property
    def message(self) -> str:
        """The reason in English, for callers outside the checks (checks report `text`)."""
        return self.text.render("en")


def read_capped(path: Path, limit: int) -> bytes:
    """Return the bytes of the regular file `path`, refusing it when larger than `limit`.

    Raises ReadRefused (with a message for people) or OSError.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ReadRefused(msg("file.missing")) from None
    _check_kind(info.st_mode)
    _check_size(info.st_size, limit)
    # O_NONBLOCK: should the path become a FIFO after the stat, opening it does not block.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        _check_kind(os.fstat(fd).st_mode)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    _check_size(total, limit)
    return b"".join(chunks)


def _check_kind(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise ReadRefused(msg("file.folder"))
    if not stat.S_ISREG(mode):
        kind = msg("file.kind_fifo") if stat.S_ISFIFO(mode) else msg("file.kind_device")
        raise ReadRefused(msg("file.not_regular", kind=kind))


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        message = msg("file.too_big", size=size_text(size), limit=size_text(limit))
        raise ReadRefused(message, has_content=True)
