"""Content: load a briefing folder (YAML + source text) into the model, with checks.

The names below are imported on first use, so that a module needing only `Problem` (or the
start-up cache) does not load the YAML parser and every check with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_app.content.loader import check_briefing, check_text, load_briefing
    from briefing_app.content.problems import BriefingError, Problem
    from briefing_app.content.result import CheckResult

_HOMES = {
    "check_briefing": "loader",
    "check_text": "loader",
    "load_briefing": "loader",
    "BriefingError": "problems",
    "Problem": "problems",
    "CheckResult": "result",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "BriefingError",
    "CheckResult",
    "Problem",
    "check_briefing",
    "check_text",
    "load_briefing",
]
