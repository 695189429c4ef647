"""The line breaker's pruned search chooses the lines an exhaustive search of every break does."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

import pytest

from briefing_app.model import linebreak
from briefing_app.model.linebreak import break_points

_ALPHABET = [
    *"经开区工业增加值亿元个百分点，。、；：“”（）《》年月日的一是在了和有",
    *"0123456789.% ",
    "ab",
    "Zh",
    "\n",
]


def _width(text: str) -> Callable[[int, int], float]:
    def width(a: int, b: int) -> float:
        return sum(1.0 if ord(ch) > 0x2000 else 0.55 for ch in text[a:b])

    return width


def _exhaustive(text: str, width: Callable[[int, int], float], limit: float, balance: bool):
    """Every line break of every paragraph tried: the fewest lines, then the least cost,
    the latest break among equals (the rule as `break_points` documents it)."""
    lines: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        relative, after, letters = linebreak._prepared(paragraph)
        if not relative:
            lines.append((start, start))
            start += len(paragraph) + 1
            continue
        starts = [a + start for a, _ in relative]
        ends = [b + start for _, b in relative]
        n = len(starts)
        best: list[tuple[int, float, int]] = [(0, 0.0, -1)] + [(1 << 30, 0.0, -1)] * n
        for i in range(1, n + 1):
            for j in range(i - 1, -1, -1):
                w = width(starts[j], ends[i - 1])
                if w > limit and j < i - 1:
                    continue  # every start is tried, not only those up to the first too wide
                cost = after[i - 1] + (1e6 if w > limit else 0.0)
                if (i < n or balance) and limit > 0:
                    cost += ((limit - w) / limit) ** 2
                if i == n and j > 0 and letters[i] - letters[j] <= 1:
                    cost += 1000.0
                count, total = best[j][0] + 1, best[j][1] + cost
                if (count, total) < best[i][:2]:
                    best[i] = (count, total, j)
        cuts, i = [], n
        while i > 0:
            cuts.append(i)
            i = best[i][2]
        cuts = [0, *reversed(cuts)]
        lines += [(starts[a], ends[b - 1]) for a, b in itertools.pairwise(cuts)]
        start += len(paragraph) + 1
    return lines


@pytest.mark.parametrize("seed", range(4))
def test_the_pruned_search_finds_the_exhaustive_searchs_lines(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 70)))
        limit = rng.uniform(0.5, 25.0)
        balance = rng.random() < 0.3
        width = _width(text)
        assert break_points(text, width, limit, balance) == _exhaustive(
            text, width, limit, balance
        ), (text, limit, balance)
