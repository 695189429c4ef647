"""Turn a loaded briefing into plain JSON-ready data (for `briefing-app dump --json`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum
from typing import Any

from briefing_app.model.briefing import Briefing
from briefing_app.model.indicator import Indicator


def to_data(briefing: Briefing) -> dict[str, Any]:
    """Return the briefing as dicts, lists, strings and numbers; resolved values included."""
    data: dict[str, Any] = _plain(briefing)
    data.pop("source_text", None)
    return data


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _ids(getattr(value, f.name))
            if f.metadata.get("derived")
            else _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
        }
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


def _ids(value: Any) -> Any:
    """Return a derived value; the indicators the loader resolved a chart's points to are
    named by id (each is printed once, under `indicators`)."""
    if isinstance(value, Indicator):
        return value.id
    if isinstance(value, tuple) and any(isinstance(v, Indicator) for v in value):
        return [v.id if isinstance(v, Indicator) else None for v in value]
    return _plain(value)
