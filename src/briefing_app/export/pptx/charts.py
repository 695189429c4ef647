"""Native PowerPoint charts from a ChartSpec: one writer per ChartKind (`CHART_WRITERS`).

Each writer puts every value it draws into the chart's workbook (python-pptx's chart data), so
"Edit Data" in PowerPoint shows and changes what is drawn. What PowerPoint lacks (a target line,
a band, a value in the hole of a doughnut) gets an equivalent; see docs/design/pptx-export.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.chart import XL_MARKER_STYLE as MARKER
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.shapes.graphfrm import GraphicFrame
from pptx.shapes.shapetree import SlideShapes
from pptx.util import Emu, Inches, Pt

from briefing_app.export.pptx import chart_xml
from briefing_app.export.pptx.chart_categories import category_names
from briefing_app.export.pptx.chart_data import CategoryData
from briefing_app.export.pptx.chart_format import (
    axis_range,
    centre_text,
    fill,
    fill_point,
    flat_line,
    label_format,
    marker,
    point_label,
    reference_format,
    reference_lines,
    solid,
    style_common,
    value_labels,
)
from briefing_app.export.pptx.chart_format import chart_title as chart_title  # re-exported
from briefing_app.export.pptx.donut_fit import deck_labels_fit
from briefing_app.export.pptx.style import CHART_PT, theme_color
from briefing_app.export.pptx.text import Para, Run, localise_tree, write_frame
from briefing_app.model.chart import ChartKind, ChartSpec, Series
from briefing_app.model.chart_whole import (
    donut_total_label,
    donut_whole,
    rank_field,
    rank_field_caption,
    ring_captions,
    ring_of,
    series_unit,
    total_unit,
    with_unit,
)
from briefing_app.model.colors import (
    BAND_TOKEN,
    TRACK,
    Shade,
    alert_token,
    known_token,
    palette,
    reference_token,
    series_shades,
)
from briefing_app.model.numbers import format_value, share_percent

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class ChartContext:
    """What a writer needs beyond the spec (which carries its indicators): the East Asian face."""

    typeface: str


ChartWriter = Callable[[SlideShapes, ChartSpec, Box, ChartContext], GraphicFrame]


def add_chart(shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext) -> GraphicFrame:
    """Return the chart frame drawn for `spec` in `box`; KeyError for a kind with no writer."""
    writer = CHART_WRITERS.get(spec.kind)
    if writer is None:
        raise KeyError(f"no PowerPoint chart writer for chart kind {spec.kind!r}")
    frame = writer(shapes, spec, box, ctx)
    chart_xml.set_language(frame.chart)
    localise_tree(frame.chart._chartSpace, ctx.typeface)
    return frame


# -- writers -------------------------------------------------------------------------------------


def write_bar(shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext) -> GraphicFrame:
    """Clustered columns with value labels; each reference line is a flat line series."""
    series = spec.series[0]
    data = _data(spec, series.common_format(), box)
    data.add_series(series.name, series.resolved)
    n = len(spec.categories)
    for line in spec.reference_lines:
        data.add_series(line.label, [line.resolved] * n)
    frame = _add(shapes, XL_CHART_TYPE.COLUMN_CLUSTERED, box, data)
    chart = frame.chart
    style_common(chart, spec, legend=bool(spec.reference_lines))
    plot = chart.plots[0]
    plot.gap_width = 80
    fill(plot.series[0], Shade(_own_token(series)))
    value_labels(plot, label_format(series, series_unit(spec)))
    reference_lines(chart, spec, first=1)
    axis_range(chart, spec, [*series.resolved, *(r.resolved for r in spec.reference_lines)])
    return frame


def write_grouped_bar(
    shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext
) -> GraphicFrame:
    """Clustered columns, one series per period, value labels and a legend."""
    data = _data(spec, spec.series[0].common_format(), box)
    for series in spec.series:
        data.add_series(series.name, series.resolved, series.common_format())
    for line in spec.reference_lines:
        data.add_series(line.label, [line.resolved] * len(spec.categories))
    frame = _add(shapes, XL_CHART_TYPE.COLUMN_CLUSTERED, box, data)
    chart = frame.chart
    style_common(chart, spec, legend=True)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.overlap = -10
    shades = series_shades([s.color for s in spec.series])
    for k, (drawn, shade) in enumerate(zip(plot.series, shades, strict=False)):
        fill(drawn, shade)
        # Each series its own format and unit, as each column's label reads on screen.
        value_labels(drawn, label_format(spec.series[k], series_unit(spec, k)))
    reference_lines(chart, spec, first=len(spec.series))
    values = [v for s in spec.series for v in s.resolved]
    axis_range(chart, spec, [*values, *(r.resolved for r in spec.reference_lines)])
    return frame


LEGEND_PT = 16  # a legend line's largest size; it shrinks to fit, never under 12 pt


def write_donut(shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext) -> GraphicFrame:
    """A doughnut of the categories with value labels; the total sits in the hole.

    When crowded, the labels become a legend of coloured squares, names and values at the
    right of the ring (the chart keeps its data, so Edit Data still holds every value)."""
    series = spec.series[0]
    crowded = not deck_labels_fit(spec, box, hole=60)  # the live chart's rule, measured
    legend_box: Box | None = None
    if crowded:
        x, y, cx, cy = box
        box, legend_box = (x, y, cx * 11 // 20, cy), (x + cx * 3 // 5, y, cx * 2 // 5, cy)
    data = _data(spec, series.common_format(), box)
    data.add_series(series.name, series.resolved)
    frame = _add(shapes, XL_CHART_TYPE.DOUGHNUT, box, data)
    chart = frame.chart
    style_common(chart, spec, legend=not crowded)
    plot = chart.plots[0]
    plot.vary_by_categories = True
    slices = palette(series.color, len(series.resolved))
    for point, shade in zip(plot.series[0].points, slices, strict=True):
        fill_point(point, shade)
    if legend_box is None:
        value_labels(plot, label_format(series, series_unit(spec)), position=None, color="surface")
    else:
        plot.has_data_labels = False  # the values stand in the legend
        _donut_legend(shapes, spec, legend_box, slices, ctx)
    hole = chart_xml.ring_layout(chart, box, hole=60, title=bool(spec.title))
    total = donut_whole(spec)
    unit = series_unit(spec)
    number = _number(total, spec.total_format())
    centre_text(shapes, hole, ctx.typeface, number, unit, donut_total_label(spec))
    return frame


def _donut_legend(
    shapes: SlideShapes, spec: ChartSpec, box: Box, slices: list[Shade], ctx: ChartContext
) -> None:
    """Write one line per slice: a square of its colour, its name and its value."""
    series = spec.series[0]
    unit = series_unit(spec)
    x, y, cx, cy = box
    n = len(spec.categories)
    line = min(cy // max(1, n), int(Inches(0.55)))
    top = y + (cy - line * n) // 2
    for i, (name, value, shade) in enumerate(
        zip(spec.categories, series.resolved, slices, strict=True)
    ):
        ly = top + i * line
        side = line * 2 // 5
        key_y = ly + (line - side) // 2
        square = shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x), Emu(key_y), Emu(side), Emu(side))
        square.name = f"Legend {i + 1} key"
        solid(square, shade)
        square.line.fill.background()
        shown = with_unit(_number(value, series.point_format(i)), unit)
        para = Para((Run(f"{name} "), Run(shown, bold=True)))
        lx, lw = x + side + side // 2, cx - side - side // 2
        label = shapes.add_textbox(Emu(lx), Emu(ly), Emu(lw), Emu(line))
        label.name = f"Legend {i + 1}"
        label.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        write_frame(label.text_frame, [para], (lw, line), LEGEND_PT, ctx.typeface)


def write_progress_ring(
    shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext
) -> GraphicFrame:
    """A half doughnut gauge: the part, the remainder and a hidden lower half; % in the centre."""
    series = spec.series[0]
    ring = ring_of(spec)
    part, total, name = ring.part, ring.whole, ring.name
    data = CategoryData(number_format=series.common_format())
    # Edit Data reads row by row: the part, the remainder named as such (never the whole's
    # name on the remainder's number), and the whole that draws the hidden lower half.
    data.categories = [
        name,
        f"其余（{ring.whole_name}减{name}）",
        f"{ring.whole_name}（下半圆，不显示）",
    ]
    data.add_series(series.name, [part, ring.rest, total])
    # The frame reaches below `box` to hold the hidden lower half, never off the slide.
    floor = int(shapes.part.package.presentation_part.presentation.slide_height or 0) or None
    frame_box = chart_xml.half_ring_frame(box, bool(spec.title), 62, floor)
    frame = _add(shapes, XL_CHART_TYPE.DOUGHNUT, frame_box, data)
    chart = frame.chart
    style_common(chart, spec, legend=False)
    plot = chart.plots[0]
    plot.vary_by_categories = True
    points = plot.series[0].points
    fill_point(points[0], Shade(_own_token(series)))
    fill_point(points[1], TRACK)
    points[2].format.fill.background()  # the lower half: drawn but invisible
    points[2].format.line.fill.background()
    chart_xml.first_slice_angle(chart, 270)
    hole = chart_xml.ring_layout(chart, box, 62, bool(spec.title), half=True, floor=floor)
    unit = series_unit(spec)
    part_text = with_unit(_number(part, series.point_format(0)), unit)
    whole_text = with_unit(_number(total, spec.total_format()), unit)
    captions = ring_captions(ring, part_text, whole_text)
    centre_text(shapes, hole, ctx.typeface, share_percent(part, total), "%", "\n".join(captions))
    return frame


def write_rank_marker(
    shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext
) -> GraphicFrame:
    """Horizontal bars: the field (1..total, muted) behind each category's rank (labelled)."""
    series = spec.series[0]
    total = rank_field(spec)
    data = _data(spec, series.common_format(), box)
    whole = with_unit(_number(total, "0"), total_unit(spec))
    field_name = rank_field_caption(spec, whole)
    data.add_series(field_name, [total] * len(spec.categories))
    # One category: the legend names the bar by it (前20强目标), not by the series (目标排名),
    # which would read as "the target is rank N".
    data.add_series(rank_series_name(spec), series.resolved)
    frame = _add(shapes, XL_CHART_TYPE.BAR_CLUSTERED, box, data)
    chart = frame.chart
    style_common(chart, spec, legend=True)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.overlap = 100
    field_series, rank_series = plot.series
    fill(field_series, TRACK)
    fill(rank_series, Shade(_own_token(series)))
    markers = palette(series.color, len(spec.categories))  # one colour per marker (model)
    for point, shade in zip(rank_series.points, markers, strict=True):
        solid(point.format, shade)
    labels = rank_series.data_labels
    labels.show_value = True
    labels.number_format = (
        label_format(series, series_unit(spec))
        if series_unit(spec)
        else f'"第"{series.common_format()}"位"'
    )
    labels.number_format_is_linked = False
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    labels.font.size = Pt(CHART_PT)
    labels.font.bold = True
    for i, point in enumerate(rank_series.points):
        label = _indicator_label(series, i)
        if label:  # the indicator's own wording (前20强), as the live marker shows it
            point_label(point, label)
    chart.category_axis.reverse_order = True
    value_axis = chart.value_axis
    value_axis.minimum_scale = 1  # rank 1 .. the size of the field
    value_axis.maximum_scale = total
    value_axis.major_unit = max(total - 1, 1.0)  # ticks at both ends: 1 and 230
    value_axis.has_major_gridlines = False
    return frame


