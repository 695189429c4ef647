"""Where a briefing's YAML file is, given its folder or the file itself."""

from __future__ import annotations

from pathlib import Path

BRIEFING_FILE = "briefing.yaml"


def resolve_briefing_file(path: Path) -> Path:
    """Return the YAML file of a briefing given its folder or the file itself."""
    return path / BRIEFING_FILE if path.is_dir() else path
