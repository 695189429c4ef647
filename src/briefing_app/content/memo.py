"""A memo of check results per part of a briefing, replayed at the new document's places.

A check of one panel depends only on values (the panel, the indicators it refers to, the
meeting, the source text); an edit changes few of them. The memo keys each result by the
exact text of those values (`repr`: 9, 9.0 and True differ there, though equal as values),
kept as a BLAKE2b digest (a key holds no copy of the source text), and stores the problems
as (path relative to the part, message); a replay records them again through the decoder,
which places them on the lines of the document being checked.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable

from briefing_app.content.decode import Decoder
from briefing_app.content.messages import Message

#: Parts remembered before the memo starts afresh (about 20 edits' worth of changed panels
#: for a briefing of 200 panels; a full check refills it).
MAX_ENTRIES = 4096

_Found = tuple[tuple[str, Message | str], ...]


class _Recorder:
    """Stands in for the decoder while a part is checked: keeps what is reported."""

    def __init__(self) -> None:
        self.found: list[tuple[str, Message | str]] = []

    def problem_at(self, path: str, message: Message | str) -> None:
        self.found.append((path, message))


class ProblemMemo:
    """Results of a check function, keyed by everything the function reads."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._entries: dict[bytes, _Found] = {}
        self._max = max_entries
        self._lock = threading.Lock()

    def run(
        self, key: tuple[str, ...], path: str, check: Callable[[Decoder], None], dec: Decoder
    ) -> None:
        """Report through `dec` what `check(dec)` reports for the part at `path`, from the
        memo when `key` (the text of everything `check` reads) was checked before (at any
        path)."""
        hashed = digest(key)
        with self._lock:
            found = self._entries.get(hashed)
        if found is None:
            recorder = _Recorder()
            check(recorder)  # type: ignore[arg-type]  # it reports only through problem_at
            if any(not _under(p, path) for p, _ in recorder.found):
                for p, message in recorder.found:  # a path outside the part: never memoized
                    dec.problem_at(p, message)
                return
            found = tuple((p[len(path) :], message) for p, message in recorder.found)
            with self._lock:
                if len(self._entries) >= self._max:
                    self._entries.clear()
                self._entries[hashed] = found
        for rest, message in found:
            dec.problem_at(path + rest, message)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


def digest(parts: tuple[str, ...]) -> bytes:
    """Return a digest of `parts` that tells any two different tuples apart."""
    h = hashlib.blake2b(digest_size=32)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.digest()


def _under(path: str, prefix: str) -> bool:
    return path == prefix or (path.startswith(prefix) and path[len(prefix)] in ".[")