def _indicator_label(series: Series, index: int) -> str | None:
    """Return the display label of the indicator behind figure `index` (千亿级), if any."""
    ind = series.point(index)
    return ind.label if ind is not None and ind.label else None


def rank_series_name(spec: ChartSpec) -> str:
    """Return the rank marker's series name: its one category's label, else the series'."""
    if len(spec.categories) == 1 and spec.categories[0]:
        return spec.categories[0]
    return spec.series[0].name


def write_scale_bars(
    shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext
) -> GraphicFrame:
    """Horizontal bars of magnitude; a label is the indicator's display label when it has one."""
    series = spec.series[0]
    data = _data(spec, series.common_format(), box)
    data.add_series(series.name, series.resolved)
    frame = _add(shapes, XL_CHART_TYPE.BAR_CLUSTERED, box, data)
    chart = frame.chart
    style_common(chart, spec, legend=False)
    plot = chart.plots[0]
    plot.gap_width = 50
    fill(plot.series[0], Shade(_own_token(series)))
    # On the series, not the plot: a point's own label makes the series' c:dLbls, whose
    # defaults (no value) would otherwise hide every other bar's value label.
    value_labels(plot.series[0], label_format(series, series_unit(spec)))
    for i, point in enumerate(plot.series[0].points):
        label = _indicator_label(series, i)
        if label:
            point_label(point, label)
    chart.category_axis.reverse_order = True  # first category on top, as it reads
    chart.value_axis.visible = False
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.minimum_scale = 0
    if spec.y_max is not None:
        chart.value_axis.maximum_scale = spec.y_max
    return frame


