"""Native PowerPoint charts from a ChartSpec: one writer per ChartKind (`CHART_WRITERS`).

Each writer puts every value it draws into the chart's workbook (python-pptx's chart data), so
"Edit Data" in PowerPoint shows and changes what is drawn. What PowerPoint lacks (a target line,
a band, a value in the hole of a doughnut) gets an equivalent; see docs/design/pptx-export.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from lxml import etree
from pptx.chart.chart import Chart
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.chart import XL_MARKER_STYLE as MARKER
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.graphfrm import GraphicFrame
from pptx.shapes.shapetree import SlideShapes
from pptx.util import Emu, Pt

from briefing_app.export.pptx import chart_xml
from briefing_app.export.pptx.chart_data import CategoryData
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
    """What a writer needs beyond the spec: the East Asian face, indicator labels and units."""

    typeface: str
    label_of: Callable[[str], str | None] = lambda _ref: None
    unit_of: Callable[[str], str | None] = lambda _ref: None


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


def chart_title(spec: ChartSpec) -> str:
    """Return the chart's title with its unit, e.g. '全区实施项目（个）'."""
    unit = spec.unit or (spec.series[0].unit if spec.series else "")
    if spec.title and unit and unit not in spec.title:
        return f"{spec.title}（{unit}）"
    return spec.title


def label_format(series: Series) -> str:
    """Return the data-label number format: the series' format with its unit, e.g. 0.0"亿元"."""
    fmt = series.common_format()
    if series.unit and "%" not in fmt:
        return f'{fmt}"{series.unit}"'
    return fmt


# -- writers -------------------------------------------------------------------------------------


def write_bar(shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext) -> GraphicFrame:
    """Clustered columns with value labels; each reference line is a flat line series."""
    series = spec.series[0]
    data = _data(spec, series.common_format())
    data.add_series(series.name, series.resolved)
    n = len(spec.categories)
    for line in spec.reference_lines:
        data.add_series(line.label, [line.resolved] * n)
    frame = _add(shapes, XL_CHART_TYPE.COLUMN_CLUSTERED, box, data)
    chart = frame.chart
    _style_common(chart, spec, legend=bool(spec.reference_lines))
    plot = chart.plots[0]
    plot.gap_width = 80
    _fill(plot.series[0], Shade(_own_token(series)))
    _value_labels(plot, label_format(series))
    if spec.reference_lines:
        chart_xml.move_series_to_line(chart, first=1)
        for line, line_series in zip(spec.reference_lines, chart.plots[1].series, strict=True):
            _flat_line(line_series, reference_token(line.style), n)
    _axis_range(chart, spec, [*series.resolved, *(r.resolved for r in spec.reference_lines)])
    return frame


def write_grouped_bar(
    shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext
) -> GraphicFrame:
    """Clustered columns, one series per period, value labels and a legend."""
    data = _data(spec, spec.series[0].common_format())
    for series in spec.series:
        data.add_series(series.name, series.resolved, series.common_format())
    frame = _add(shapes, XL_CHART_TYPE.COLUMN_CLUSTERED, box, data)
    chart = frame.chart
    _style_common(chart, spec, legend=True)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.overlap = -10
    for drawn, shade in zip(
        plot.series, series_shades([s.color for s in spec.series]), strict=True
    ):
        _fill(drawn, shade)
    _value_labels(plot, label_format(spec.series[0]))
    _axis_range(chart, spec, [v for s in spec.series for v in s.resolved])
    return frame


def write_donut(shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext) -> GraphicFrame:
    """A doughnut of the categories with value labels; the total sits in the hole."""
    series = spec.series[0]
    data = _data(spec, series.common_format())
    data.add_series(series.name, series.resolved)
    frame = _add(shapes, XL_CHART_TYPE.DOUGHNUT, box, data)
    chart = frame.chart
    _style_common(chart, spec, legend=True)
    plot = chart.plots[0]
    plot.vary_by_categories = True
    slices = palette(series.color, len(series.resolved))
    for point, shade in zip(plot.series[0].points, slices, strict=True):
        _fill_point(point, shade)
    _value_labels(plot, label_format(series), position=None, color="surface")
    hole = chart_xml.ring_layout(chart, box, hole=60, title=bool(spec.title))
    total = donut_whole(spec)
    unit = series_unit(spec)
    number = _number(total, spec.total_format())
    _centre_text(shapes, hole, ctx, number, unit, donut_total_label(spec))
    return frame


