"""Line up two versions of a list: which elements stay, change in place, go and come."""

from __future__ import annotations

from typing import Any


def align(old: tuple[Any, ...], new: tuple[Any, ...]) -> list[tuple[str, int, int]]:
    """Return how `new` is made of `old`: kept elements (the longest common run, in order),
    changed ones paired in place, removed ones and inserted ones, in the order of the text."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    ops = [("keep", i, i) for i in range(start)]
    matched = common_run(old[start:end_old], new[start:end_new])
    i, j = start, start
    for a, b in [*((a + start, b + start) for a, b in matched), (end_old, end_new)]:
        gap_old, gap_new = list(range(i, a)), list(range(j, b))
        for x, y in zip(gap_old, gap_new, strict=False):
            ops.append(("pair", x, y))
        ops += [("del", x, -1) for x in gap_old[len(gap_new) :]]
        ops += [("ins", -1, y) for y in gap_new[len(gap_old) :]]
        if a < end_old:
            ops.append(("keep", a, b))
        i, j = a + 1, b + 1
    shift = end_old - end_new
    ops += [("keep", k + shift, k) for k in range(end_new, len(new))]
    return ops


def common_run(old: tuple[Any, ...], new: tuple[Any, ...]) -> list[tuple[int, int]]:
    """Return the index pairs of a longest common subsequence of `old` and `new`."""
    n, m = len(old), len(new)
    if not n or not m:
        return []
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for a in range(n - 1, -1, -1):
        for b in range(m - 1, -1, -1):
            if old[a] == new[b]:
                table[a][b] = table[a + 1][b + 1] + 1
            else:
                table[a][b] = max(table[a + 1][b], table[a][b + 1])
    pairs, a, b = [], 0, 0
    while a < n and b < m:
        if old[a] == new[b]:
            pairs.append((a, b))
            a, b = a + 1, b + 1
        elif table[a + 1][b] >= table[a][b + 1]:
            a += 1
        else:
            b += 1
    return pairs
