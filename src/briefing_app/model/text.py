"""Displayed text items that may carry the source sentence they come from."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing_app.model.linebreak import break_lines


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
    line; two lines of even width read better. The break follows the model's line-breaking
    rule (`model.linebreak`, balanced): at a space or after punctuation where one fits, never
    inside a number and its unit or a short quoted term. Text that fits, or that two lines
    would not hold, is returned as it is. The live panels measure with the font, the deck
    with its estimate: the rule is the same.
    """
    if "\n" in text or len(text) < 4 or width(text) <= limit:
        return text
    lines = break_lines(text, width, limit, balance=True)
    return "\n".join(lines) if len(lines) == 2 else text
