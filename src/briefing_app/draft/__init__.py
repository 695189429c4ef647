"""Draft a briefing from a report (.docx, .txt, .pdf): pure text work, no Qt, no pptx.

`draft_briefing` is imported on first use, so that importing a module of the package loads
no more than it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_app.draft.drafter import DraftError, DraftResult, draft_briefing

_NAMES = ("DraftError", "DraftResult", "draft_briefing")


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.drafter"), name)


__all__ = ["DraftError", "DraftResult", "draft_briefing"]
