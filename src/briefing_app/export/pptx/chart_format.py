"""Formatting of the deck's native charts: fills, data labels, target lines, axes, centre text.

The writers in `charts.py` decide what a chart shows; these helpers say how it looks. Colours
come as the model's shades (model.colors), so a deck and the live charts colour alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree
from pptx.chart.chart import Chart
from pptx.enum.chart import XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.chart import XL_MARKER_STYLE as MARKER
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.shapetree import SlideShapes
from pptx.util import Emu, Pt

from briefing_app.export.pptx import chart_xml
from briefing_app.export.pptx.style import CHART_PT, theme_color
from briefing_app.export.pptx.text import Para, Run, write_frame
from briefing_app.model.chart import ChartSpec, ReferenceLine, Series
from briefing_app.model.chart_whole import series_unit
from briefing_app.model.colors import Shade, reference_token

Box = tuple[int, int, int, int]


def chart_title(spec: ChartSpec) -> str:
    """Return the chart's title with its unit, e.g. '全区实施项目（个）'."""
    unit = spec.unit or (spec.series[0].unit if spec.series else "")
    if spec.title and unit and unit not in spec.title:
        return f"{spec.title}（{unit}）"
    return spec.title


def label_format(series: Series, unit: str | None = None) -> str:
    """Return the data-label number format: the series' format with its unit, e.g. 0.0"亿元".

    `unit` is the unit the labels show (the series', else the chart's: `series_unit`).
    """
    return _with_unit_format(series.common_format(), series.unit if unit is None else unit)


def reference_format(spec: ChartSpec, line: ReferenceLine) -> str:
    """Return the number format of a reference line's label, e.g. 0.0"%" (as its value label)."""
    return _with_unit_format(line.shown_format(spec.series[0].number_format), series_unit(spec))


def _with_unit_format(fmt: str, unit: str) -> str:
    if unit and "%" not in fmt:
        return f'{fmt}"{unit}"'
    return fmt


def style_common(chart: Chart, spec: ChartSpec, legend: bool) -> None:
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


def value_labels(
    plot: Any,
    number_format: str,
    position: XL_LABEL_POSITION | None = XL_LABEL_POSITION.OUTSIDE_END,
    color: str | None = None,
) -> None:
    if hasattr(plot, "has_data_labels"):  # a plot; a series' labels exist once asked for
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


def solid(fmt: Any, shade: Shade) -> None:
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


def fill(series: Any, shade: Shade) -> None:
    solid(series.format, shade)
    if hasattr(series, "invert_if_negative"):
        series.invert_if_negative = False


def fill_point(point: Any, shade: Shade) -> None:
    solid(point.format, shade)
    point.format.line.color.theme_color = theme_color("surface")  # slices part with a gap


def marker(series: Any, token: str, style: MARKER, size: int) -> None:
    series.marker.style = style
    series.marker.size = size
    series.marker.format.fill.solid()
    series.marker.format.fill.fore_color.theme_color = theme_color(token)
    series.marker.format.line.color.theme_color = theme_color("surface")


def reference_lines(chart: Chart, spec: ChartSpec, first: int) -> None:
    """Move the reference lines' flat series (from `first`) onto a line plot and style them."""
    if not spec.reference_lines:
        return
    chart_xml.move_series_to_line(chart, first=first)
    n = len(spec.categories)
    for line, drawn in zip(spec.reference_lines, chart.plots[1].series, strict=True):
        flat_line(drawn, reference_token(line.style), n, reference_format(spec, line))


def flat_line(series: Any, token: str, n: int, number_format: str | None = None) -> None:
    """Style a target/band series: dashed, a dash marker (visible with one category); with a
    `number_format`, its last point is labelled '<name> <value>' as the live line is."""
    line = series.format.line
    line.color.theme_color = theme_color(token)
    line.width = Pt(2.25)
    line.dash_style = 4  # MSO_LINE_DASH_STYLE.DASH
    series.smooth = False
    marker(series, token, MARKER.DASH, 20)
    if number_format is None:  # band bounds: the legend names them
        return
    data_label = series.points[n - 1].data_label
    data_label.position = XL_LABEL_POSITION.RIGHT if n > 1 else XL_LABEL_POSITION.ABOVE
    data_label.font.size = Pt(CHART_PT - 2)
    data_label.font.color.theme_color = theme_color(token)
    label_number_format(data_label._get_or_add_dLbl(), number_format, separator=" ")


#: What follows c:numFmt and c:separator in a c:dLbl (CT_DLbl's sequence).
_AFTER_NUMFMT = (
    "c:spPr",
    "c:txPr",
    "c:dLblPos",
    "c:showLegendKey",
    "c:showVal",
    "c:showCatName",
    "c:showSerName",
    "c:showPercent",
    "c:showBubbleSize",
    "c:separator",
    "c:extLst",
)


def label_number_format(dlbl: Any, number_format: str, separator: str) -> None:
    """Show the series name and the value in one point's data label, in its own number
    format and with `separator` (python-pptx has none of these for a single label)."""
    for flag in ("c:showVal", "c:showSerName"):
        found = dlbl.find(qn(flag))
        if found is None:
            found = etree.Element(qn(flag))
            _insert_before(dlbl, found, _AFTER_NUMFMT[_AFTER_NUMFMT.index(flag) + 1 :])
        found.set("val", "1")
    fmt = dlbl.find(qn("c:numFmt"))
    if fmt is None:
        fmt = etree.Element(qn("c:numFmt"))
        _insert_before(dlbl, fmt, _AFTER_NUMFMT)
    fmt.set("formatCode", number_format)
    fmt.set("sourceLinked", "0")
    sep = dlbl.find(qn("c:separator"))
    if sep is None:
        sep = etree.Element(qn("c:separator"))
        _insert_before(dlbl, sep, ("c:extLst",))
    sep.text = separator


def _insert_before(parent: Any, child: Any, successors: tuple[str, ...]) -> None:
    for name in successors:
        found = parent.find(qn(name))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)


def axis_range(chart: Chart, spec: ChartSpec, values: Sequence[float]) -> None:
    axis = chart.value_axis
    if spec.y_max is not None:
        axis.maximum_scale = spec.y_max
    if min(values, default=0.0) >= 0:
        axis.minimum_scale = 0


def centre_text(
    shapes: SlideShapes, hole: Box, typeface: str, number: str, unit: str, caption: str
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
    write_frame(frame, paras, (cx, cy), max_pt=44, typeface=typeface)


def point_label(point: Any, text: str) -> None:
    """Give one data point a text label of its own (an indicator's display label)."""
    frame = point.data_label.text_frame
    frame.text = text
    point.data_label.position = XL_LABEL_POSITION.OUTSIDE_END
    for run in frame.paragraphs[0].runs:
        run.font.size = Pt(CHART_PT)
        run.font.bold = True
