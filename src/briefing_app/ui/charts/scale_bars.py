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
            ind = indicator_of(spec, self.briefing, 0, i)
            self.fixed_labels.append(ind.label if ind is not None and ind.label else None)
            self.marks.append(Mark(0, i, self.hover_for(category, 0, i), item=bar))
        self.category_axis("left", spec.categories, self.rows)
        values = list(self.values(0))
        top = spec.y_max or max([1.0, *values]) * 1.3
        self.set_range((min([0.0, *values]), top), (-0.6, n - 0.4))

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
