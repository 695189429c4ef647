"""Chinese line breaking: kinsoku, numbers with their units, no orphans; one rule for all views.

A text is cut into clusters that a line never splits: a CJK character, a Latin word or number
with the unit after it (64个, 1280亿元, 8%, 0.5个百分点), with the closing punctuation after it
and the opening punctuation before it (kinsoku, as Word and WPS apply it), and a short quoted
term (“四大工程”). Two uses share the clusters:

- `break_points` / `break_lines` choose the lines themselves with a width function (the panel
  font's metrics live, the deck's estimate in export): the fewest lines, then breaks after
  punctuation and between phrases rather than between two ideographs, inside a word (as
  model/words segments the text) only when no other break fits, and never a last line of
  one character after a longer one;
- `protect` keeps each cluster and each word of up to four characters together for a renderer
  that wraps by itself (Qt, LibreOffice, PowerPoint) with U+2060 WORD JOINER, which they
  honour and draw as nothing, and joins a paragraph's last two characters so that none is
  left alone on the last line.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable

from briefing_app.model import words

WORD_JOINER = "\u2060"
#: The longest word whose characters `protect` joins (a longer one may break inside).
PROTECTED_WORD = 4

#: Characters a line may not start with (closing marks) and may not end with (opening marks).
CLOSING = frozenset("，。、；：？！）」』”’》〉】〕…%‰,.;:?!)]}·")
OPENING = frozenset("（「『“‘《〈【〔([{")

#: What follows a number as its unit or measure word: it stays on the number's line.
_UNIT = (
    "个百分点|百分点|万亿元|亿美元|万美元|亿元|万元|千元|美元|元|平方公里|平方米|公里|千米|"
    "万千瓦|千瓦|万吨|吨|万人次|人次|万人|万户|万平方米|亩|"
    "[个家项亿万千百人户条场年月日号倍所座次位台套辆名件强栋期批只米岁天届余多成]"
)
_NUMBER = re.compile(rf"[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:[%‰％]| ?(?:{_UNIT})+)?")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")
#: A quoted term short enough that a line never needs to split it.
_QUOTED = re.compile(r"“[^“”\n]{1,8}”|「[^「」\n]{1,8}」|《[^《》\n]{1,10}》")
_SPACE = frozenset(" \t\u3000")

#: Penalties of a break, by what is on either side (in units of a line's squared slack).
_AFTER_PUNCTUATION = 0.0
_AT_SPACE = 0.0
_BESIDE_LATIN = 0.05
_BETWEEN_IDEOGRAPHS = 0.1
_INSIDE_WORD = 10.0  # model/words: inside a word only when no break between words fits
_ORPHAN = 1000.0
_OVERFULL = 1e6


def clusters(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each piece of `text` that a line never splits.

    Spaces and newlines are pieces of their own; a word joiner already in the text joins the
    pieces on either side.
    """
    whole = [m.span() for m in _NUMBER.finditer(text)]
    whole += [m.span() for m in _LATIN.finditer(text)]
    whole += [m.span() for m in _QUOTED.finditer(text)]
    ends: dict[int, int] = {}  # start -> end of each run of overlapping wholes
    for a, b in sorted(whole):
        run = next(reversed(ends), None)
        if run is not None and a < ends[run]:
            ends[run] = max(ends[run], b)
        else:
            ends[a] = b
    spans: list[list[int]] = []
    i = 0
    while i < len(text):
        end = ends.get(i, i + 1)
        spans.append([i, end])
        i = end
    glued: list[list[int]] = []
    for span in spans:
        first = text[span[0]]
        if glued:
            last = text[glued[-1][1] - 1]
            joins = (
                first in CLOSING or first == WORD_JOINER or last in OPENING or last == WORD_JOINER
            )
            if joins and not _blank(first) and not _blank(last):
                glued[-1][1] = span[1]
                continue
        glued.append(span)
    return [(a, b) for a, b in glued]


