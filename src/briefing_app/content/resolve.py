"""Resolve references: derived indicator values, and indicator ids inside chart specs."""

from __future__ import annotations

import dataclasses
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from briefing_app.content.decode import Decoder, did_you_mean
from briefing_app.content.formula import FormulaError, evaluate, names_in
from briefing_app.content.messages import msg
from briefing_app.content.normalize import as_decimal, normalize
from briefing_app.content.numerals import read_numbers
from briefing_app.model.briefing import Briefing, Section
from briefing_app.model.chart import ChartKind, ChartSpec, ReferenceLine
from briefing_app.model.indicator import Indicator
from briefing_app.model.numbers import (
    MAX_DECIMALS,
    format_value,
    shows_exactly,
    written_decimals,
)
from briefing_app.model.panels import panel_figures
from briefing_app.model.text import join_chinese_lines


def resolve_indicators(briefing: Briefing, dec: Decoder) -> tuple[Indicator, ...]:
    """Return the indicators with derived values computed and declared arithmetic checked."""
    by_id: dict[str, tuple[int, Indicator]] = {}
    for i, ind in enumerate(briefing.indicators):
        path = f"indicators[{i}]"
        if ind.id in by_id:
            dec.problem_at(f"{path}.id", msg("indicator.id_twice", id=ind.id))
        by_id.setdefault(ind.id, (i, ind))
        if ind.formula is None:
            if (ind.value is None) == (ind.target is None):
                dec.problem_at(path, msg("indicator.value_or_target"))
            if ind.source is None:
                dec.problem_at(f"{path}.source", msg("indicator.no_source"))
        elif ind.value is not None and ind.target is not None:
            dec.problem_at(path, msg("indicator.at_most_one"))
        if not 0 <= ind.decimals <= MAX_DECIMALS:
            wrong = msg("indicator.decimals_range", decimals=ind.decimals, max=MAX_DECIMALS)
            dec.problem_at(f"{path}.decimals", wrong)

    known: dict[str, Decimal] = {}
    resolved: dict[str, Indicator] = {}
    visiting: set[str] = set()

    def value_of(ind_id: str) -> Decimal | None:
        if ind_id in known:
            return known[ind_id]
        index, ind = by_id[ind_id]
        path = f"indicators[{index}]"
        if ind.formula is None:
            if ind.value is None and ind.target is None:
                return None
            known[ind_id] = as_decimal(ind.amount)
            resolved[ind_id] = ind
            return known[ind_id]
        if ind_id in visiting:
            dec.problem_at(f"{path}.formula", msg("formula.cycle", id=ind_id))
            return None
        visiting.add(ind_id)
        try:
            names = names_in(ind.formula)
            unknown = sorted(n for n in names if n not in by_id)
            if unknown:
                raise FormulaError(msg("indicator.unknown", name=unknown[0], hint=""))
            inputs = {n: value_of(n) for n in names}
            if any(v is None for v in inputs.values()):
                return None
            computed = evaluate(ind.formula, {k: v for k, v in inputs.items() if v is not None})
        except FormulaError as exc:
            dec.problem_at(f"{path}.formula", exc.text)
            return None
        finally:
            visiting.discard(ind_id)
        places = min(max(ind.decimals, 0), MAX_DECIMALS)
        rounded = computed.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        stated = ind.value if ind.value is not None else ind.target
        if stated is not None and as_decimal(stated, ind.decimals) != rounded.normalize():
            field = "value" if ind.value is not None else "target"
            dec.problem_at(
                f"{path}.{field}",
                msg(
                    "formula.mismatch",
                    stated=as_decimal(stated),
                    formula=ind.formula,
                    computed=rounded,
                ),
            )
        if stated is None:
            ind = dataclasses.replace(ind, value=float(rounded))
        known[ind_id] = rounded
        resolved[ind_id] = ind
        return rounded

    for ind_id in by_id:
        value_of(ind_id)
    for i, ind in enumerate(briefing.indicators):
        _check_shown_exactly(ind, f"indicators[{i}]", dec)
    return tuple(resolved.get(ind.id, ind) for ind in briefing.indicators)


def _check_shown_exactly(ind: Indicator, path: str, dec: Decoder) -> None:
    """A stated figure must be displayed as stated: 2940.1 with `decimals: 0` would read 2940."""
    if ind.source is None or not ind.has_amount or ind.label or ind.decimals < 0:
        return
    if not shows_exactly(ind.amount, ind.decimals):
        exponent = as_decimal(ind.amount).as_tuple().exponent
        needed = -exponent if isinstance(exponent, int) else 0
        shown = ind.formatted()
        amount = as_decimal(ind.amount)
        dec.problem_at(
            f"{path}.decimals",
            msg("indicator.decimals_hide", shown=shown, amount=amount, needed=needed),
        )
        return
    # Nor with more decimals than its quote writes: 502.8 with `decimals: 2` would read 502.80.
    written = [
        n.written
        for n in read_numbers(normalize(ind.source))
        if not n.chinese and n.value == abs(as_decimal(ind.amount))
    ]
    places = [len(w.partition(".")[2]) for w in written]
    if places and ind.decimals > max(places):
        dec.problem_at(
            f"{path}.decimals",
            msg(
                "indicator.decimals_add",
                shown=ind.formatted(),
                written=written[places.index(max(places))],
                needed=max(places),
            ),
        )


