"""Write the draft as briefing.yaml text: block style, every string double-quoted and escaped."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from briefing_app.draft.indicators import DraftIndicator

# Printable characters YAML allows as they are; everything else is written as an escape.
_PRINTABLE = re.compile("[\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_PLAIN_KEY = re.compile(r"^[a-z_]+$")

HEADER = (
    "# Drafted by `briefing-app draft` from {report}.\n"
    "# A start to edit: names and layout are plain; every figure quotes its sentence of {source}.\n"
)


def indicator_data(ind: DraftIndicator) -> dict[str, Any]:
    """Return the mapping of one indicator as the format writes it."""
    data: dict[str, Any] = {
        "id": ind.id,
        "name": ind.name,
        "kind": ind.kind,
        "unit": ind.unit,
        "year": ind.year,
        "target" if ind.target else "value": ind.value,
    }
    if ind.decimals:
        data["decimals"] = ind.decimals
    data["source"] = ind.source
    if ind.at is not None:
        data["at"] = ind.at
    return data


def to_yaml(document: dict[str, Any], header: str = "") -> str:
    """Return `document` as YAML text that the app's loader reads back as the same values."""
    lines = [header.rstrip("\n")] if header else []
    _mapping(document, 0, lines)
    return "\n".join(lines) + "\n"


def _mapping(data: dict[str, Any], indent: int, lines: list[str], first: str = "") -> None:
    pad = " " * indent
    for k, (key, value) in enumerate(data.items()):
        assert _PLAIN_KEY.match(key), key
        lead = first if k == 0 and first else pad
        if isinstance(value, dict) and value:
            lines.append(f"{lead}{key}:")
            _mapping(value, indent + 2, lines)
        elif isinstance(value, list) and value and any(_long(v) for v in value):
            lines.append(f"{lead}{key}:")
            for item in value:
                if isinstance(item, dict):
                    _mapping(item, indent + 4, lines, first=f"{pad}  - ")
                else:
                    lines.append(f"{pad}  - {scalar(item)}")
        else:
            lines.append(f"{lead}{key}: {scalar(value)}")


def _long(value: Any) -> bool:
    """Return whether a list item goes on a line of its own (a mapping, a long text)."""
    return isinstance(value, dict | list) or (isinstance(value, str) and len(value) > 20)


def scalar(value: Any) -> str:
    """Return one value in YAML: a flow list, a number, a date or a double-quoted string."""
    if isinstance(value, list):
        return "[" + ", ".join(scalar(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return '"' + "".join(_char(ch) for ch in value) + '"'
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


def _char(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if _PRINTABLE.match(ch):
        return ch
    code = ord(ch)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )
