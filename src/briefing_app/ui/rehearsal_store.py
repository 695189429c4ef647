"""Rehearsed timings on disk: one JSON file per briefing beside the settings, never in the
briefing's folder (a rehearsal is the presenter's, not the briefing's)."""

from __future__ import annotations

import zlib
from pathlib import Path

from briefing_app.files import write_atomically
from briefing_app.model.rehearsal import timings_from_json, timings_to_json
from briefing_app.ui.settings import Settings

FOLDER = "rehearsals"


def timings_file(settings: Settings, briefing_file: Path) -> Path:
    """Return the file holding the rehearsed timings of `briefing_file`."""
    digest = f"{zlib.crc32(str(briefing_file.resolve()).encode('utf-8')):08x}"
    return settings.file().parent / FOLDER / f"{briefing_file.parent.name}-{digest}.json"


def load_timings(settings: Settings, briefing_file: Path) -> dict[str, float]:
    """Return the saved timings of `briefing_file`; none saved or unreadable: {}."""
    path = timings_file(settings, briefing_file)
    try:
        return timings_from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}  # a broken file only loses the pacing hint; the next rehearsal rewrites it


def save_timings(settings: Settings, briefing_file: Path, timings: dict[str, float]) -> Path:
    """Write `timings` atomically; return the file. OSError names it when a write fails."""
    path = timings_file(settings, briefing_file)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, timings_to_json(timings).encode("utf-8"))
    return path
