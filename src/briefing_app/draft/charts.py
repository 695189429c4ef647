"""Propose charts where comparable figures stand together: growth, from-to, parts of a total."""

from __future__ import annotations

import itertools
import re
from typing import Any

from briefing_app.draft.indicators import DraftIndicator

MAX_CATEGORIES = 8
_FROM = re.compile(r"(?:由|从)[^，。；,;]{0,12}$")
_TO = re.compile(r"^[^，。；,;]{0,14}?(?:到|至)[^，。；,;]{0,8}$")
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2}年)(?:的|底|末)?$")
_LAST_YEAR = re.compile(r"上年|去年")

Chart = tuple[dict[str, Any], list[DraftIndicator]]  # the spec and the indicators it shows


def propose_charts(inds: list[DraftIndicator], paragraph: str, start: int) -> list[Chart]:
    """Return the charts a paragraph's indicators make; each indicator is in at most one."""
    charts: list[Chart] = []
    used: set[str] = set()
    for finder in (_parts_of_total, _from_to, _growth_bars):
        for chart in finder([i for i in inds if i.id not in used], paragraph, start):
            charts.append(chart)
            used |= {i.id for i in chart[1]}
    return charts


def _between(paragraph: str, start: int, a: int, b: int) -> str:
    return paragraph[a - start : b - start]


def _parts_of_total(inds: list[DraftIndicator], paragraph: str, start: int) -> list[Chart]:
    """A total followed by its parts in the same sentence, only when they add up to it exactly.

    The parts are the figures of the total's unit after it (其中 may stand between), the
    first run of them whose sum is the total: 项目393个 … 新开工187个、续建142个、前期64个.
    """
    for k, total in enumerate(inds):
        if total.value <= 0:
            continue
        same = [i for i in inds[k + 1 :] if i.sentence == total.sentence and i.unit == total.unit]
        parts = _adding_up(same, total)
        if parts is None:
            continue
        names = [p.name for p in parts]
        if len(set(names)) < len(names):
            continue
        spec = {
            "kind": "donut",
            "categories": names,
            "total": total.id,
            "total_label": total.name,
            "series": [{"name": total.name, "unit": total.unit, "values": [p.id for p in parts]}],
        }
        return [(spec, [total, *parts])]
    return []


def _adding_up(
    candidates: list[DraftIndicator], total: DraftIndicator
) -> list[DraftIndicator] | None:
    """Return the first two to eight of `candidates` that sum to the total exactly, or None."""
    running = 0 * total.value
    for n, ind in enumerate(candidates[:MAX_CATEGORIES], start=1):
        if ind.value < 0:
            return None
        running += ind.value
        if n >= 2 and running == total.value:
            return candidates[:n]
        if running > total.value:
            return None
    return None


def _from_to(inds: list[DraftIndicator], paragraph: str, start: int) -> list[Chart]:
    """由X增加到Y: the two figures side by side as a grouped bar of one category."""
    charts: list[Chart] = []
    taken: set[str] = set()
    for a, b in itertools.pairwise(inds):
        if a.id in taken or a.unit != b.unit or a.sentence != b.sentence:
            continue
        lead = _between(
            paragraph, start, max(a.sentence.start, a.figure.start - 14), a.figure.start
        )
        gap = _between(paragraph, start, a.figure.end, b.figure.start)
        if not _FROM.search(lead) or not _TO.match(gap):
            continue
        first = _YEAR_BEFORE.search(lead)
        second = _YEAR_BEFORE.search(gap)
        last_year = _LAST_YEAR.search(lead)
        if first and second:
            names = (first.group(1), second.group(1))
        elif last_year:  # 由上年的48.6亿千瓦时增加到53.1亿千瓦时
            a.year = b.year - 1
            names = (last_year.group(0), "今年" if last_year.group(0) == "去年" else "本年")
        else:
            names = ("此前", "此后")
        category = re.split(r"由|从", a.name)[0] or a.name
        a.name = b.name = category  # one subject: the figure before and after
        spec = {
            "kind": "grouped_bar",
            "unit": a.unit,
            "categories": [category],
            "series": [
                {"name": names[0], "unit": a.unit, "values": [a.id]},
                {"name": names[1], "unit": a.unit, "values": [b.id], "color": "accent"},
            ],
        }
        charts.append((spec, [a, b]))
        taken |= {a.id, b.id}
    return charts


def _growth_bars(inds: list[DraftIndicator], paragraph: str, start: int) -> list[Chart]:
    """Three or more growth rates of one year (all achieved or all targets): a bar chart."""
    groups: dict[tuple[int, bool, str], list[DraftIndicator]] = {}
    for ind in inds:
        if ind.kind == "growth_rate":
            groups.setdefault((ind.year, ind.target, ind.unit), []).append(ind)
    charts: list[Chart] = []
    for (_, target, unit), members in groups.items():
        unique: dict[str, DraftIndicator] = {}
        for ind in members:
            unique.setdefault(ind.name, ind)
        chosen = list(unique.values())[:MAX_CATEGORIES]
        if len(chosen) < 3:
            continue
        spec = {
            "kind": "bar",
            "unit": unit,
            "categories": [i.name for i in chosen],
            "series": [
                {
                    "name": "预期增速" if target else "增速",
                    "unit": unit,
                    "values": [i.id for i in chosen],
                }
            ],
        }
        charts.append((spec, chosen))
    return charts
