"""The deck's estimate of text widths, and lines broken by the model's rule on it."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

from briefing_app.model.linebreak import CLOSING, OPENING, break_points, fill_points

#: Characters of ambiguous width that CJK fonts (Noto Sans CJK, YaHei) set a full em wide.
_FULL_IN_CJK_FONTS = frozenset("“”‘’…·—%")


@functools.lru_cache(maxsize=8192)
def char_em(ch: str) -> float:
    """Return the estimated advance of one character in em (CJK and full-width forms: 1)."""
    if unicodedata.east_asian_width(ch) in "WF" or ch in _FULL_IN_CJK_FONTS:
        return 1.0
    if unicodedata.category(ch) == "Cf":  # a word joiner and its kin take no room
        return 0.0
    if ch == " ":
        return 0.3
    if ch.isdigit():  # Arial's digits are 0.56 em, but its stand-in DejaVu Sans Bold's 0.7
        return 0.7
    if ch in ".,":
        return 0.38
    if ch.isupper() or ch in "@#&MW":
        return 0.72
    return 0.6


def text_em(text: str) -> float:
    """Return the estimated width of a line of text in em."""
    return sum(char_em(ch) for ch in text)


def wrap(text: str, width_em: float, scales: Sequence[float] | None = None) -> list[str]:
    """Return `text` broken into lines no wider than `width_em` by the model's rule
    (`model.linebreak`), measured with this module's estimate.

    `scales` gives each character's size relative to the em (runs of a smaller size).
    """
    return [
        text[a:b]
        for a, b in line_spans(pieces_of(text, None if scales is None else tuple(scales)), width_em)
    ]


#: A text and the running sum of its characters' widths in em: independent of the size, so
#: fitting (which wraps the same paragraphs at size after size) measures each text once.
Pieces = tuple[str, tuple[float, ...]]


@functools.lru_cache(maxsize=4096)
def pieces_of(text: str, scales: tuple[float, ...] | None) -> Pieces:
    running = [0.0]
    total = 0.0
    previous = ""
    for i, ch in enumerate(text):
        em = char_em(ch)
        if previous and _autospace(previous, ch):
            em += AUTOSPACE_EM
        total += em * (scales[i] if scales else 1.0)
        running.append(total)
        previous = ch
    return text, tuple(running)


#: The space LibreOffice and PowerPoint put between Chinese and Latin letters or digits
#: ("2022 年"), in em: the estimate counts it, or a line written full wraps once more.
AUTOSPACE_EM = 0.25


def _autospace(before: str, after: str) -> bool:
    """Return whether the two stand apart by an autospace: an ideograph beside a Latin letter
    or digit, either way round."""
    if "\u4e00" <= before <= "\u9fff":
        return after.isascii() and after.isalnum()
    return "\u4e00" <= after <= "\u9fff" and before.isascii() and before.isalnum()


@functools.lru_cache(maxsize=16384)
def line_spans(pieces: Pieces, width_em: float, exact: bool = True) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) of each line of the text of `pieces` at `width_em`: the rule's
    lines, or (not `exact`) as many lines filled greedily, to try a size quickly."""
    text, running = pieces
    lines = break_points if exact else fill_points
    return tuple(lines(text, lambda a, b: running[b] - running[a], width_em))


#: Characters a line may not start with (closing marks), and may not end with (opening marks).
NO_LINE_START = CLOSING
NO_LINE_END = OPENING