def protect(text: str, longest_word: int = PROTECTED_WORD) -> str:
    """Return `text` with word joiners inside each cluster and between each paragraph's last
    two characters, so that a renderer that wraps by itself breaks only where the rule does.

    The characters of words up to `longest_word` are joined too (1: no word is, for a text
    too long for its box at its smallest size: a split word beats a clipped line)."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        spans = clusters(paragraph)
        pieces = [_joined(paragraph[a:b]) for a, b in spans]
        inside = words.inside(paragraph, longest_word) if longest_word > 1 else frozenset()
        for k in range(1, len(spans)):
            if spans[k][0] in inside:  # the characters of a short word stay together
                pieces[k - 1] += WORD_JOINER
        solid = [i for i, (a, b) in enumerate(spans) if not _blank(paragraph[a])]
        if len(solid) >= 2 and _letters(paragraph, spans[solid[-1]]) <= 1:
            last, before = solid[-1], solid[-2]
            joined = pieces[before].endswith(WORD_JOINER)
            if before == last - 1 and not joined:  # no space between: join the orphan to it
                pieces[before] += WORD_JOINER
        out.append("".join(pieces))
    return "\n".join(out)


def unprotect(text: str) -> str:
    """Return `text` without word joiners."""
    return text.replace(WORD_JOINER, "")


def break_lines(
    text: str, width: Callable[[str], float], limit: float, *, balance: bool = False
) -> list[str]:
    """Return `text` in lines no wider than `limit` by `width` (see `break_points`)."""
    return [text[a:b] for a, b in break_points(text, lambda a, b: width(text[a:b]), limit, balance)]


def break_points(
    text: str,
    width: Callable[[int, int], float],
    limit: float,
    balance: bool = False,
) -> list[tuple[int, int]]:
    """Return the (start, end) of each line of `text`: spaces at a break belong to no line.

    `width(a, b)` measures `text[a:b]`. Each paragraph (between newlines) takes the fewest
    lines that fit; among those, the lines whose breaks cost least: a break after punctuation
    or at a space is free, beside Latin or digits cheap, between two ideographs dearer; each
    line but the last (every line with `balance`) also pays its squared slack, and a last line
    of one character after a longer line pays most. A cluster wider than `limit` takes a
    line of its own.
    """
    lines: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        lines += _paragraph_lines(text, start, end, width, limit, balance)
        start = end + 1
    return lines


def fill_points(
    text: str, width: Callable[[int, int], float], limit: float
) -> list[tuple[int, int]]:
    """Return lines as `break_points` counts them, filled greedily: the same number of lines
    (the fewest that fit) at a fraction of the cost, for trying size after size. Each line's
    end is found by bisection: `width` must grow as a line takes more text."""
    lines: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        relative = _solid(paragraph)  # greedy filling needs no costs (nor words)
        if not relative:
            lines.append((start, start))
        k, n = 0, len(relative)
        while k < n:  # the line from cluster k takes the most clusters that fit (at least one)
            left = start + relative[k][0]
            low, high = k, n - 1
            while low < high:
                middle = (low + high + 1) // 2
                if width(left, start + relative[middle][1]) <= limit:
                    low = middle
                else:
                    high = middle - 1
            lines.append((left, start + relative[low][1]))
            k = low + 1
        start += len(paragraph) + 1
    return lines


def _paragraph_lines(
    text: str,
    start: int,
    end: int,
    width: Callable[[int, int], float],
    limit: float,
    balance: bool,
) -> list[tuple[int, int]]:
    paragraph = text[start:end]
    relative = _solid(paragraph)
    if not relative:
        return [(start, start)]
    starts = [a + start for a, _ in relative]
    ends = [b + start for _, b in relative]
    n = len(starts)
    if width(starts[0], ends[-1]) <= limit:  # one line holds it: the fewest lines, no choice
        return [(starts[0], ends[-1])]
    after, letters = _costs(paragraph)  # the words are looked up only for a choice of lines
    best_count = [0] + [1 << 30] * n
    best_cost = [0.0] * (n + 1)
    previous = [-1] * (n + 1)
    # For the first i clusters laid out: the fewest lines, their least cost, the last break.
    # The fewest lines never decrease as clusters are added, so of the lines that end at
    # cluster i only those starting from the first break that fits (found by bisection: a
    # line is wider the earlier it starts) up to the last break with as few lines before it
    # can win; among equal costs the latest break, as a search from the end finds it.
    for i in range(1, n + 1):
        line_end = ends[i - 1]
        last = i == n
        pays_slack = (not last or balance) and limit > 0
        low, high = 0, i - 1  # the earliest j whose line fits (i - 1: a line of its own)
        while low < high:
            middle = (low + high) // 2
            if width(starts[middle], line_end) > limit:
                low = middle + 1
            else:
                high = middle
        fewest = best_count[low]
        for j in range(low, i):
            if best_count[j] != fewest:
                break
            w = width(starts[j], line_end)
            cost = after[i - 1] + (_OVERFULL if w > limit else 0.0)
            if pays_slack:
                cost += ((limit - w) / limit) ** 2
            if last and j > 0 and letters[i] - letters[j] <= 1:
                cost += _ORPHAN
            total = best_cost[j] + cost
            if fewest + 1 < best_count[i] or total <= best_cost[i]:
                best_count[i], best_cost[i], previous[i] = fewest + 1, total, j
    cuts: list[int] = []
    i = n
    while i > 0:
        cuts.append(i)
        i = previous[i]
    cuts.append(0)
    cuts.reverse()
    return [(starts[a], ends[b - 1]) for a, b in itertools.pairwise(cuts)]


def _prepared(
    paragraph: str,
) -> tuple[tuple[tuple[int, int], ...], tuple[float, ...], tuple[int, ...]]:
    """Return a paragraph's clusters bar spaces, the cost of a break after each, and the
    running count of letters: the same at every width, so fitting prepares a text once."""
    return (_solid(paragraph), *_costs(paragraph))


@functools.lru_cache(maxsize=4096)
def _solid(paragraph: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) of each cluster of `paragraph` that is not a space."""
    return tuple((a, b) for a, b in clusters(paragraph) if not _blank(paragraph[a]))