def write_progress_ring(
    shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext
) -> GraphicFrame:
    """A half doughnut gauge: the part, the remainder and a hidden lower half; % in the centre."""
    series = spec.series[0]
    ring = ring_of(spec)
    part, total, name = ring.part, ring.whole, ring.name
    data = CategoryData(number_format=series.common_format())
    data.categories = [name, spec.total_label or "其余", ""]
    data.add_series(series.name, [part, ring.rest, total])
    frame = _add(shapes, XL_CHART_TYPE.DOUGHNUT, box, data)
    chart = frame.chart
    _style_common(chart, spec, legend=False)
    plot = chart.plots[0]
    plot.vary_by_categories = True
    points = plot.series[0].points
    _fill_point(points[0], Shade(_own_token(series)))
    _fill_point(points[1], TRACK)
    points[2].format.fill.background()  # the lower half: drawn but invisible
    points[2].format.line.fill.background()
    chart_xml.first_slice_angle(chart, 270)
    hole = chart_xml.ring_layout(chart, box, hole=62, title=bool(spec.title), half=True)
    unit = series_unit(spec)
    part_text = with_unit(_number(part, series.point_format(0)), unit)
    whole_text = with_unit(_number(total, spec.total_format()), unit)
    captions = ring_captions(ring, part_text, whole_text)
    _centre_text(shapes, hole, ctx, share_percent(part, total), "%", "\n".join(captions))
    return frame


def write_rank_marker(
    shapes: SlideShapes, spec: ChartSpec, box: Box, ctx: ChartContext
) -> GraphicFrame:
    """Horizontal bars: the field (1..total, muted) behind each category's rank (labelled)."""
    series = spec.series[0]
    total = rank_field(spec)
    data = _data(spec, series.common_format())
    whole = with_unit(_number(total, "0"), total_unit(spec, ctx.unit_of))
    field_name = rank_field_caption(spec, whole)
    data.add_series(field_name, [total] * len(spec.categories))
    # One category: the legend names the bar by it (前20强目标), not by the series (目标排名),
    # which would read as "the target is rank N".
    data.add_series(rank_series_name(spec), series.resolved)
    frame = _add(shapes, XL_CHART_TYPE.BAR_CLUSTERED, box, data)
    chart = frame.chart
    _style_common(chart, spec, legend=True)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.overlap = 100
    field_series, rank_series = plot.series
    _fill(field_series, TRACK)
    _fill(rank_series, Shade(_own_token(series)))
    markers = palette(series.color, len(spec.categories))  # one colour per marker (model)
    for point, shade in zip(rank_series.points, markers, strict=True):
        _solid(point.format, shade)
    labels = rank_series.data_labels
    labels.show_value = True
    labels.number_format = (
        label_format(series) if series.unit else f'"第"{series.common_format()}"位"'
    )
    labels.number_format_is_linked = False
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    labels.font.size = Pt(CHART_PT)
    labels.font.bold = True
    refs = series.refs or (None,) * len(series.resolved)
    for point, ref in zip(rank_series.points, refs, strict=True):
        label = ctx.label_of(ref) if ref else None
        if label:  # the indicator's own wording (前20强), as the live marker shows it
            _point_label(point, label)
    chart.category_axis.reverse_order = True
    value_axis = chart.value_axis
    value_axis.minimum_scale = 1  # rank 1 .. the size of the field
    value_axis.maximum_scale = total
    value_axis.major_unit = max(total - 1, 1.0)  # ticks at both ends: 1 and 230
    value_axis.has_major_gridlines = False
    return frame


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
    data = _data(spec, series.common_format())
    data.add_series(series.name, series.resolved)
    frame = _add(shapes, XL_CHART_TYPE.BAR_CLUSTERED, box, data)
    chart = frame.chart
    _style_common(chart, spec, legend=False)
    plot = chart.plots[0]
    plot.gap_width = 50
    _fill(plot.series[0], Shade(_own_token(series)))
    _value_labels(plot, label_format(series))
    refs = series.refs or (None,) * len(series.resolved)
    for point, ref in zip(plot.series[0].points, refs, strict=True):
        label = ctx.label_of(ref) if ref else None
        if label:
            _point_label(point, label)
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
    data = _data(spec, series.common_format())
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
    _style_common(chart, spec, legend=True)
    plot = chart.plots[0]
    tracked, *flat = plot.series
    tracked.format.line.color.theme_color = theme_color(_own_token(series))
    tracked.format.line.width = Pt(3)
    tracked.smooth = False
    _marker(tracked, _own_token(series), MARKER.CIRCLE, 9)
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
    labels.number_format = label_format(series)
    labels.number_format_is_linked = False
    labels.position = XL_LABEL_POSITION.ABOVE
    labels.font.size = Pt(CHART_PT)
    bounds = 2 if spec.band is not None else 0
    for i, drawn in enumerate(flat):
        if i < bounds:  # the band's bounds: the legend names them
            _flat_line(drawn, BAND_TOKEN, n, label=False)
        else:
            _flat_line(drawn, reference_token(spec.reference_lines[i - bounds].style), n)
    _axis_range(chart, spec, [*series.resolved, *extras])
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


