"""Chart XML python-pptx has no API for: combo line series, chart language, doughnut geometry."""

from __future__ import annotations

import copy
import math
from typing import Any

from lxml import etree
from pptx.chart.chart import Chart
from pptx.oxml.ns import qn

from briefing_app.model.balance import centred_top

Box = tuple[int, int, int, int]

#: The children of c:ser in a c:lineChart, in schema order (CT_LineSer).
_LINE_SER_ORDER = (
    "idx",
    "order",
    "tx",
    "spPr",
    "marker",
    "dPt",
    "dLbls",
    "trendline",
    "errBars",
    "cat",
    "val",
    "smooth",
    "extLst",
)


def set_language(chart: Chart) -> None:
    """Mark the chart's text as zh-CN (c:lang, right after c:date1904 as the schema orders)."""
    space = chart._chartSpace
    lang = space.find(qn("c:lang"))
    if lang is None:
        lang = etree.Element(qn("c:lang"))
        date = space.find(qn("c:date1904"))
        if date is not None:
            date.addnext(lang)
        else:
            space.insert(0, lang)
    lang.set("val", "zh-CN")


def move_series_to_line(chart: Chart, first: int) -> None:
    """Move the bar chart's series from index `first` on into a line chart on the same axes.

    This is PowerPoint's combo chart: the moved series stay in the workbook and the legend.
    """
    bar = chart._chartSpace.find(f".//{qn('c:barChart')}")
    series = bar.findall(qn("c:ser"))[first:]
    line = etree.Element(qn("c:lineChart"))
    etree.SubElement(line, qn("c:grouping"), val="standard")
    etree.SubElement(line, qn("c:varyColors"), val="0")
    for ser in series:
        bar.remove(ser)
        for tag in ("c:invertIfNegative", "c:pictureOptions", "c:shape"):
            for child in ser.findall(qn(tag)):
                ser.remove(child)
        etree.SubElement(ser, qn("c:smooth"), val="0")
        _sort(ser, _LINE_SER_ORDER)
        line.append(ser)
    etree.SubElement(line, qn("c:marker"), val="1")
    for ax_id in bar.findall(qn("c:axId")):
        line.append(copy.deepcopy(ax_id))
    bar.addnext(line)


def horizontal_labels(axis: Any) -> None:
    """Keep an axis' tick labels level (long Chinese categories wrap instead of turning 45°)."""
    body = axis._element.find(f"{qn('c:txPr')}/{qn('a:bodyPr')}")
    if body is not None:
        body.set("rot", "0")
        body.set("vert", "horz")


def first_slice_angle(chart: Chart, degrees: int) -> None:
    """Rotate a doughnut so that its first slice starts at `degrees` (270: the left side)."""
    chart._chartSpace.find(f".//{qn('c:firstSliceAng')}").set("val", str(degrees))


def ring_layout(
    chart: Chart,
    box: Box,
    hole: int,
    title: bool,
    half: bool = False,
    floor: int | None = None,
) -> Box:
    """Fix the doughnut's plot area to a square and return the box (EMU) inside its hole.

    For a half doughnut (`half`) the lower half is invisible; the returned box straddles the
    flat edge: the number inside the arc, a caption below it. Its arc and captions fill
    `box` (`half_ring_square`, the ring's lower edge not below `floor`); the chart's frame
    must be `half_ring_frame(box, title, hole, floor)`, reaching further down to hold the
    invisible half, since LibreOffice pulls a plot area back inside its chart.
    """
    doughnut = chart._chartSpace.find(f".//{qn('c:doughnutChart')}")
    doughnut.find(qn("c:holeSize")).set("val", str(hole))
    if half:
        px, py, side = half_ring_square(box, title, hole, floor)
        fx, fy, fcx, fcy = half_ring_frame(box, title, hole, floor)
    else:
        px, py, side = ring_square(box, title, legend=chart.has_legend)
        fx, fy, fcx, fcy = box
    _manual_layout(chart, px / fcx, py / fcy, side / fcx, side / fcy)
    centre_x, centre_y = fx + px + side / 2, fy + py + side / 2
    r = side / 2 * hole / 100
    if half:
        w, above, below = 1.7 * r, 0.75 * r, HALF_CAPTION * r
        return int(centre_x - w / 2), int(centre_y - above), int(w), int(above + below)
    inner = 1.36 * r
    return int(centre_x - inner / 2), int(centre_y - inner / 2), int(inner), int(inner)


