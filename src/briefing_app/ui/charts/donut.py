"""DONUT: categories are slices of series[0]; the whole (`total`) sits in the middle.

Labels stand outside their slices when they fit there; when two would overlap or one would
leave the chart (many or thin slices, a narrow chart), they become a legend beside the ring.
The decision measures the labels' rectangles in pixels at the chart's current size.
"""

from __future__ import annotations

import math

from PySide6.QtWidgets import QGraphicsItem

from briefing_app.model.chart import ChartKind
from briefing_app.model.chart_whole import donut_total_label, donut_whole
from briefing_app.model.colors import TRACK
from briefing_app.model.donut_labels import Placement, Rect, labels_fit
from briefing_app.model.numbers import format_value
from briefing_app.ui.charts import style
from briefing_app.ui.charts.base import ChartRenderer, Mark
from briefing_app.ui.charts.items import ArcItem
from briefing_app.ui.charts.text import series_unit, value_label

OUTER = 1.0
INNER = 0.6
LABEL_RADIUS = 1.1
SLICE_GAP = 0.8  # degrees between slices
RADIAL_RANGE = ((-1.55, 1.55), (-1.45, 1.45))
LEGEND_X = 1.3  # the legend's left edge, in ring radii from the centre
CENTRE_SHARE = 0.82  # of the hole's diameter the centre text may take