def resolve_sections(briefing: Briefing, dec: Decoder) -> tuple[Section, ...]:
    """Return the sections with chart values resolved and figure references checked."""
    known = {ind.id: ind for ind in briefing.indicators if ind.has_amount}
    sections = []
    panel_ids: set[str] = set()
    section_ids: set[str] = set()
    for s, section in enumerate(briefing.sections):
        if section.id in section_ids:
            dec.problem_at(f"sections[{s}].id", msg("section.id_twice", id=section.id))
        section_ids.add(section.id)
        panels = []
        for p, panel in enumerate(section.panels):
            path = f"sections[{s}].panels[{p}]"
            if panel.id in panel_ids:
                dec.problem_at(f"{path}.id", msg("panel.id_twice", id=panel.id))
            panel_ids.add(panel.id)
            if not panel.notes.strip():
                dec.problem_at(f"{path}.notes", msg("panel.notes_empty"))
            panel = dataclasses.replace(panel, notes=join_chinese_lines(panel.notes))
            for f, figure in enumerate(panel_figures(panel)):
                if figure.indicator not in known:
                    _unknown(dec, f"{path}.figures[{f}].indicator", figure.indicator, known)
            chart = getattr(panel, "chart", None)
            if isinstance(chart, ChartSpec):
                chart = resolve_chart(chart, known, dec, f"{path}.chart")
                panel = dataclasses.replace(panel, chart=chart)  # type: ignore[arg-type]
            panels.append(panel)
        sections.append(dataclasses.replace(section, panels=tuple(panels)))
    return tuple(sections)


def resolve_chart(
    chart: ChartSpec, known: dict[str, Indicator], dec: Decoder, path: str
) -> ChartSpec:
    """Return `chart` with every value resolved: numbers, the indicator behind each (points,
    reference lines, total) and the decimals each is stated with; unknown ids reported."""

    def indicator(raw: float | str, where: str) -> Indicator | None:
        if not isinstance(raw, str):
            return None
        if raw not in known:
            _unknown(dec, where, raw, known)
        return known.get(raw)

    def number(raw: float | str, ind: Indicator | None) -> float:
        if isinstance(raw, str):
            return ind.amount if ind is not None else 0.0
        return float(raw)

    def places(raw: float | str, ind: Indicator | None) -> int:
        if isinstance(raw, str):
            return max(ind.decimals, 0) if ind is not None else 0
        return written_decimals(raw)

    series = []
    for i, s in enumerate(chart.series):
        where = f"{path}.series[{i}].values"
        if len(s.values) != len(chart.categories):
            count = msg("chart.count", values=len(s.values), categories=len(chart.categories))
            dec.problem_at(where, count)
        points = tuple(indicator(v, f"{where}[{j}]") for j, v in enumerate(s.values))
        resolved = tuple(number(v, ind) for v, ind in zip(s.values, points, strict=True))
        if s.number_format is not None:
            where = f"{path}.series[{i}].number_format"
            _check_number_format(s.number_format, resolved, where, dec)
        decimals = tuple(places(v, ind) for v, ind in zip(s.values, points, strict=True))
        series.append(dataclasses.replace(s, resolved=resolved, points=points, decimals=decimals))
    lines: list[ReferenceLine] = []
    for i, line in enumerate(chart.reference_lines):
        ind = indicator(line.value, f"{path}.reference_lines[{i}].value")
        lines.append(
            dataclasses.replace(
                line,
                resolved=number(line.value, ind),
                decimals=places(line.value, ind) if ind is not None else 0,
                indicator=ind,
            )
        )
    total_ind = None if chart.total is None else indicator(chart.total, f"{path}.total")
    total = None if chart.total is None else number(chart.total, total_ind)
    if not chart.series:
        dec.problem_at(f"{path}.series", msg("chart.no_series"))
    elif total is not None:
        _check_whole(chart.kind, series[0].resolved, total, f"{path}.total", dec)
    return dataclasses.replace(
        chart,
        series=tuple(series),
        reference_lines=tuple(lines),
        resolved_total=total,
        total_decimals=max(total_ind.decimals, 0) if total_ind is not None else 0,
        total_indicator=total_ind,
    )


_NUMBER_FORMAT = re.compile(r"(#,##)?0(\.0{1,6})?%?")


def _check_number_format(fmt: str, values: tuple[float, ...], path: str, dec: Decoder) -> None:
    """The format must be one we write alike everywhere, and must not round a value away."""
    if not _NUMBER_FORMAT.fullmatch(fmt):
        dec.problem_at(path, msg("chart.bad_format", format=fmt))
        return
    scale = 100 if fmt.endswith("%") else 1
    for value in values:
        shown = format_value(value, fmt).replace(",", "").rstrip("%")
        if Decimal(shown) != as_decimal(value) * scale:
            shows = format_value(value, fmt)
            dec.problem_at(
                path, msg("chart.format_rounds", format=fmt, shown=shows, value=as_decimal(value))
            )
            return


def _check_whole(
    kind: ChartKind, parts: tuple[float, ...], total: float, path: str, dec: Decoder
) -> None:
    """A donut's slices make up its total; a ring's part is at most its whole."""
    # Sum the figures as written: in floats 31.8+25.8+2.3+6.4+2.1+0.3 is not 68.7.
    whole = sum((as_decimal(part) for part in parts), Decimal(0))
    if kind is ChartKind.DONUT and parts and whole != as_decimal(total):
        dec.problem_at(path, msg("chart.donut_sum", total=as_decimal(total), sum=whole))
    if kind is ChartKind.PROGRESS_RING and parts and not 0 <= parts[0] <= total:
        dec.problem_at(
            path, msg("chart.ring_part", part=as_decimal(parts[0]), whole=as_decimal(total))
        )


def _unknown(dec: Decoder, path: str, name: str, known: dict[str, Any]) -> None:
    dec.problem_at(path, msg("indicator.unknown", name=name, hint=did_you_mean(name, list(known))))