def _data(spec: ChartSpec, number_format: str) -> CategoryData:
    data = CategoryData(number_format=number_format or "0")
    data.categories = list(spec.categories)
    return data


def _add(shapes: SlideShapes, kind: XL_CHART_TYPE, box: Box, data: CategoryData) -> GraphicFrame:
    x, y, cx, cy = box
    # python-pptx 1.0.2 annotates add_chart as returning a Chart; it returns the GraphicFrame.
    frame = shapes.add_chart(kind, Emu(x), Emu(y), Emu(cx), Emu(cy), cast(Any, data))
    return cast(GraphicFrame, frame)


def _style_common(chart: Chart, spec: ChartSpec, legend: bool) -> None:
    chart.font.size = Pt(CHART_PT)
    title = chart_title(spec)
    chart.has_title = bool(title)
    if title:
        frame = chart.chart_title.text_frame
        frame.text = title
        for run in frame.paragraphs[0].runs:
            run.font.size = Pt(CHART_PT + 2)
            run.font.bold = True
    chart.has_legend = legend
    if legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(CHART_PT)
    try:
        axis = chart.value_axis
    except ValueError:  # doughnuts have no axes
        return
    axis.has_major_gridlines = True
    axis.major_gridlines.format.line.color.theme_color = theme_color("background")
    axis.major_gridlines.format.line.color.brightness = -0.15
    axis.format.line.fill.background()
    axis.tick_labels.font.size = Pt(CHART_PT - 2)
    axis.tick_labels.font.color.theme_color = theme_color("muted")
    chart.category_axis.tick_labels.font.size = Pt(CHART_PT)
    chart.category_axis.format.line.color.theme_color = theme_color("muted")
    chart_xml.horizontal_labels(chart.category_axis)


def _value_labels(
    plot: Any,
    number_format: str,
    position: XL_LABEL_POSITION | None = XL_LABEL_POSITION.OUTSIDE_END,
    color: str | None = None,
) -> None:
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = number_format
    labels.number_format_is_linked = False
    labels.show_value = True
    labels.font.size = Pt(CHART_PT)
    labels.font.bold = True
    if color:
        labels.font.color.theme_color = theme_color(color)
    if position is not None:
        labels.position = position


