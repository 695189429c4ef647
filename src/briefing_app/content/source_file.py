"""Where a briefing's source text may be: a regular file inside its folder, not its YAML."""

from __future__ import annotations

import os
from pathlib import Path

from briefing_app.content.messages import Message, msg, text


def source_path(yaml_file: Path, name: str) -> tuple[Path | None, Message | None]:
    """Return the resolved path of the source text `name` given in `yaml_file`, or why not.

    The path is resolved through symlinks, and must stay inside the YAML file's folder: a
    briefing proves its figures by quoting its source, so the source may not be the YAML
    file itself (a made-up figure would "prove" itself), nor a file or device elsewhere.
    """
    folder = yaml_file.parent
    try:
        home = folder.resolve()
        resolved = (folder / name).resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # a symlink loop, a NUL in the name
        return None, msg("source.cannot_follow", name=name, reason=text(str(exc)))
    if not name.strip():
        return None, msg("source.empty_name")
    if not resolved.is_relative_to(home):
        return None, msg("source.outside", name=name, home=str(home))
    if resolved == yaml_file.resolve() or _same_file(resolved, yaml_file):
        return None, msg("source.is_yaml", name=name)
    return resolved, None


def _same_file(a: Path, b: Path) -> bool:
    """Return whether two paths are one file (a hard link), False when either is unreadable."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False
