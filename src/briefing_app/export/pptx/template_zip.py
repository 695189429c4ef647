"""Read a template's zip within limits: entries, each part's and the total inflated size, ratio."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from types import TracebackType

from briefing_app.export.pptx.errors import DeckError

#: At most this many zip entries. PowerPoint's own templates hold 40 to 150; a big corporate
#: template with many layouts, masters and pictures stays under 1000.
MAX_ENTRIES = 2000
#: At most this many bytes in one part once inflated: a full-page photo or an embedded CJK font
#: is 5 to 30 MB.
MAX_PART_BYTES = 50 * 2**20
#: At most this many bytes in all the parts a deck takes from a template, once inflated.
MAX_TOTAL_BYTES = 200 * 2**20
#: A part over RATIO_GRACE_BYTES may inflate to at most MAX_RATIO times its compressed size
#: (Apache POI's zip-bomb rule: XML compresses 5 to 20 times, pictures hardly at all; a run
#: of zeros, which is what a bomb is made of, about 1000 times).
MAX_RATIO = 100
RATIO_GRACE_BYTES = 2**20

_CHUNK = 2**20
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"


class BoundedZip:
    """A template's zip archive whose parts are read only within the limits above.

    `reserve` checks a part's declared size (and counts it in the total) before anything is
    inflated; `read` inflates it in chunks and stops as soon as it grows past what was declared.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        declared = _declared_entries(path)
        if declared > MAX_ENTRIES:
            raise DeckError(
                f"template {path} refused: it holds {declared} zip entries, "
                f"over the limit of {MAX_ENTRIES}"
            )
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise DeckError(f"template {path} is not a readable zip package ({exc})") from None
        infos = self._zip.infolist()
        if len(infos) > MAX_ENTRIES:  # the end record may understate what the directory holds
            self._zip.close()
            raise DeckError(
                f"template {path} refused: it holds {len(infos)} zip entries, "
                f"over the limit of {MAX_ENTRIES}"
            )
        self._infos = {info.filename: info for info in infos}
        self._reserved: set[str] = set()
        self._total = 0

    def __enter__(self) -> BoundedZip:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._zip.close()

    def names(self) -> list[str]:
        """Return the names of every entry in the archive."""
        return list(self._infos)

    def __contains__(self, name: object) -> bool:
        return name in self._infos

    def reserve(self, name: str) -> None:
        """Check the declared size of entry `name` against the limits; DeckError if over."""
        if name in self._reserved:
            return
        info = self._infos[name]
        size = info.file_size
        if size > MAX_PART_BYTES:
            raise DeckError(
                f"template {self.path} refused: part /{name} inflates to {_mb(size)}, "
                f"over the limit of {_mb(MAX_PART_BYTES)} a part"
            )
        if size > RATIO_GRACE_BYTES and size > MAX_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise DeckError(
                f"template {self.path} refused: part /{name} inflates {ratio} times "
                f"(to {_mb(size)}), over the limit of {MAX_RATIO} times (a zip bomb)"
            )
        self._total += size
        if self._total > MAX_TOTAL_BYTES:
            raise DeckError(
                f"template {self.path} refused: the parts a deck needs inflate to more than "
                f"{_mb(MAX_TOTAL_BYTES)} in all, the limit"
            )
        self._reserved.add(name)

    def read(self, name: str) -> bytes:
        """Return the bytes of entry `name`, inflated in chunks and never past its declared size."""
        self.reserve(name)
        info = self._infos[name]
        chunks: list[bytes] = []
        got = 0
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    got += len(chunk)
                    if got > info.file_size:
                        raise DeckError(
                            f"template {self.path} refused: part /{name} inflates past the "
                            f"{info.file_size} bytes its zip entry declares"
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            raise DeckError(
                f"template {self.path} is damaged: part /{name} cannot be read ({exc})"
            ) from None
        return b"".join(chunks)


def _declared_entries(path: Path) -> int:
    """Return the entry count the archive's end record declares, read before parsing anything.

    Zero when no end record is found (zipfile then says what is wrong).
    """
    with path.open("rb") as fh:
        size = fh.seek(0, 2)
        tail_len = min(size, 22 + 0xFFFF + 20)
        fh.seek(size - tail_len)
        tail = fh.read(tail_len)
        at = tail.rfind(_EOCD)
        if at < 0 or at + 22 > len(tail):
            return 0
        (entries,) = struct.unpack_from("<H", tail, at + 10)
        locator = at - 20
        if entries == 0xFFFF and locator >= 0 and tail[locator : locator + 4] == _ZIP64_LOCATOR:
            (offset,) = struct.unpack_from("<Q", tail, locator + 8)
            if offset < size:
                fh.seek(offset)
                record = fh.read(56)
                if len(record) == 56 and record[:4] == _ZIP64_EOCD:
                    (entries,) = struct.unpack_from("<Q", record, 32)
        return int(entries)


def _mb(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size} bytes"
