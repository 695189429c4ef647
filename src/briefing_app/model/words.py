"""Chinese word boundaries from the bundled word list, segmented as jieba does, without jieba.

The list (resources/words/words.txt.gz, made from jieba's dictionary by
packaging/make_words.py) gives each word's count. A run of ideographs is cut along the most
probable path through the words it contains (unigram log-frequency, a character the list
lacks counting once); single characters left next to each other that do not form a listed
word go to jieba's hidden Markov model (in the same file), which finds the words
the list lacks (规上, 卫华). Both load once, on first use.
"""

from __future__ import annotations

import functools
import gzip
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.paths import resources_dir

MAX_LENGTH = 6
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")
_MIN = -3.14e100
#: The states before each state of the unknown-word model: Begin, Middle, End of a word, Single.
_BEFORE = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}


@dataclass
class Lexicon:
    """The word list (log-probability of each word) and the unknown-word model.

    The words starting with each character stay unparsed text in `lines` until a text asks
    for them, so that a few short texts (the first panel's) cost little.
    """

    lines: dict[str, str]  # first character -> "<first>\t<logp> <word> <word> <logp> ..."
    unknown: float  # the log-probability of a character the list lacks
    start: dict[str, float]
    trans: dict[str, dict[str, float]]
    emit: dict[str, dict[str, float]]
    parsed: dict[str, dict[str, float]] = field(default_factory=dict)

    def starting(self, first: str) -> dict[str, float]:
        """Return the log-probability of each listed word that starts with `first`."""
        table = self.parsed.get(first)
        if table is None:
            table = self.parsed[first] = {}
            value = 0.0
            for item in self.lines.get(first, "  ")[2:].rstrip("\n").split(" "):
                if item[:1] == "-":
                    value = float(item)
                elif item:
                    table[item] = value
        return table


def load(path: Path | None = None) -> Lexicon:
    """Return the lexicon read from `path` (resources/words/words.txt.gz by default; its
    format is described in packaging/make_words.py)."""
    path = path or resources_dir() / "words" / "words.txt.gz"
    model, *word_lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\nw ")
    lines = {line[0]: line for line in word_lines}  # "<first>\t<items>", parsed when asked
    unknown = _MIN
    start: dict[str, float] = {}
    trans: dict[str, dict[str, float]] = {s: {} for s in "BEMS"}
    emit: dict[str, dict[str, float]] = {s: {} for s in "BEMS"}
    for line in model.splitlines():
        head, _, items = line.partition("\t")
        kind, *keys = head.split(" ")
        if kind == "e":
            emit[keys[0]].update(dict.fromkeys(items, float(keys[1])))
        elif kind == "t":
            trans[keys[0]][keys[1]] = float(keys[2])
        elif kind == "s":
            start[keys[0]] = float(keys[1])
        elif kind == "u":
            unknown = float(keys[0])
    return Lexicon(lines, unknown, start, trans, emit)


@functools.cache
def lexicon() -> Lexicon:
    """Return the bundled lexicon, loaded on first use."""
    return load()


def segment(text: str, words: Lexicon | None = None) -> list[str]:
    """Return `text` cut into words; whatever is not an ideograph is a piece of its own run."""
    return [text[a:b] for a, b in spans(text, words)]


def spans(text: str, words: Lexicon | None = None) -> list[tuple[int, int]]:
    """Return the (start, end) of each word of `text`, covering it from start to end."""
    out: list[tuple[int, int]] = []
    done = 0
    for match in _HAN.finditer(text):
        if match.start() > done:
            out.append((done, match.start()))
        out += [(a + match.start(), b + match.start()) for a, b in _cut(match.group(), words)]
        done = match.end()
    if done < len(text):
        out.append((done, len(text)))
    return out


@functools.lru_cache(maxsize=4096)
def inside(text: str, longest: int = MAX_LENGTH) -> frozenset[int]:
    """Return the positions i of `text` where text[i - 1] and text[i] are in one word of
    at most `longest` characters: the places a line should not break."""
    return frozenset(
        i
        for a, b in spans(text)
        if 1 < b - a <= longest and _HAN.fullmatch(text[a:b])
        for i in range(a + 1, b)
    )


def _cut(run: str, words: Lexicon | None) -> list[tuple[int, int]]:
    """Return the words of a run of ideographs."""
    lex = words or lexicon()
    unknown, n = lex.unknown, len(run)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):  # the most probable path from each position to the end
        logp = lex.starting(run[i])
        options = [(logp.get(run[i], unknown) + best[i + 1][0], i + 1)]
        for j in range(i + 2, min(n, i + MAX_LENGTH) + 1):
            p = logp.get(run[i:j])
            if p is not None:
                options.append((p + best[j][0], j))
        best[i] = max(options)
    out: list[tuple[int, int]] = []
    i = single = 0
    while i < n:
        j = best[i][1]
        if j - i > 1:
            out += _singles(run, single, i, lex)
            out.append((i, j))
            single = j
        i = j
    return out + _singles(run, single, n, lex)


def _singles(run: str, a: int, b: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Return the words of run[a:b], single characters by the most probable path: a listed
    word as single characters, else the words the unknown-word model finds."""
    if b - a <= 1 or run[a:b] in lex.starting(run[a]):
        return [(i, i + 1) for i in range(a, b)]
    return [(a + x, a + y) for x, y in _viterbi(run[a:b], lex)]


def _viterbi(chars: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Return the words of `chars` by the unknown-word model's most probable states."""
    emit, trans = lex.emit, lex.trans
    score = {s: lex.start.get(s, _MIN) + emit[s].get(chars[0], _MIN) for s in "BMES"}
    paths = {s: s for s in "BMES"}
    for ch in chars[1:]:
        step: dict[str, float] = {}
        new: dict[str, str] = {}
        for s in "BMES":
            p, before = max((score[b] + trans[b].get(s, _MIN), b) for b in _BEFORE[s])
            step[s] = p + emit[s].get(ch, _MIN)
            new[s] = paths[before] + s
        score, paths = step, new
    states = paths[max("ES", key=lambda s: (score[s], s))]
    out: list[tuple[int, int]] = []
    begin = 0
    for i, state in enumerate(states):
        if state == "B":
            begin = i
        elif state == "E":
            out.append((begin, i + 1))
            begin = i + 1
        elif state == "S":
            out.append((i, i + 1))
            begin = i + 1
    if begin < len(chars):
        out.append((begin, len(chars)))
    return out
