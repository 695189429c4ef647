"""Text normalisation for provenance matching, and the numbers a text states."""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

# Both widths of each punctuation mark map to one canonical character, so a quote written
# with full-width marks matches the source's ASCII ones and vice versa.
_CANONICAL = str.maketrans(
    {
        "，": ",",
        "。": ".",
        "？": "?",
        "！": "!",
        "：": ":",
        "；": ";",
        "（": "(",
        "）": ")",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "、": ",",
        "．": ".",
        "％": "%",
        "＋": "+",
        "　": "",
    }
)
_WHITESPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)  # quotes recur across panels and across live re-checks
def normalize(text: str) -> str:
    """Return `text` with whitespace and `**` emphasis removed and punctuation width folded.

    Page breaks in the source are runs of blank lines inside a sentence, so removing all
    whitespace joins them; Chinese text has no word spaces to lose. 、 folds to `,` as well,
    since the source uses ASCII commas where a displayed list would use 、.
    """
    return _WHITESPACE.sub("", text.replace("**", "")).translate(_CANONICAL)


_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")


def arabic_numbers(text: str) -> list[Decimal]:
    """Return the Arabic-numeral numbers written in `text`, in order."""
    return [Decimal(m) for m in _ARABIC.findall(text)]


def stated_numbers(text: str) -> set[Decimal]:
    """Return every number `text` states, in Arabic or Chinese numerals.

    A Chinese numeral ending in 亿 or 万 also counts without that last multiplier, since
    figures are kept in those units: 两千亿 states both 200000000000 and 2000 (亿元).
    """
    found = set(arabic_numbers(text))
    for match in _CHINESE.findall(text):
        value = chinese_numeral(match)
        if value is None:
            continue
        found.add(Decimal(value))
        stripped = match.rstrip("万亿")
        if stripped and stripped != match:
            inner = chinese_numeral(stripped)
            if inner is not None:
                found.add(Decimal(inner))
    return found


def chinese_numeral(text: str) -> int | None:
    """Return the value of a Chinese numeral such as 两千, 百, 十四, 三十; None if malformed."""
    total = section = digit = 0
    seen = False
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
            seen = True
        elif ch in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[ch]
            digit = 0
            seen = True
        elif ch in _CN_BIG:
            if not seen and not section and not total:
                return None
            total = (total + section + digit) * _CN_BIG[ch]
            section = digit = 0
        else:
            return None
    return total + section + digit if seen or total else None


def as_decimal(value: float, decimals: int | None = None) -> Decimal:
    """Return a float figure as the decimal it was written as (2940.1, not 2940.09999…)."""
    try:
        d = Decimal(repr(value))
    except InvalidOperation:  # pragma: no cover - repr of a float is always a decimal
        d = Decimal(value)
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals))
    d = d.normalize()
    exponent = d.as_tuple().exponent
    # normalize() writes 400 as 4E+2; keep whole numbers whole for messages
    return d.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else d


_ASCII_NEXT_TO_CJK = re.compile(
    r"(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])[,?;:!\"']|"
    r"[,?;:!\"'](?=[\u4e00-\u9fff])"
)


def half_width_punctuation(text: str) -> list[str]:
    """Return ASCII punctuation marks that stand in Chinese text (display uses full width)."""
    return _ASCII_NEXT_TO_CJK.findall(text)
