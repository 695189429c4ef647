"""Rules on single decoded fields that their types cannot say: versions, ranges, safe ids.

They run while decoding, so a value that would upset a later check (a huge `decimals` in a
rounding, an id with `/` in an exported file name) never gets that far.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from typing import Any

from briefing_app.content.limits import MAX_ID_CHARS
from briefing_app.content.messages import Message, msg
from briefing_app.model.briefing import Briefing, Section
from briefing_app.model.indicator import Indicator
from briefing_app.model.numbers import MAX_DECIMALS
from briefing_app.model.panels import PanelBase

FORMAT = 1  # the version of the content format this app reads

_FILE_NAME_ID = re.compile(r"[A-Za-z0-9_-]+")
_FORMULA_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

Rule = Callable[[Any], Message | None]


def _format(version: int) -> Message | None:
    if version > FORMAT:
        return msg("rule.format_newer", version=version, format=FORMAT)
    if version < FORMAT:
        return msg("rule.format_unknown", version=version, format=FORMAT)
    return None


def _minutes(minutes: float | None) -> Message | None:
    if minutes is not None and minutes < 0:
        return msg("rule.minutes_negative", minutes=f"{minutes:g}")
    return None


def _file_name_id(value: str) -> Message | None:
    if not _FILE_NAME_ID.fullmatch(value) or len(value) > MAX_ID_CHARS:
        return msg("rule.file_name_id", value=value, limit=MAX_ID_CHARS)
    return None


def _indicator_id(value: str) -> Message | None:
    if not _FORMULA_ID.fullmatch(value) or keyword.iskeyword(value) or len(value) > MAX_ID_CHARS:
        return msg("rule.indicator_id", value=value, limit=MAX_ID_CHARS)
    return None


def _decimals(value: int) -> Message | None:
    if not 0 <= value <= MAX_DECIMALS:
        return msg("indicator.decimals_range", decimals=value, max=MAX_DECIMALS)
    return None


_RULES: dict[tuple[type, str], Rule] = {
    (Briefing, "format"): _format,
    (Section, "minutes"): _minutes,
    (Section, "id"): _file_name_id,
    (PanelBase, "minutes"): _minutes,
    (PanelBase, "id"): _file_name_id,
    (Indicator, "id"): _indicator_id,
    (Indicator, "decimals"): _decimals,
}


def field_problem(cls: type, name: str, value: Any) -> Message | None:
    """Return what is wrong with `value` for field `name` of `cls`, or None when it is fine."""
    for (owner, field), rule in _RULES.items():
        if field == name and issubclass(cls, owner):
            return rule(value)
    return None
