"""LINE_TARGET: a tracked series over periods against a target band; outliers are marked."""

from __future__ import annotations

from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from briefing_app.model.chart import ChartKind
from briefing_app.model.colors import BAND_TOKEN, alert_token
from briefing_app.model.numbers import excel_format, format_point, written_decimals
from briefing_app.ui.charts import style
from briefing_app.ui.charts.bars import REFERENCE_ROOM, add_reference_lines, make_bar
from briefing_app.ui.charts.base import ChartRenderer, Mark
from briefing_app.ui.charts.text import series_unit, value_label


class LineTargetRenderer(ChartRenderer):
    """The line rises from the axis floor; points outside the band are solid and larger."""

    kind = ChartKind.LINE_TARGET

    def build(self) -> None:
        spec, series = self.spec, self.spec.series[0]
        self.unit = series_unit(spec, 0)
        values = list(self.values(0))
        n = len(spec.categories)
        self.xs = np.arange(n, dtype=float)
        self.ys = np.array(values, dtype=float)
        band = spec.band
        self.outside = [band is not None and not band.low <= v <= band.high for v in values]
        self.line_colour = style.colour(self.theme, series.color)
        self.alert = style.colour(self.theme, alert_token(series.color))
        if band is not None:
            area = make_bar(self, style.faded(style.colour(self.theme, BAND_TOKEN), 45))
            area.setRect(-0.5, band.low, n + REFERENCE_ROOM, band.high - band.low)
            area.setZValue(-5)
            low_text = format_point(band.low, written_decimals(band.low), series.number_format)
            high_fmt = series.number_format or excel_format(written_decimals(band.high))
            text = (
                band.label or f"目标区间 {low_text}–{value_label(band.high, high_fmt, self.unit)}"
            )
            self.add_text(
                text,
                style.CATEGORY_PX,
                style.colour(self.theme, BAND_TOKEN),
                (0.0, 0.0),
                pos=(-0.45, band.high),
            )
        refs = add_reference_lines(self, series.number_format, self.unit)
        self.line = pg.PlotDataItem()
        self.line.setZValue(10)
        self.plot.addItem(self.line, ignoreBounds=True)
        self.labels = []
        for i, category in enumerate(spec.categories):
            color = self.alert if self.outside[i] else self.theme.text
            # Clear of the symbol: the anchor is in label heights, symbol and font scale alike.
            lift = 1.55 if self.outside[i] else 1.3
            self.labels.append(self.add_text("", style.VALUE_PX, color, (0.5, lift), bold=True))
            self.marks.append(
                Mark(
                    0,
                    i,
                    self.hover_for(category, 0, i),
                    point=partial(self._point_at, i),
                    radius=style.MARKER_PX * 1.4,
                )
            )
        self.category_axis("bottom", spec.categories, list(self.xs))
        self.value_axis("left")
        bounds = values + refs + ([band.low, band.high] if band else [])
        low = min([0.0, *bounds])
        high = spec.y_max or max([0.0, *bounds]) * 1.25 or 1.0
        self.floor = low if low > 0 else 0.0
        # Room on the right for the reference lines' labels, clear of the last point's label.
        right = n - 0.5 + (REFERENCE_ROOM if refs else 0.0)
        self.set_range((-0.5, right), (low * 1.15 if low < 0 else low, high))

    def _point_at(self, i: int) -> QPointF:
        return QPointF(float(self.xs[i]), float(self.ys[i]))

    def set_progress(self, t: float) -> None:
        self.progress = t
        values = self.values(0)
        series = self.spec.series[0]
        for i, value in enumerate(values):
            self.ys[i] = self.floor + (value - self.floor) * t
            self.labels[i].setPos(self.xs[i], self.ys[i])
            fmt = series.point_format(i)
            self.set_text(self.labels[i], value_label(self.ys[i], fmt, self.unit))
        self.line.setData(self.xs, self.ys, **self._symbols)

    def on_scale(self, scale: float) -> None:
        size = style.MARKER_PX * scale
        surface = pg.mkBrush(self.theme.surface)
        alert = pg.mkBrush(self.alert)
        self._symbols = {
            "pen": self.pen(self.line_colour, style.LINE_WIDTH),
            "symbol": "o",
            "symbolSize": [size * 1.5 if out else size for out in self.outside],
            "symbolBrush": [alert if out else surface for out in self.outside],
            "symbolPen": [
                self.pen(self.alert if out else self.line_colour, 4) for out in self.outside
            ],
        }
        axis = self.plot.getAxis("left")
        axis.setStyle(
            tickFont=style.chart_font(style.TICK_PX * scale),
            tickTextOffset=max(1, round(style.AXIS_GAP * scale)),
        )
        axis.setWidth(round(90 * scale))

    def drawn_values(self) -> dict[str, list[float]]:
        _, y = self.line.getData()
        return {self.spec.series[0].name: [float(v) for v in y]}
