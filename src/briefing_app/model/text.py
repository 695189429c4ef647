"""Displayed text items that may carry the source sentence they come from."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class TextItem:
    """A line of displayed text; `source` quotes the sentence of the source it restates.

    In YAML a plain string is shorthand for `{text: ...}` with no source.
    """

    text: str
    source: str | None = None
    emphasis: bool = False


@dataclass(frozen=True)
class Card:
    """A titled card of a cards grid or a cover, with body text and its source."""

    title: str
    text: str = ""
    source: str | None = None


_LINE_BREAK = re.compile(r"\s*\n\s*")


def plain_quote(sentence: str) -> str:
    """Return a source sentence as people read it: without the source's ** emphasis and
    without its page breaks (a run of blank lines inside a sentence)."""
    return _LINE_BREAK.sub("", sentence.replace("**", "")).strip()


_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_SPACE_BY_CJK = re.compile(f"(?<=[{_CJK}])[ \\t]+|[ \\t]+(?=[{_CJK}])")


def join_chinese_lines(text: str) -> str:
    """Return `text` without the spaces that YAML's folded lines put between Chinese
    sentences ("……13%。 工业……"); spaces between Latin words stay."""
    return _SPACE_BY_CJK.sub("", text)


def balanced_break(text: str, width: Callable[[str], float], limit: float) -> str:
    """Return `text` as two balanced lines (a newline between) when `width(text)` > `limit`.

    A short title that just overflows would leave a character or two alone on a second
    line; breaking at the space or punctuation mark nearest the middle (within its middle
    third; of two as near, the longer first line, as Chinese setting does) reads better, and
    Chinese text with neither breaks between two ideographs near the middle. Text that fits,
    or whose halves would not fit either, is returned as it is. The live panels measure with
    the font, the deck with its estimate: the rule is the same.
    """
    if "\n" in text or len(text) < 4 or width(text) <= limit:
        return text
    cuts: list[tuple[int, int]] = []  # (end of first line, start of second line)
    for i, ch in enumerate(text[:-1]):
        if ch == " ":
            cuts.append((i, i + 1))
        elif ch in "，。；：、！？":
            cuts.append((i + 1, i + 1))
    balanced = [cut for cut in cuts if len(text) / 3 <= cut[0] <= len(text) * 2 / 3]
    if not balanced:
        balanced = [
            (i, i)
            for i in range(round(len(text) / 3), round(len(text) * 2 / 3) + 1)
            if _ideograph(text[i - 1]) and _ideograph(text[i])
        ]
    middle = len(text) / 2
    for end, start in sorted(balanced, key=lambda cut: (abs(cut[0] - middle), -cut[0])):
        first, second = text[:end], text[start:]
        if max(width(first), width(second)) <= limit:
            return f"{first}\n{second}"
    return text


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