def write_line_target(
    shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext
) -> GraphicFrame:
    """A line with markers; the band's bounds and each reference line are flat series."""
    series = spec.series[0]
    n = len(spec.categories)
    data = _data(spec, series.common_format(), box)
    data.add_series(series.name, series.resolved)
    extras: list[float] = []
    if spec.band is not None:
        label = spec.band.label or "目标区间"
        data.add_series(f"{label}下限", [spec.band.low] * n)
        data.add_series(f"{label}上限", [spec.band.high] * n)
        extras += [spec.band.low, spec.band.high]
    for line in spec.reference_lines:
        data.add_series(line.label, [line.resolved] * n)
        extras.append(line.resolved)
    frame = _add(shapes, XL_CHART_TYPE.LINE_MARKERS, box, data)
    chart = frame.chart
    style_common(chart, spec, legend=True)
    plot = chart.plots[0]
    tracked, *flat = plot.series
    tracked.format.line.color.theme_color = theme_color(_own_token(series))
    tracked.format.line.width = Pt(3)
    tracked.smooth = False
    marker(tracked, _own_token(series), MARKER.CIRCLE, 9)
    alert = alert_token(series.color)
    if spec.band is not None:
        for i, value in enumerate(series.resolved):
            if not spec.band.low <= value <= spec.band.high:  # outside the band: marked
                point = tracked.points[i]
                point.marker.style = MARKER.DIAMOND
                point.marker.size = 13
                point.marker.format.fill.solid()
                point.marker.format.fill.fore_color.theme_color = theme_color(alert)
    labels = tracked.data_labels
    labels.show_value = True
    labels.number_format = label_format(series, series_unit(spec))
    labels.number_format_is_linked = False
    labels.position = XL_LABEL_POSITION.ABOVE
    labels.font.size = Pt(CHART_PT)
    bounds = 2 if spec.band is not None else 0
    for i, drawn in enumerate(flat):
        if i < bounds:  # the band's bounds: the legend names them
            flat_line(drawn, BAND_TOKEN, n)
        else:
            line = spec.reference_lines[i - bounds]
            flat_line(drawn, reference_token(line.style), n, reference_format(spec, line))
    axis_range(chart, spec, [*series.resolved, *extras])
    return frame


