"""An edited chart shown in place equals the same chart built afresh: values, words, range."""

from __future__ import annotations

import dataclasses
from typing import Any

import pyqtgraph as pg
import pytest
from chart_specs import SPECS, builtin_charts
from PySide6.QtWidgets import QApplication

from briefing_app.model.chart import ChartKind, ChartSpec, ReferenceLine, Series


def _scaled_series(s: Series, k: float) -> Series:
    values = tuple(v if isinstance(v, str) else v * k for v in s.values)
    return dataclasses.replace(s, values=values, resolved=tuple(v * k for v in s.resolved))


def _scaled_line(line: ReferenceLine, k: float) -> ReferenceLine:
    value = line.value if isinstance(line.value, str) else line.value * k
    return dataclasses.replace(
        line, value=value, resolved=line.resolved * k, label=line.label + "线"
    )


def edited(spec: ChartSpec, k: float = 1.5) -> ChartSpec:
    """Return `spec` with every number times `k` and every category renamed: what an edit of
    its figures and words gives (the same kind, series, colours and line styles)."""
    total = spec.total if spec.total is None or isinstance(spec.total, str) else spec.total * k
    band = spec.band
    if band is not None:
        band = dataclasses.replace(band, low=band.low * k, high=band.high * k)
    return dataclasses.replace(
        spec,
        categories=tuple(f"{c}新" for c in spec.categories),
        series=tuple(_scaled_series(s, k) for s in spec.series),
        reference_lines=tuple(_scaled_line(r, k) for r in spec.reference_lines),
        total=total,
        resolved_total=None if spec.resolved_total is None else spec.resolved_total * k,
        band=band,
        y_max=None if spec.y_max is None else spec.y_max * k,
    )


def shown(view: Any) -> dict[str, Any]:
    """Return what a chart view shows: drawn values, texts, ticks, hover texts and range."""
    renderer = view.renderer
    plot = renderer.plot
    texts = sorted(i.textItem.toPlainText() for i in plot.items if isinstance(i, pg.TextItem))
    axes = {}
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        if axis.isVisible():
            axes[name] = [label for level in (axis._tickLevels or []) for _, label in level]
    x_range, y_range = plot.vb.viewRange()
    return {
        "values": {k: [round(v, 6) for v in vs] for k, vs in view.drawn_values().items()},
        "texts": texts,
        "axes": axes,
        "lines": [
            (round(line.value(), 6), line.label.toPlainText()) for line in renderer.reference_lines
        ],
        "marks": [(m.series, m.index, m.text) for m in renderer.marks],
        "range": [round(v, 4) for v in (*x_range, *y_range)],
        "items": len(plot.items),
    }


def _cases() -> list[tuple[str, ChartSpec]]:
    return [(kind.value, spec) for kind, spec in SPECS.items()]


@pytest.mark.parametrize(("name", "spec"), _cases(), ids=[n for n, _ in _cases()])
def test_an_edited_spec_in_place_equals_a_fresh_chart(
    make_view, name: str, spec: ChartSpec
) -> None:  # type: ignore[no-untyped-def]
    new = edited(spec)
    view = make_view(spec)
    before = shown(view)
    assert view.update_spec(new, view.renderer.briefing)
    QApplication.processEvents()
    after = shown(view)
    fresh = shown(make_view(new))
    assert after == fresh
    assert after["values"] != before["values"]  # the edit shows (the test can fail)


def test_builtin_charts_in_place_equal_fresh_ones(make_view, builtin) -> None:  # type: ignore[no-untyped-def]
    for panel_id, spec in builtin_charts(builtin):
        new = edited(spec, 1.25)
        view = make_view(spec)
        assert view.update_spec(new, builtin), panel_id
        QApplication.processEvents()
        assert shown(view) == shown(make_view(new)), panel_id


def test_in_place_keeps_the_items_of_a_bar_chart(make_view) -> None:  # type: ignore[no-untyped-def]
    view = make_view(SPECS[ChartKind.BAR])
    bars, lines = list(view.renderer.bars), list(view.renderer.reference_lines)
    assert view.update_spec(edited(SPECS[ChartKind.BAR]), view.renderer.briefing)
    assert view.renderer.bars == bars and view.renderer.reference_lines == lines


def test_a_running_intro_goes_on_towards_the_new_values(make_view, qtbot) -> None:  # type: ignore[no-untyped-def]
    spec = SPECS[ChartKind.BAR]
    values = spec.series[0].resolved
    view = make_view(spec)
    view.play(True)  # no event runs until the wait below: the intro stays where it is set
    view.set_progress(0.4)
    assert view.update_spec(edited(spec, 2.0), view.renderer.briefing)
    assert view.is_playing and view.progress == 0.4
    assert view.drawn_values()["增长目标"] == pytest.approx([v * 2.0 * 0.4 for v in values])
    qtbot.waitUntil(lambda: not view.is_playing, timeout=10_000)
    assert view.drawn_values()["增长目标"] == pytest.approx([v * 2.0 for v in values])


def test_another_kind_is_refused(make_view) -> None:  # type: ignore[no-untyped-def]
    view = make_view(SPECS[ChartKind.BAR])
    before = shown(view)
    assert not view.update_spec(SPECS[ChartKind.DONUT], view.renderer.briefing)
    assert shown(view) == before
