"""Split a report's text into title lines, headings and paragraphs, keeping source offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CN = "一二三四五六七八九十"
#: 一、 (level 1), 第一部分 (level 1), （一） (level 2), 1. (level 3): a heading's marker.
_LEVEL1 = re.compile(rf"^(?:[{_CN}]{{1,3}}、|第[{_CN}]{{1,3}}(?:部分|章|篇)\s*)")
_LEVEL2 = re.compile(rf"^(?:[（(][{_CN}]{{1,3}}[）)])")
_ENDS_SENTENCE = "。；;！!？?：:…"
_SHORT_HEADING = 30  # a short line without a sentence's end is a heading
_LONG_TITLE = 60
_IN_SENTENCE = re.compile(r"[。；;！!？?：:，,]")  # marks a long title line does not hold
_RUNS_ON = 40  # a line longer than this without a sentence's end goes on in the next
#: A page number or running footer a PDF or a Word export leaves in the text: - 3 -, 第3页.
_PAGE_NUMBER = re.compile(
    r"^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页|/\s*\d{1,4})?(?:\s*共\s*\d+\s*页)?[-—–\s]*$"
)
#: A bare line naming a year's part of the report: 2025年工作思路, 2024年主要目标.
_YEAR_PART = re.compile(r"^(?:19|20)\d{2}年.{0,6}(?:工作|目标|思路|计划|打算|安排|回顾|总结)")


@dataclass(frozen=True)
class Span:
    """A piece of the source: its text and where it starts."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Block:
    """A section of the report: its heading (None before the first) and its paragraphs."""

    heading: Span | None
    title: str
    paragraphs: list[tuple[str | None, Span]] = field(default_factory=list)  # (subheading, text)


@dataclass
class Outline:
    """The report's title lines and its sections."""

    title_lines: list[Span]
    blocks: list[Block]


def heading_level(line: str) -> int:
    """Return 1 for 一、 or 第一部分, 2 for （一）, 3 for a short bare line, else 0."""
    if _LEVEL1.match(line):
        return 1 if len(line) <= 40 or not line.rstrip().endswith("。") else 0
    if _LEVEL2.match(line):
        return 2
    if len(line) <= _SHORT_HEADING and not line.endswith(tuple(_ENDS_SENTENCE)):
        return 3
    return 0


def _is_title_line(line: str) -> bool:
    """Return whether a line at the top is a title line: short, or the ——dated meeting line."""
    return heading_level(line) == 3 or (line.startswith("—") and len(line) <= 80)


def strip_marker(line: str) -> str:
    """Return a heading without its 一、 （一） 第一部分 marker."""
    line = _LEVEL1.sub("", line, count=1)
    return _LEVEL2.sub("", line, count=1).strip()


def _lines(text: str) -> list[Span]:
    """Return the paragraphs of `text`: its non-empty lines, stripped, with their offsets.

    A long line that stops without a sentence's end goes on in the next one (a page break
    inside a sentence, as in the built-in source): the two are one paragraph.
    """
    spans: list[Span] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            span = Span(stripped, pos + raw.index(stripped[0]))
            last = spans[-1] if spans else None
            if last is not None and _goes_on(last.text) and heading_level(stripped) in (0, 3):
                span = Span(text[last.start : span.end], last.start)
                spans.pop()
            spans.append(span)
        pos += len(raw)
    return spans


def _goes_on(text: str) -> bool:
    last_line = text.splitlines()[-1]
    return len(last_line) > _RUNS_ON and not last_line.endswith(tuple(_ENDS_SENTENCE))


def outline(text: str) -> Outline:
    """Return the title lines (the short lines before the body) and the sections of `text`."""
    lines = _lines(text)
    title_lines: list[Span] = []
    first = lines[0].text if lines else ""
    if (
        first
        and len(first) <= _LONG_TITLE
        and heading_level(first) in (0, 3)
        and not _IN_SENTENCE.search(first)
    ):
        title_lines.append(lines.pop(0))  # the first line is the title, even a long one
    while lines and len(title_lines) < 4 and _is_title_line(lines[0].text):
        title_lines.append(lines.pop(0))
    lines = [span for span in lines if not _PAGE_NUMBER.match(span.text)]
    levels = [heading_level(span.text) for span in lines]
    top = min((lv for lv in levels if lv in (1, 2)), default=3)
    if top == 2:  # 2025年工作思路 between （一） sections: a part of its own, not a sub-heading
        levels = [
            2 if lv == 3 and _YEAR_PART.search(s.text) else lv
            for s, lv in zip(lines, levels, strict=True)
        ]
    blocks = [Block(None, "")]
    sub: str | None = None
    for span, level in zip(lines, levels, strict=True):
        if level == top:
            blocks.append(Block(span, strip_marker(span.text)))
            sub = None
        elif level:
            sub = strip_marker(span.text)
        else:
            blocks[-1].paragraphs.append((sub, span))
    return Outline(title_lines, [b for b in blocks if b.paragraphs or b.heading])
