"""Chinese word boundaries from the bundled word list, segmented as jieba does, without jieba.

The list (resources/words/words.txt, made from jieba's dictionary by packaging/make_words.py)
gives each word's count. A run of ideographs is cut along the most probable path through the
words it contains (unigram log-frequency, a character the list lacks counting once); single
characters left next to each other that do not form a listed word go to jieba's hidden Markov
model (in the same file), which finds the words the list lacks (规上, 卫华).

Loading maps the file and reads its index (words.index): about a millisecond. The words
starting with a character are decoded when a text first holds that character, the model when
a run of single characters first needs it, so that the first panel's few short texts read
only their own characters' lines.
"""

from __future__ import annotations

import bisect
import functools
import mmap
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.paths import resources_dir

MAX_LENGTH = 6
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]+")
_MIN = -3.14e100
#: A word's log-probability from the file's tenths ("81": -8.1, as float("-8.1") gives it).
_logp = {str(i): -i / 10 for i in range(1000)}.__getitem__
#: The states before each state of the unknown-word model: Begin, Middle, End of a word, Single.
_BEFORE = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}


@dataclass
class Model:
    """The unknown-word model: start and transition log-probabilities by state, and the
    emission log-probabilities as the file groups them (value, characters), looked up when a
    character is first asked for (building all ~35 000 entries took over 10 ms)."""

    start: dict[str, float]
    trans: dict[str, dict[str, float]]
    groups: dict[str, list[tuple[float, str]]]
    emitted: dict[tuple[str, str], float] = field(default_factory=dict)

    def emit(self, state: str, ch: str) -> float:
        """Return the log-probability that `state` emits `ch`."""
        value = self.emitted.get((state, ch))
        if value is None:
            found = (v for v, chars in self.groups[state] if ch in chars)
            value = self.emitted[state, ch] = next(found, _MIN)
        return value


@dataclass
class Lexicon:
    """The word list (log-probability of each word) and the unknown-word model.

    `data` is words.txt as bytes (mapped, not read); `firsts` holds the first character of
    each word line by code point and `offsets` where each line starts, zero-padded numbers of
    `width` digits (see packaging/make_words.py). A line is parsed the first time a text asks
    for its character, the model the first time a run of single characters needs it.
    """

    data: bytes | mmap.mmap
    firsts: str
    offsets: str
    unknown: float  # the log-probability of a character the list lacks
    parsed: dict[str, dict[str, float]] = field(default_factory=dict)
    _model: Model | None = None

    def starting(self, first: str) -> dict[str, float]:
        """Return the log-probability of each listed word that starts with `first`."""
        table = self.parsed.get(first)
        if table is None:
            table = {}
            k = bisect.bisect_left(self.firsts, first)
            if k < len(self.firsts) and self.firsts[k] == first:
                line = self.data[self._offset(k) : self._offset(k + 1)].decode()
                _, names, tenths = line.rstrip("\n").split("\t")  # "w <first>\t<words>\t<-logp*10>"
                table = dict(zip(names.split(" "), map(_logp, tenths.split(" ")), strict=True))
            self.parsed[first] = table
        return table

    @property
    def model(self) -> Model:
        """Return the unknown-word model, parsed on first use."""
        if self._model is None:
            self._model = _parse_model(self.data[: self._offset(0)].decode())
        return self._model

    def _offset(self, k: int) -> int:
        width = self.offsets.find(" ") + 1 or len(self.offsets) + 1
        return int(self.offsets[k * width : (k + 1) * width])


def load(path: Path | None = None) -> Lexicon:
    """Return the lexicon of `path` (resources/words/words.txt by default) and the index
    beside it (words.index); their format is described in packaging/make_words.py."""
    path = path or resources_dir() / "words" / "words.txt"
    firsts, offsets = path.with_suffix(".index").read_text(encoding="utf-8").split("\n")[:2]
    with path.open("rb") as file:
        data: bytes | mmap.mmap = (
            mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) if file.seek(0, 2) else b""
        )
    head = data[: data.find(b"\n")].decode()  # "u <logp>": a character the list lacks
    unknown = float(head[2:]) if head.startswith("u ") else _MIN
    return Lexicon(data, firsts, offsets, unknown)


def _parse_model(text: str) -> Model:
    """Return the unknown-word model of the lines before the words."""
    model = Model({}, {s: {} for s in "BEMS"}, {s: [] for s in "BEMS"})
    for line in text.splitlines():
        head, _, items = line.partition("\t")
        kind, *keys = head.split(" ")
        if kind == "e":
            model.groups[keys[0]].append((float(keys[1]), items))
        elif kind == "t":
            model.trans[keys[0]][keys[1]] = float(keys[2])
        elif kind == "s":
            model.start[keys[0]] = float(keys[1])
    return model


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
        cut = _bundled_cut(match.group()) if words is None else _cut(match.group(), words)
        out += [(a + match.start(), b + match.start()) for a, b in cut]
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


@functools.lru_cache(maxsize=8192)
def _bundled_cut(run: str) -> tuple[tuple[int, int], ...]:
    """Return the words of a run of ideographs by the bundled lexicon, once for each run (a
    deck's titles and labels repeat theirs)."""
    return tuple(_cut(run, lexicon()))


def _cut(run: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Return the words of a run of ideographs."""
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
    model = lex.model
    emit, trans = model.emit, model.trans
    score = {s: model.start.get(s, _MIN) + emit(s, chars[0]) for s in "BMES"}
    paths = {s: s for s in "BMES"}
    for ch in chars[1:]:
        step: dict[str, float] = {}
        new: dict[str, str] = {}
        for s in "BMES":
            p, before = max((score[b] + trans[b].get(s, _MIN), b) for b in _BEFORE[s])
            step[s] = p + emit(s, ch)
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
