"""Scalar values of a briefing: text, whole numbers, figures, true/false and dates.

A figure must be one a floating-point number holds exactly as written: finite, at most
15 significant digits, and written without the underscores YAML 1.1 silently drops.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Any

import yaml

from briefing_app.content.limits import MAX_DIGITS, MAX_TEXT_CHARS
from briefing_app.content.messages import Message, msg

_YAML = "tag:yaml.org,2002:"


class ScalarError(ValueError):
    """A value the briefing cannot take as written (a number a figure cannot hold, a text
    longer than the limit); `text`, a catalog message, says why."""

    def __init__(self, text: Message) -> None:
        super().__init__(text)
        self.text = text


def text_of(node: yaml.ScalarNode) -> str:
    """Return the text of a scalar as written (2023 stays "2023"), at most MAX_TEXT_CHARS."""
    text = str(node.value)
    if len(text) > MAX_TEXT_CHARS:
        raise ScalarError(msg("scalar.text_too_long", count=len(text), limit=MAX_TEXT_CHARS))
    return text


def _int(node: yaml.ScalarNode) -> int:
    if node.tag != "tag:yaml.org,2002:int":
        raise ValueError(node.value)
    text = node.value
    _check_written_number(text)
    if _significant_digits(text) > MAX_DIGITS:
        raise ScalarError(msg("scalar.too_many_digits", text=text, limit=MAX_DIGITS))
    return int(text)


def _float(node: yaml.ScalarNode) -> float:
    number = number_of(node)
    if number is None:
        raise ValueError(node.value)
    return number


def _bool(node: yaml.ScalarNode) -> bool:
    if node.tag != "tag:yaml.org,2002:bool":
        raise ValueError(node.value)
    return node.value.lower() in ("true", "yes", "on")


def _date(node: yaml.ScalarNode) -> dt.date:
    return dt.date.fromisoformat(node.value)


CONVERTERS: dict[Any, Callable[[yaml.ScalarNode], Any]] = {
    str: text_of,
    int: _int,
    float: _float,
    bool: _bool,
    dt.date: _date,
}


_YAML_SPECIAL = re.compile(r"[-+]?\.(inf|Inf|INF|nan|NaN|NAN)")
_EXPONENT = re.compile(r"[eE][-+]?\d+$")


def number_of(node: yaml.ScalarNode) -> float | None:
    """Return the number a scalar writes; None for one that is no number (text, an id).

    Raises ScalarError for a number a figure cannot hold: infinite or not a number,
    written with underscores (YAML 1.1 reads 1_48 as 148), or with more digits than a
    floating-point number keeps.
    """
    plain = node.style in (None, "")  # libyaml says "" for a plain scalar, PyYAML None
    if node.tag not in (_YAML + "int", _YAML + "float") and not plain:
        return None
    text = node.value
    if _YAML_SPECIAL.fullmatch(text):
        raise ScalarError(msg("scalar.not_finite", text=text))
    try:
        number = float(text)
    except ValueError:
        return None
    _check_written_number(text)
    if not math.isfinite(number):
        raise ScalarError(msg("scalar.not_finite", text=text))
    digits = _significant_digits(text)
    if digits > MAX_DIGITS:
        raise ScalarError(
            msg("scalar.significant_digits", text=text, digits=digits, limit=MAX_DIGITS)
        )
    if abs(number) >= 10.0**MAX_DIGITS or (number == 0 and digits > 0):
        raise ScalarError(msg("scalar.out_of_range", text=text))
    return number


def _check_written_number(text: str) -> None:
    if "_" in text:
        raise ScalarError(msg("scalar.underscore", text=text, plain=text.replace("_", "")))


def _significant_digits(text: str) -> int:
    """Return the significant digits written in a number: 0.0500 has 3, 2940.1 has 5."""
    mantissa = _EXPONENT.sub("", text.lstrip("+-"))
    return len(mantissa.replace(".", "").lstrip("0"))