def _solid(fmt: Any, shade: Shade) -> None:
    """Fill a series' or a point's format with a theme colour, its brightness and alpha."""
    fmt.fill.solid()
    color = fmt.fill.fore_color
    color.theme_color = theme_color(shade.token)
    if shade.brightness:
        color.brightness = shade.brightness
    if shade.alpha < 1.0:  # python-pptx has no API for it: a:alpha in the a:schemeClr
        scheme = color._color._xClr
        alpha = scheme.find(qn("a:alpha"))
        if alpha is None:
            alpha = etree.SubElement(scheme, qn("a:alpha"))
        alpha.set("val", str(round(shade.alpha * 100000)))


def _fill(series: Any, shade: Shade) -> None:
    _solid(series.format, shade)
    if hasattr(series, "invert_if_negative"):
        series.invert_if_negative = False


def _fill_point(point: Any, shade: Shade) -> None:
    _solid(point.format, shade)
    point.format.line.color.theme_color = theme_color("surface")  # slices part with a gap


def _marker(series: Any, token: str, style: MARKER, size: int) -> None:
    series.marker.style = style
    series.marker.size = size
    series.marker.format.fill.solid()
    series.marker.format.fill.fore_color.theme_color = theme_color(token)
    series.marker.format.line.color.theme_color = theme_color("surface")


def _flat_line(series: Any, token: str, n: int, label: bool = True) -> None:
    """Style a target/band series: dashed, a dash marker (visible with one category), labelled."""
    line = series.format.line
    line.color.theme_color = theme_color(token)
    line.width = Pt(2.25)
    line.dash_style = 4  # MSO_LINE_DASH_STYLE.DASH
    series.smooth = False
    _marker(series, token, MARKER.DASH, 20)
    if not label:  # band bounds: the legend names them
        return
    data_label = series.points[n - 1].data_label
    data_label.show_series_name = True
    data_label.show_value = True
    data_label.position = XL_LABEL_POSITION.RIGHT if n > 1 else XL_LABEL_POSITION.ABOVE
    data_label.font.size = Pt(CHART_PT - 2)
    data_label.font.color.theme_color = theme_color(token)


def _axis_range(chart: Chart, spec: ChartSpec, values: Sequence[float]) -> None:
    axis = chart.value_axis
    if spec.y_max is not None:
        axis.maximum_scale = spec.y_max
    if min(values, default=0.0) >= 0:
        axis.minimum_scale = 0


def _centre_text(
    shapes: SlideShapes, hole: Box, ctx: ChartContext, number: str, unit: str, caption: str
) -> None:
    x, y, cx, cy = hole
    box = shapes.add_textbox(Emu(x), Emu(y), Emu(cx), Emu(cy))
    box.name = "Chart centre"
    frame = box.text_frame
    frame.vertical_anchor = 3  # MSO_ANCHOR.MIDDLE
    paras = [
        Para(
            (Run(number, bold=True, color="primary"), Run(unit, color="primary", scale=0.45)),
            align=PP_ALIGN.CENTER,
        )
    ]
    if caption:
        paras.append(
            Para.of(caption, color="muted", scale=0.32, align=PP_ALIGN.CENTER, space_before=0.1)
        )
    write_frame(frame, paras, (cx, cy), max_pt=44, typeface=ctx.typeface, min_pt=8)


def _own_token(series: Series) -> str:
    """Return the series' colour token (the model's rule: an unknown one is primary)."""
    return known_token(series.color)


def series_tokens(spec: ChartSpec) -> list[str]:
    """Return each series' colour token of a grouped bar (the model's `series_shades`)."""
    return [shade.token for shade in series_shades([s.color for s in spec.series])]


def _point_label(point: Any, text: str) -> None:
    """Give one data point a text label of its own (an indicator's display label)."""
    frame = point.data_label.text_frame
    frame.text = text
    point.data_label.position = XL_LABEL_POSITION.OUTSIDE_END
    for run in frame.paragraphs[0].runs:
        run.font.size = Pt(CHART_PT)
        run.font.bold = True


def _number(value: float, number_format: str) -> str:
    return format_value(value, number_format)
