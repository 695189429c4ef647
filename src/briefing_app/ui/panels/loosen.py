"""Word joiners that would make a wrapped line overflow are dropped: a split word beats a cut line.

`model.linebreak.protect` joins clusters and short words with U+2060 WORD JOINER, and Qt adds
its own glue (a quotation mark sticks to both neighbours), so a narrow label can meet a run it
cannot break that is wider than the line: Qt then lets the line run past the label's edge and
pushes what precedes it onto a line of its own. `loosen` lays the text out as Qt will and frees
the joiners of each line wider than the width, until every line fits or none is left to free.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout, QTextOption

from briefing_app.model.linebreak import WORD_JOINER

#: A line may be this much (px) wider than the width: Qt's own rounding, not an overflow.
SLACK = 0.5


def loosen(text: str, font: QFont, width: float) -> str:
    """Return `text` with the word joiners of each line that overflows `width` removed."""
    if width <= 0 or WORD_JOINER not in text:
        return text
    key = (text, font.key(), font.families() and tuple(font.families()), width)
    if key not in _CACHE:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = _loosen(text, font, width)
    return _CACHE[key]


_CACHE: dict[tuple[object, ...], str] = {}


def _loosen(text: str, font: QFont, width: float) -> str:
    for _ in range(text.count("\n") + text.count(WORD_JOINER) + 1):
        spans = overflowing(text, font, width)
        freed = [(a, b) for a, b in spans if WORD_JOINER in text[a:b]]
        if not freed:
            return text
        for a, b in reversed(freed):
            text = text[:a] + text[a:b].replace(WORD_JOINER, "") + text[b:]
    return text


def overflowing(text: str, font: QFont, width: float) -> list[tuple[int, int]]:
    """Return the (start, end) of each line of `text`, word-wrapped by Qt at `width` in
    `font`, that is wider than `width`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if line.naturalTextWidth() > width + SLACK:
                a = start + line.textStart()
                spans.append((a, a + line.textLength()))
        layout.endLayout()
        start += len(paragraph) + 1
    return spans