@functools.lru_cache(maxsize=4096)
def _costs(paragraph: str) -> tuple[tuple[float, ...], tuple[int, ...]]:
    """Return the cost of a break after each cluster of `_solid(paragraph)` (segmenting the
    paragraph into words: the dear part, done only when lines are to be chosen) and the
    running count of letters."""
    solid = _solid(paragraph)
    inside = words.inside(paragraph)
    after = [
        _penalty(paragraph, solid[k], solid[k + 1]) + _INSIDE_WORD * (solid[k][1] in inside)
        for k in range(len(solid) - 1)
    ]
    counted = [0]  # letters before each character, so a cluster's count is one subtraction
    for ch in paragraph:
        counted.append(counted[-1] + _is_letter(ch))
    counts = (0, *(counted[b] - counted[a] for a, b in solid))
    return (*after, 0.0), tuple(itertools.accumulate(counts))


def _penalty(text: str, left: tuple[int, int], right: tuple[int, int]) -> float:
    """Return the cost of a line break between the clusters `left` and `right`."""
    if left[1] < right[0]:
        return _AT_SPACE
    before, after = text[left[1] - 1], text[right[0]]
    if before in CLOSING or unicodedata.category(before).startswith("P"):
        return _AFTER_PUNCTUATION
    if not _ideograph(before) or not _ideograph(after):
        return _BESIDE_LATIN
    return _BETWEEN_IDEOGRAPHS


def _joined(piece: str) -> str:
    if len(piece) < 2 or _blank(piece[0]):
        return piece
    chars = [ch for ch in piece if ch != WORD_JOINER]
    return WORD_JOINER.join(chars)


def _letters(text: str, span: tuple[int, int]) -> int:
    """Return how many characters of `text[span]` are not punctuation, spaces or joiners."""
    return sum(_is_letter(ch) for ch in text[span[0] : span[1]])


def _is_letter(ch: str) -> bool:
    return ch not in _NOT_LETTERS


#: What `_letters` does not count: punctuation at a line's edge, spaces, joiners, newlines.
_NOT_LETTERS = CLOSING | OPENING | _SPACE | {WORD_JOINER, "\n"}


def _blank(ch: str) -> bool:
    return ch in _SPACE or ch == "\n"


def _ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"
