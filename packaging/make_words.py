"""Build the bundled Chinese word list and unknown-word model from jieba's dictionary.

    .venv/bin/python packaging/make_words.py [--min-count N] [--out-dir DIR]

Reads jieba's dict.txt and finalseg model (jieba is a dev dependency only: the app segments
with briefing_app.model.words, which never imports jieba) and writes to resources/words/:

- words.txt: jieba's entries of 1 to 6 characters counted at least `--min-count` times
  (5 by default: about 135 000 words), and jieba's hidden Markov model for the words the list
  lacks. Log-probabilities are rounded to steps of 1/10. The model comes first, each line
  holding everything of one value, then one line for each first character of the words, so
  that loading parses only the lines of the characters a text holds:
      u <logp>                          a character the list lacks (count 1)
      s <state> <logp>                  the model's start (states B, M, E, S)
      t <from> <to> <logp>              the model's transitions
      e <state> <logp>\t<characters>    the model's emissions, the characters run together
      w <first>\t<word> <word> ...\t<tenths> <tenths> ...
                                        the words starting with <first>, then each one's
                                        -logp (count / total count) in tenths, so that the
                                        app parses a line with no loop of its own
  It is not compressed: the app maps it and decodes only the lines of the characters a text
  holds (unzipping and decoding all of it took about 40 ms).
- words.index: where each first character's line is, so that loading parses nothing else:
  its first line holds the first characters in the order of their lines (by code point, so
  that a character is found by bisection), its second line the byte offset of each of those
  lines in words.txt and, last, the file's length, all zero-padded to one width.
- LICENSE-jieba.txt: jieba's MIT licence notice.

The output is deterministic: the same jieba release gives the same bytes.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import jieba
from jieba.finalseg import emit_P, start_P, trans_P

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT_DIR = ROOT / "resources" / "words"
MAX_LENGTH = 6
STEPS = 10  # log-probabilities are kept to 1/10
UNREACHABLE = -1e99  # jieba's "never" (-3.14e100)

LICENSE = """\
The word list and the unknown-word model in words.txt in this folder are derived from
the dictionary and the finalseg model of jieba {version} (https://github.com/fxsjy/jieba)
by packaging/make_words.py.

The MIT License (MIT)

Copyright (c) 2013 Sun Junyi

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def word_counts(dictionary: Path, min_count: int) -> dict[str, int]:
    """Return the words of `dictionary` kept by length and count, in its order."""
    kept: dict[str, int] = {}
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, count = line.split(" ")[:2]
        usable = not word.startswith("-") and word.isprintable()  # "-" starts a value
        if 1 <= len(word) <= MAX_LENGTH and int(count) >= min_count and usable:
            kept.setdefault(word, int(count))
    return kept


def step(value: float) -> str:
    """Return `value` rounded to a step of the file, as text."""
    return f"{round(value * STEPS) / STEPS:.1f}"


def grouped(values: dict[str, float]) -> dict[str, list[str]]:
    """Return the keys of `values` by rounded value, from the most probable down."""
    groups: dict[str, list[str]] = {}
    for key, value in sorted(values.items(), key=lambda item: (-item[1], item[0])):
        groups.setdefault(step(value), []).append(key)
    return groups


def file_lines(counts: dict[str, int]) -> list[str]:
    """Return the lines of words.txt: the unknown-word model, then the words."""
    total = math.log(sum(counts.values()))
    logp = {word: math.log(count) - total for word, count in counts.items()}
    lines = [f"u {step(-total)}"]
    lines += [f"s {s} {step(v)}" for s, v in sorted(start_P.items()) if v > UNREACHABLE]
    lines += [
        f"t {a} {b} {step(v)}"
        for a, row in sorted(trans_P.items())
        for b, v in sorted(row.items())
        if v > UNREACHABLE
    ]
    for state in "BEMS":
        emitted = {ch: v for ch, v in emit_P[state].items() if v > UNREACHABLE and ch.strip()}
        lines += [
            f"e {state} {value}\t{''.join(chars)}" for value, chars in grouped(emitted).items()
        ]
    by_first: dict[str, dict[str, float]] = {}
    for word, value in logp.items():
        by_first.setdefault(word[0], {})[word] = value
    for first, table in sorted(by_first.items()):
        ordered = [(w, value) for value, words in grouped(table).items() for w in words]
        tenths = " ".join(str(-round(float(value) * STEPS)) for _, value in ordered)
        lines.append(f"w {first}\t{' '.join(w for w, _ in ordered)}\t{tenths}")
    return lines


def index(lines: list[str]) -> str:
    """Return words.index for the lines of words.txt: the first character of each word line,
    then the byte offset of each word line and the length of the file."""
    firsts: list[str] = []
    offsets: list[int] = []
    at = 0
    for line in lines:
        if line.startswith("w "):
            firsts.append(line[2])
            offsets.append(at)
        at += len(line.encode("utf-8")) + 1
    width = len(str(at))  # all as wide, so that the app finds the k-th without parsing
    return "".join(firsts) + "\n" + " ".join(f"{n:0{width}d}" for n in [*offsets, at]) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR)
    args = parser.parse_args(argv)
    dictionary = Path(jieba.__file__).with_name("dict.txt")
    counts = word_counts(dictionary, args.min_count)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    lines = file_lines(counts)
    text = ("\n".join(lines) + "\n").encode("utf-8")
    (args.out_dir / "words.txt").write_bytes(text)
    (args.out_dir / "words.index").write_bytes(index(lines).encode("utf-8"))
    notice = LICENSE.format(version=jieba.__version__)
    (args.out_dir / "LICENSE-jieba.txt").write_text(notice, encoding="utf-8")
    print(f"{len(counts)} words, {len(text)} bytes, in {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