class DonutRenderer(ChartRenderer):
    """Slices sweep clockwise from 12 o'clock; each labelled outside, or in a legend."""

    kind = ChartKind.DONUT

    def build(self) -> None:
        spec, series = self.spec, self.spec.series[0]
        self.plot.getViewBox().setAspectLocked(True)
        values = self.values(0)
        self.whole = donut_whole(spec) or 1.0
        self.unit = series_unit(spec, 0)
        self.track = ArcItem(INNER, OUTER, style.shade_colour(self.theme, TRACK))
        self.track.set_arc(0.0, 360.0)
        self.track.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # never changes
        self.plot.addItem(self.track, ignoreBounds=True)
        colours = style.series_colours(self.theme, series.color, len(values))
        self.arcs: list[ArcItem] = []
        self.slice_labels = []
        self.label_colours = [c.name() for c in colours]
        self.directions: list[tuple[float, float]] = []
        self.legend = False
        self.legend_shrink = 1.0
        self.centre_shrink = 1.0
        start = 0.0
        for i, (category, value) in enumerate(zip(spec.categories, values, strict=True)):
            arc = ArcItem(INNER, OUTER, colours[i], gap=SLICE_GAP if len(values) > 1 else 0.0)
            self.plot.addItem(arc, ignoreBounds=True)
            self.arcs.append(arc)
            self.marks.append(Mark(0, i, self.hover_for(category, 0, i), item=arc))
            span = value / self.whole * 360.0
            mid = math.radians(90.0 - (start + span / 2))
            start += span
            self.directions.append((math.cos(mid), math.sin(mid)))
            label = self.add_text("", style.VALUE_PX, self.theme.text, (0.5, 0.5))
            self.slice_labels.append(label)
        self.centre = self.add_text("", style.CENTRE_PX, self.theme.text, (0.5, 0.5))
        self._place_labels()

    # -- layout ------------------------------------------------------------------------------

    def relayout(self) -> None:
        super().relayout()
        if hasattr(self, "centre"):  # built
            self._place_labels()
            self.set_progress(self.progress)

    def _px_per_unit(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> float:
        vb = self.plot.vb
        w, h = float(vb.width()), float(vb.height())
        if w <= 0 or h <= 0:
            return 0.0
        return min(w / (x_range[1] - x_range[0]), h / (y_range[1] - y_range[0]))

    def label_size(self, i: int) -> tuple[float, float]:
        """Return the pixel width and height of slice `i`'s finished label (two lines)."""
        series = self.spec.series[0]
        cat = style.chart_font(style.CATEGORY_PX * self.scale)
        val = style.chart_font(style.VALUE_PX * self.scale, True)
        shown = value_label(self.values(0)[i], series.point_format(i), self.unit)
        width = max(style.text_width(cat, self.spec.categories[i]), style.text_width(val, shown))
        pad = 10 + 8 * self.scale  # the text item's frame
        return width + pad, (style.text_height(cat) + style.text_height(val)) * 1.2 + pad

    def radial_fits(self) -> bool:
        """Return whether the labels fit outside their slices: none overlaps another, and
        all stay inside the chart (the rule of `model.donut_labels`, the deck's too)."""
        x_range, y_range = RADIAL_RANGE
        ppu = self._px_per_unit(x_range, y_range)
        if ppu <= 0:
            return len(self.directions) <= 5
        sizes = [(w / ppu, h / ppu) for w, h in map(self.label_size, range(len(self.arcs)))]
        view = Rect(x_range[0], y_range[0], x_range[1], y_range[1])
        values = self.values(0)
        return labels_fit(values, self.whole, sizes, LABEL_RADIUS, Placement.OUTSIDE, view)

    def _place_labels(self) -> None:
        self.legend = not self.radial_fits()
        n = len(self.slice_labels)
        if not self.legend:
            for label, (x, y) in zip(self.slice_labels, self.directions, strict=True):
                label.setAnchor(((1 - x) / 2, (1 + y) / 2))
                label.setPos(LABEL_RADIUS * x, LABEL_RADIUS * y)
            x_range, y_range = RADIAL_RANGE
        else:  # a legend in one column right of the ring, in slice order
            x_range, y_range = self._legend_ranges()
            step = (y_range[1] * 2 - 0.1) / max(1, n)
            top = step * (n - 1) / 2
            font = style.chart_font(style.CATEGORY_PX * self.scale * self.legend_shrink)
            for i, label in enumerate(self.slice_labels):
                label.setAnchor((0.0, 0.5))
                label.setPos(LEGEND_X, top - i * step)
                label.setFont(font)  # the line's height follows its item's font too
        self.set_range(x_range, y_range)
        self._fit_centre(x_range, y_range)

    def legend_line(self, i: int) -> tuple[float, float]:
        """Return the pixel width and height of slice `i`'s legend line (■ name value)."""
        series = self.spec.series[0]
        cat = style.chart_font(style.CATEGORY_PX * self.scale)
        val = style.chart_font(style.VALUE_PX * self.scale, True)
        shown = value_label(self.values(0)[i], series.point_format(i), self.unit)
        width = style.text_width(cat, f"■ {self.spec.categories[i]} ") + style.text_width(
            val, shown
        )
        pad = 10 + 8 * self.scale
        return width + pad, style.text_height(val) * 1.25 + pad

    def _legend_ranges(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """Return view ranges holding the ring and, right of it, the legend's lines.

        In pixels: the ring and the gap take (1.1 + LEGEND_X) units, the widest line its own
        width, so one unit is at most (width - line) / (1.1 + LEGEND_X + 0.05) px, and at most
        height / 2.4 px; the lines are stacked one line height apart (more when there is room).
        """
        n = len(self.slice_labels)
        lines = [self.legend_line(i) for i in range(n)]
        widest = max((w for w, _ in lines), default=0.0)
        tallest = max((h for _, h in lines), default=0.0)
        vb = self.plot.vb
        w, h = float(vb.width()), float(vb.height())
        if w <= 0 or h <= 0:
            return (-1.1, LEGEND_X + 1.6), (-1.2, 1.2)
        ppu = max(1.0, min(h / 2.4, (w - widest) / (1.1 + LEGEND_X + 0.05)))
        # the lines share the full height; when even that is short they are set smaller
        self.legend_shrink = min(1.0, h * 0.92 / max(1.0, n * tallest))
        half = max(1.2, h / ppu / 2)
        return (-1.1, LEGEND_X + (widest * self.legend_shrink + 6) / ppu), (-half, half)

    def _fit_centre(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> None:
        """Shrink the centre total and its label until they fit inside the hole."""
        ppu = self._px_per_unit(x_range, y_range)
        if ppu <= 0:
            self.centre_shrink = 1.0
            return
        total = format_value(self.whole, self.spec.total_format())
        big = style.chart_font(style.CENTRE_PX * self.scale, True)
        unit = style.chart_font(style.CENTRE_PX * 0.45 * self.scale, True)
        small = style.chart_font(style.CENTRE_LABEL_PX * self.scale)
        width = max(
            style.text_width(big, total) + style.text_width(unit, self.unit),
            style.text_width(small, donut_total_label(self.spec)),
        )
        height = style.text_height(big) + style.text_height(small)
        hole = 2 * INNER * ppu * CENTRE_SHARE
        self.centre_shrink = min(1.0, hole / max(1.0, width), hole * 0.9 / max(1.0, height))

    # -- drawing -----------------------------------------------------------------------------

    def set_progress(self, t: float) -> None:
        self.progress = t
        series = self.spec.series[0]
        start = 0.0
        for i, (arc, value) in enumerate(zip(self.arcs, self.values(0), strict=True)):
            span = value / self.whole * 360.0 * t
            arc.set_arc(start, span)
            start += span
            shown = value_label(value * t, series.point_format(i), self.unit)
            self.set_html(self.slice_labels[i], self._slice_html(i, shown))
        self.set_html(
            self.centre, self._centre_html(format_value(self.whole * t, self.spec.total_format()))
        )

    def _slice_html(self, i: int, shown: str) -> str:
        cat_px = round(style.CATEGORY_PX * self.scale)
        val_px = round(style.VALUE_PX * self.scale)
        colour = self.label_colours[i]
        if self.legend:
            cat_px = round(cat_px * self.legend_shrink)
            val_px = round(val_px * self.legend_shrink)
            return (
                f"<div style='line-height:120%'><span style='font-size:{cat_px}px;"
                f"color:{colour}'>■</span> <span style='font-size:{cat_px}px;"
                f"color:{self.theme.text}'>{self.spec.categories[i]}</span> "
                f"<b style='font-size:{val_px}px;color:{colour}'>{shown}</b></div>"
            )
        return (
            f"<div style='text-align:center;line-height:120%'>"
            f"<span style='font-size:{cat_px}px;color:{self.theme.text}'>"
            f"{self.spec.categories[i]}</span><br>"
            f"<b style='font-size:{val_px}px;color:{colour}'>{shown}</b></div>"
        )

    def _centre_html(self, total: str) -> str:
        big = round(style.CENTRE_PX * self.scale * self.centre_shrink)
        small = round(style.CENTRE_LABEL_PX * self.scale * max(0.7, self.centre_shrink))
        label = donut_total_label(self.spec)
        unit = f"<b style='font-size:{round(big * 0.45)}px'>{self.unit}</b>" if self.unit else ""
        return (
            f"<div style='text-align:center'><b style='font-size:{big}px'>{total}</b>{unit}<br>"
            f"<span style='font-size:{small}px;color:{self.theme.muted}'>{label}</span></div>"
        )

    def drawn_values(self) -> dict[str, list[float]]:
        return {self.spec.series[0].name: [a.span / 360.0 * self.whole for a in self.arcs]}
