"""Where a briefing's YAML file is, given its folder or the file itself."""

from __future__ import annotations

from pathlib import Path

BRIEFING_FILE = "briefing.yaml"


def resolve_briefing_file(path: Path) -> Path:
    """Return the YAML file of a briefing given its folder or the file itself."""
    try:
        return path / BRIEFING_FILE if path.is_dir() else path
    except (OSError, ValueError):  # a name too long, a NUL in it: reading it will say so
        return path
