"""BAR: one column per category from series[0], value labels, target lines."""

from __future__ import annotations

from briefing_app.model.chart import ChartKind
from briefing_app.ui.charts import style
from briefing_app.ui.charts.bars import (
    REFERENCE_ROOM,
    add_reference_lines,
    column_value,
    make_bar,
    set_column,
    value_top,
)
from briefing_app.ui.charts.base import ChartRenderer, Mark
from briefing_app.ui.charts.text import series_unit, value_label

BAR_WIDTH = 0.56  # of a category slot


class BarRenderer(ChartRenderer):
    """Columns in the series colour with their value above; targets as dashed lines."""

    kind = ChartKind.BAR

    def build(self) -> None:
        spec, series = self.spec, self.spec.series[0]
        self.unit = series_unit(spec, 0)
        color = style.colour(self.theme, series.color)
        self.bars = []
        self.labels = []
        for i, category in enumerate(spec.categories):
            bar = make_bar(self, color)
            self.bars.append(bar)
            self.labels.append(
                self.add_text("", style.VALUE_PX, self.theme.text, (0.5, 1.0), bold=True)
            )
            self.marks.append(Mark(0, i, self.hover_for(category, 0, i), item=bar))
        refs = add_reference_lines(self, series.number_format, self.unit)
        n = len(spec.categories)
        self.category_axis("bottom", spec.categories, list(range(n)))
        values = list(self.values(0))
        low = min([0.0, *values]) * 1.1
        right = n - 0.5 + (REFERENCE_ROOM if refs else 0.0)
        self.set_range((-0.5, right), (low, value_top(values + refs, spec.y_max)))

    def set_progress(self, t: float) -> None:
        self.progress = t
        series = self.spec.series[0]
        for i, (bar, label, value) in enumerate(
            zip(self.bars, self.labels, self.values(0), strict=True)
        ):
            fmt = series.point_format(i)
            shown = value * t
            set_column(bar, i, BAR_WIDTH, shown)
            label.setPos(i, max(0.0, shown))
            self.set_text(label, value_label(shown, fmt, self.unit))

    def drawn_values(self) -> dict[str, list[float]]:
        return {self.spec.series[0].name: [column_value(b) for b in self.bars]}
