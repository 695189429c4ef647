"""Displayed text items that may carry the source sentence they come from."""

from __future__ import annotations

import re
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
