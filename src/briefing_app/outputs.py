"""Which outputs an export may take: never its template nor one of the briefing's own files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


class OutputRefused(Exception):
    """An export refused before writing anything; the message is one line for the user."""


def briefing_files(yaml_file: Path, source: str) -> tuple[Path, ...]:
    """Return the files a briefing is made of: its YAML file and its source text."""
    return (yaml_file, yaml_file.parent / source)


def refuse_protected_output(
    out: Path, *, template: Path | None = None, briefing: Iterable[Path] = ()
) -> None:
    """Raise OutputRefused when `out` is `template` or one of the `briefing` files.

    Compared by resolved path (symbolic links, `..`) and, when both exist, by file identity
    (hard links, case-insensitive file systems).
    """
    if template is not None and _same_file(out, template):
        raise OutputRefused(
            f"{out}: this is the template the deck is made from; choose another output file"
        )
    for own in briefing:
        if _same_file(out, own):
            raise OutputRefused(
                f"{out}: this is a file of the briefing being exported; choose another output"
            )


def _same_file(a: Path, b: Path) -> bool:
    try:
        if Path(a).resolve() == Path(b).resolve():
            return True
    except (OSError, RuntimeError):  # a symbolic-link loop: fall back on identity
        pass
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): the resolved paths decided
        return False