#: How far a half ring's captions reach below its flat side, in hole radii.
HALF_CAPTION = 0.6


def half_ring_square(
    box: Box, title: bool, hole: int, floor: int | None = None
) -> tuple[float, float, float]:
    """Return the square of a half doughnut's whole ring (offset x, y in `box` and side, EMU).

    What shows, the upper half and the captions under its flat side, is as large as the band
    under the title allows and stands in its middle (`model.balance.centred_top`); the
    invisible lower half reaches below the box, but never below `floor` (the slide's bottom
    edge, absolute EMU), which bounds the ring's size.
    """
    _, y, cx, cy = box
    top = (0.13 if title else 0.03) * cy
    avail = (0.97 * cy) - top
    shown = 0.5 + 0.5 * hole / 100 * HALF_CAPTION  # the visible height per side
    side = min(cx * 0.96, avail / shown)
    if floor is not None:
        # The square's bottom, box-relative: top + (avail - shown * side) / 2 + side.
        room = floor - y - top - avail / 2
        side = max(0.0, min(side, room / (1 - shown / 2)))
    py = centred_top(side * shown, top, avail)
    return (cx - side) / 2, py, side


def half_ring_frame(box: Box, title: bool, hole: int, floor: int | None = None) -> Box:
    """Return the chart frame of a half doughnut laid out in `box`: the box, reaching down
    to hold the ring's invisible lower half (LibreOffice keeps a plot area in its chart)."""
    x, y, cx, cy = box
    _, py, side = half_ring_square(box, title, hole, floor)
    height = max(cy, math.ceil(py + side))
    return x, y, cx, height if floor is None else max(cy, min(height, floor - y))


def ring_square(box: Box, title: bool, legend: bool) -> tuple[float, float, float]:
    """Return the ring's square in a doughnut's `box`: its offset (x, y) and side, in EMU.

    Below a title's band, above a legend's (the outer radius is half the side).
    """
    _, _, cx, cy = box
    top = 0.13 if title else 0.03
    bottom = 0.86 if legend else 0.97
    avail = (bottom - top) * cy
    side = min(cx * 0.96, avail)
    return (cx - side) / 2, top * cy + (avail - side) / 2, side


def _manual_layout(chart: Chart, x: float, y: float, w: float, h: float) -> None:
    plot_area = chart._chartSpace.find(f".//{qn('c:plotArea')}")
    layout = plot_area.find(qn("c:layout"))
    if layout is None:
        layout = etree.Element(qn("c:layout"))
        plot_area.insert(0, layout)
    for child in list(layout):
        layout.remove(child)
    manual = etree.SubElement(layout, qn("c:manualLayout"))
    etree.SubElement(manual, qn("c:layoutTarget"), val="inner")
    etree.SubElement(manual, qn("c:xMode"), val="edge")
    etree.SubElement(manual, qn("c:yMode"), val="edge")
    for name, value in (("x", x), ("y", y), ("w", w), ("h", h)):
        etree.SubElement(manual, qn(f"c:{name}"), val=f"{value:.4f}")


def _sort(parent: etree._Element, order: tuple[str, ...]) -> None:
    rank = {qn(f"c:{name}"): i for i, name in enumerate(order)}
    children = sorted(parent, key=lambda e: rank.get(e.tag, len(order)))
    for child in children:
        parent.append(child)
