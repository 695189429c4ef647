"""Turn a loaded briefing into plain JSON-ready data (for `briefing-app dump --json`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum
from typing import Any

from briefing_app.model.briefing import Briefing


def to_data(briefing: Briefing) -> dict[str, Any]:
    """Return the briefing as dicts, lists, strings and numbers; resolved values included."""
    data: dict[str, Any] = _plain(briefing)
    data.pop("source_text", None)
    return data


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):  # an image read by the loader: its size, not its bytes
        return len(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
