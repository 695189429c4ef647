"""SCALE_BARS: horizontal bars of magnitude, labelled 千亿级 / 两千亿级 when the indicator says."""

from __future__ import annotations

from briefing_app.model.chart import ChartKind
from briefing_app.ui.charts import style
from briefing_app.ui.charts.bars import make_bar, row_value, set_row
from briefing_app.ui.charts.base import ChartRenderer, Mark
from briefing_app.ui.charts.text import indicator_of, series_unit, value_label

BAR_HEIGHT = 0.56


class ScaleBarsRenderer(ChartRenderer):
    """Categories top to bottom on the left axis; the bar end carries the label."""

    kind = ChartKind.SCALE_BARS

    def build(self) -> None:
        spec, series = self.spec, self.spec.series[0]
        self.unit = series_unit(spec, 0)
        n = len(spec.categories)
        self.rows = [float(n - 1 - i) for i in range(n)]
        color = style.colour(self.theme, series.color)
        self.bars = []
        self.labels = []
        self.fixed_labels: list[str | None] = []
        for i, category in enumerate(spec.categories):
            bar = make_bar(self, color)
            self.bars.append(bar)
            self.labels.append(
                self.add_text("", style.VALUE_PX, self.theme.text, (0.0, 0.5), bold=True)
            )
            ind = indicator_of(spec, 0, i)
            self.fixed_labels.append(ind.label if ind is not None and ind.label else None)
            self.marks.append(Mark(0, i, self.hover_for(category, 0, i), item=bar))
        self.category_axis("left", spec.categories, self.rows)
        self._fit_range()

    def refresh(self) -> None:
        spec = self.spec
        self.unit = series_unit(spec, 0)
        for i, category in enumerate(spec.categories):
            ind = indicator_of(spec, 0, i)
            self.fixed_labels[i] = ind.label if ind is not None and ind.label else None
            self.marks[i].text = self.hover_for(category, 0, i)
        self.set_categories("left", spec.categories)
        self._fit_range()

    def final_labels(self) -> list[str]:
        """Return each bar's label as the finished chart shows it (with its leading space)."""
        series = self.spec.series[0]
        return [
            f" {fixed if fixed is not None else value_label(v, series.point_format(i), self.unit)}"
            for i, (v, fixed) in enumerate(zip(self.values(0), self.fixed_labels, strict=True))
        ]

    def headroom_top(self, plot_px: float) -> float:
        """Return the value at the right edge: room after the longest bar for its label.

        Each bar's end is at value/top of the plot's width and its label needs its own width
        after it, so top is the largest value * W / (W - label width) over the bars (at least
        1.15 x the longest bar, and the spec's `y_max` when that is more).
        """
        values = list(self.values(0))
        longest = max([1.0, *values])
        top = longest * 1.15
        if plot_px > 0:
            font = style.chart_font(style.VALUE_PX * self.scale, True)
            room = plot_px * 0.98
            for value, label in zip(values, self.final_labels(), strict=True):
                # the text item's frame adds its document margin on both sides (4 px each)
                width = style.text_width(font, label) + 10 + 8 * self.scale
                if 0 < width < room:
                    top = max(top, value * room / (room - width))
                elif width >= room:
                    top = max(top, longest * 3.0)
        else:  # before the first layout: the usual room
            top = longest * 1.3
        return max(top, self.spec.y_max or 0.0)

    def _fit_range(self) -> None:
        values = list(self.values(0))
        top = self.headroom_top(float(self.plot.vb.width()))
        n = len(self.spec.categories)
        self.set_range((min([0.0, *values]), top), (-0.6, n - 0.4))

    def relayout(self) -> None:
        super().relayout()
        if hasattr(self, "fixed_labels"):  # built: the labels are known
            self._fit_range()

    def set_progress(self, t: float) -> None:
        self.progress = t
        series = self.spec.series[0]
        for i, value in enumerate(self.values(0)):
            fmt = series.point_format(i)
            shown = value * t
            set_row(self.bars[i], self.rows[i], BAR_HEIGHT, shown)
            self.labels[i].setPos(max(0.0, shown), self.rows[i])
            fixed = self.fixed_labels[i]
            text = fixed if fixed is not None else value_label(shown, fmt, self.unit)
            self.set_text(self.labels[i], f" {text}" if t > 0 else "")

    def drawn_values(self) -> dict[str, list[float]]:
        return {self.spec.series[0].name: [row_value(b) for b in self.bars]}