#: The registry: every ChartKind has exactly one writer (a test checks it matches the enum).
CHART_WRITERS: dict[ChartKind, ChartWriter] = {
    ChartKind.BAR: write_bar,
    ChartKind.GROUPED_BAR: write_grouped_bar,
    ChartKind.DONUT: write_donut,
    ChartKind.PROGRESS_RING: write_progress_ring,
    ChartKind.RANK_MARKER: write_rank_marker,
    ChartKind.SCALE_BARS: write_scale_bars,
    ChartKind.LINE_TARGET: write_line_target,
}


# -- helpers -------------------------------------------------------------------------------------


def _data(spec: ChartSpec, number_format: str, box: Box) -> CategoryData:
    data = CategoryData(number_format=number_format or "0")
    data.categories = category_names(spec, box[2])
    return data


def _add(shapes: SlideShapes, kind: XL_CHART_TYPE, box: Box, data: CategoryData) -> GraphicFrame:
    x, y, cx, cy = box
    # python-pptx 1.0.2 annotates add_chart as returning a Chart; it returns the GraphicFrame.
    frame = shapes.add_chart(kind, Emu(x), Emu(y), Emu(cx), Emu(cy), cast(Any, data))
    return cast(GraphicFrame, frame)


def _own_token(series: Series) -> str:
    """Return the series' colour token (the model's rule: an unknown one is primary)."""
    return known_token(series.color)


def series_tokens(spec: ChartSpec) -> list[str]:
    """Return each series' colour token of a grouped bar (the model's `series_shades`)."""
    return [shade.token for shade in series_shades([s.color for s in spec.series])]


def _number(value: float, number_format: str) -> str:
    return format_value(value, number_format)
