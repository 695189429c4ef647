"""Provenance checks: every quote is in the source, every shown number is in its quote."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from typing import Any

from briefing_app.content.counts import (
    counts_shown,
    stated_task_number,
    tasks_in,
    title_count_problem,
)
from briefing_app.content.decode import Decoder
from briefing_app.content.memo import ProblemMemo
from briefing_app.content.messages import msg
from briefing_app.content.normalize import (
    arabic_numbers,
    as_decimal,
    half_width_punctuation,
    normalize,
    stated_numbers,
)
from briefing_app.content.shown import Evidence, Meeting, check_text
from briefing_app.content.which import check_which
from briefing_app.model.briefing import Briefing, Section
from briefing_app.model.chart import ChartSpec
from briefing_app.model.indicator import Indicator
from briefing_app.model.panels import PanelBase, TaskPanel, panel_charts, panel_figures

#: String fields that are not shown to the audience as text.
_NOT_DISPLAYED = {
    "id",
    "image",  # a file name, shown as the picture
    "logo",
    "notes",
    "source",
    "sources",
    "color",
    "number_format",
    "indicator",
    "kind",
    "style",
    "values",
    "refs",
    "total",
    "value",
}
_QUOTE_FIELDS = {"source", "sources"}

#: Panel checks of earlier runs: an edit re-checks only the panels it changed.
PANEL_MEMO = ProblemMemo()


def check_provenance(briefing: Briefing, dec: Decoder) -> None:
    """Record a problem for each quote not in the source and each number not in its quote."""
    source = normalize(briefing.source_text)
    for path, quote in _quotes(briefing):
        if normalize(quote) not in source:
            dec.problem_at(path, msg("quote.not_found", file=briefing.source, quote=_short(quote)))
    meeting = Meeting(briefing.meta, source)
    for i, ind in enumerate(briefing.indicators):
        _check_indicator(ind, f"indicators[{i}]", dec)
        if isinstance(ind.year, str) and normalize(ind.year) not in source:
            missing = msg("indicator.period_not_found", year=ind.year, file=briefing.source)
            dec.problem_at(f"indicators[{i}].year", missing)
    meta = repr(briefing.meta)
    for s, section in enumerate(briefing.sections):
        for p, panel in enumerate(section.panels):
            path = f"sections[{s}].panels[{p}]"
            # everything _check_panel reads, written out exactly (9 and 9.0 differ here)
            refs = repr(_referenced_indicators(briefing, panel))
            key = ("panel", repr(panel), refs, meta, source)
            check = functools.partial(_check_panel, briefing, panel, path, meeting)
            PANEL_MEMO.run(key, path, check, dec)
        quoted = tuple(
            i.source for panel in section.panels for i in _referenced_indicators(briefing, panel)
        )
        section_key = ("section", repr(section), repr(quoted), meta, source)
        check_section = functools.partial(_check_section, briefing, section, s, meeting)
        PANEL_MEMO.run(section_key, f"sections[{s}]", check_section, dec)


def _check_section(
    briefing: Briefing, section: Section, s: int, meeting: Meeting, dec: Decoder
) -> None:
    # A section title may state what its panels quote (e.g. 2022年回顾) and how many
    # task panels it holds (八项重点工作).
    section_ev = Evidence()
    for p, panel in enumerate(section.panels):
        section_ev.add_quotes(q for _, q in _quotes_in(panel, f"sections[{s}].panels[{p}]"))
        section_ev.add_quotes(i.source or "" for i in _referenced_indicators(briefing, panel))
    tasks = tasks_in(section)
    section_ev.counts = {tasks} if tasks else set()
    for path, text in _strings(section, f"sections[{s}]", skip={"panels"}):
        what = msg("numbers.section_title")
        check_text(text, section_ev, meeting, path, what, dec, notes=False)


def _check_indicator(ind: Indicator, path: str, dec: Decoder) -> None:
    if ind.source is None:
        return
    stated = stated_numbers(normalize(ind.source))
    field = "value" if ind.value is not None else "target"
    amount = ind.value if ind.value is not None else ind.target
    if amount is not None and abs(as_decimal(amount)) not in stated:
        dec.problem_at(
            f"{path}.{field}",
            msg("figure.not_in_source", amount=as_decimal(amount), quote=_short(ind.source)),
        )
    elif amount is not None and (amount < 0) != bool(_FALL.search(ind.source)):
        says = msg("figure.says_fall") if amount >= 0 else msg("figure.says_no_fall")
        quote = _short(ind.source)
        dec.problem_at(
            f"{path}.{field}", msg("figure.sign", amount=as_decimal(amount), quote=quote, says=says)
        )
    if ind.label and not any(n in stated for n in stated_numbers(ind.label)):
        dec.problem_at(f"{path}.label", msg("label.no_number", label=ind.label))
    if amount is not None:
        check_which(ind, path, dec)


# Words with which the source states a figure going down: 下降8% is -8.
_FALL = re.compile(r"下降|减少|降低|回落|负增长")


def _check_panel(
    briefing: Briefing, panel: PanelBase, path: str, meeting: Meeting, dec: Decoder
) -> None:
    indicators = _referenced_indicators(briefing, panel)
    base = Evidence(counts=counts_shown(panel))
    base.add_quotes(panel.sources)
    panel_ev = base.copy()
    panel_ev.add_quotes(quote for _, quote in _quotes_in(panel, path))
    for ind in indicators:
        if ind.source:
            panel_ev.add_quote(ind.source)
        if ind.has_amount:
            panel_ev.numbers |= set(arabic_numbers(ind.formatted()))
    panel_pool = panel_ev.numbers | panel_ev.ranks | meeting.years
    for text_path, text, own_source in _displayed(panel, path):
        if own_source:
            ev = base.copy()
            ev.add_quote(own_source)
        else:
            ev = panel_ev
        check_text(text, ev, meeting, text_path, msg("numbers.displayed"), dec, notes=False)
        if "**" in text:
            dec.problem_at(text_path, msg("text.asterisks"))
        marks = half_width_punctuation(text)
        if marks:
            dec.problem_at(text_path, msg("text.half_width", mark=marks[0]))
    notes = msg("numbers.notes")
    check_text(panel.notes, panel_ev, meeting, f"{path}.notes", notes, dec, notes=True)
    wrong_count = title_count_problem(panel)
    if wrong_count:
        dec.problem_at(f"{path}.title", wrong_count)
    if isinstance(panel, TaskPanel):
        stated = stated_task_number(panel)
        if stated is not None and stated != panel.number:
            dec.problem_at(f"{path}.number", msg("task.number", number=panel.number, stated=stated))
    _check_labels_name_their_figures(briefing, panel, path, dec)
    for chart in panel_charts(panel):
        for where, raw in _literal_figures(chart, f"{path}.chart"):
            if as_decimal(raw) not in panel_pool:
                dec.problem_at(where, msg("chart.not_quoted", number=as_decimal(raw)))


def _check_labels_name_their_figures(
    briefing: Briefing, panel: PanelBase, path: str, dec: Decoder
) -> None:
    """A chart category or a figure's label must speak of the figure it shows.

    Each shares at least two consecutive characters with its indicator's name, label or
    quote: values listed in the wrong order (新开工 showing 续建's 142) are caught.
    """
    known = {ind.id: ind for ind in briefing.indicators}
    for chart in panel_charts(panel):
        for series in chart.series:
            for j, (category, ref) in enumerate(zip(chart.categories, series.refs, strict=False)):
                ind = known.get(ref) if ref else None
                if ind is not None and not _same_subject(category, ind):
                    dec.problem_at(
                        f"{path}.chart.categories[{j}]",
                        msg("chart.category_names", category=category, ref=ref, name=ind.name),
                    )
    for k, figure in enumerate(panel_figures(panel)):
        ind = known.get(figure.indicator)
        if figure.label and ind is not None and not _same_subject(figure.label, ind):
            dec.problem_at(
                f"{path}.figures[{k}].label",
                msg("figure.label_names", label=figure.label, id=ind.id, name=ind.name),
            )


def _same_subject(label: str, ind: Indicator) -> bool:
    about = " ".join(filter(None, (ind.name, ind.label, ind.source, ind.formula)))
    return bool(_bigrams(label) & _bigrams(about))


def _bigrams(text: str) -> set[str]:
    flat = normalize(text)
    return {flat[i : i + 2] for i in range(len(flat) - 1) if flat[i : i + 2].isalnum()}


def _literal_figures(chart: ChartSpec, path: str) -> Iterator[tuple[str, float]]:
    """Yield (path, number) for each figure a chart spec writes as a number, not an id."""
    for i, series in enumerate(chart.series):
        for j, raw in enumerate(series.values):
            if not isinstance(raw, str):
                yield f"{path}.series[{i}].values[{j}]", raw
    if chart.total is not None and not isinstance(chart.total, str):
        yield f"{path}.total", chart.total
    for k, line in enumerate(chart.reference_lines):
        if not isinstance(line.value, str):
            yield f"{path}.reference_lines[{k}].value", line.value
    if chart.band is not None:
        yield f"{path}.band.low", chart.band.low
        yield f"{path}.band.high", chart.band.high


def _referenced_indicators(briefing: Briefing, panel: PanelBase) -> list[Indicator]:
    ids = [f.indicator for f in panel_figures(panel)]
    for chart in panel_charts(panel):
        ids += [r for s in chart.series for r in s.refs if r]
        ids += [line.value for line in chart.reference_lines if isinstance(line.value, str)]
        if isinstance(chart.total, str):
            ids.append(chart.total)
    known = {ind.id: ind for ind in briefing.indicators}
    return [known[i] for i in ids if i in known]  # unknown ids are reported by the resolver


def _quotes(briefing: Briefing) -> Iterator[tuple[str, str]]:
    for i, ind in enumerate(briefing.indicators):
        if ind.source:
            yield f"indicators[{i}].source", ind.source
    for s, section in enumerate(briefing.sections):
        for p, panel in enumerate(section.panels):
            yield from _quotes_in(panel, f"sections[{s}].panels[{p}]")


def _quotes_in(obj: Any, path: str) -> Iterator[tuple[str, str]]:
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        sub = f"{path}.{f.name}"
        if f.name == "source" and isinstance(value, str):
            yield sub, value
        elif f.name == "sources":
            for i, quote in enumerate(value):
                yield f"{sub}[{i}]", quote
        elif dataclasses.is_dataclass(value):
            yield from _quotes_in(value, sub)
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if dataclasses.is_dataclass(item):
                    yield from _quotes_in(item, f"{sub}[{i}]")


def _displayed(
    obj: Any, path: str, source: str | None = None
) -> Iterator[tuple[str, str, str | None]]:
    """Yield (path, text, the nearest enclosing item's source) for each displayed string."""
    own = getattr(obj, "source", None)
    source = own if isinstance(own, str) and not isinstance(obj, ChartSpec) else source
    for f in dataclasses.fields(obj):
        if f.name in _NOT_DISPLAYED or f.metadata.get("derived"):
            continue
        value = getattr(obj, f.name)
        sub = f"{path}.{f.name}"
        if isinstance(value, str):
            if value:
                yield sub, value, source
        elif dataclasses.is_dataclass(value):
            yield from _displayed(value, sub, source)
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    yield f"{sub}[{i}]", item, source
                elif dataclasses.is_dataclass(item):
                    yield from _displayed(item, f"{sub}[{i}]", source)


def _strings(obj: Any, path: str, skip: set[str]) -> Iterator[tuple[str, str]]:
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name not in skip | _NOT_DISPLAYED and isinstance(value, str):
            yield f"{path}.{f.name}", value


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
