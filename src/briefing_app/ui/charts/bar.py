"""BAR: one column per category from series[0], value labels, target lines."""

from __future__ import annotations

from briefing_app.model.chart import ChartKind
from briefing_app.ui.charts import style
from briefing_app.ui.charts.bars import (
    REFERENCE_ROOM,
    add_reference_lines,
    column_value,
    label_share,
    make_bar,
    set_column,
    update_reference_lines,
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
        self.refs = add_reference_lines(self, series.number_format, self.unit)
        n = len(spec.categories)
        self.category_axis("bottom", spec.categories, list(range(n)))
        self._fit_range()

    def refresh(self) -> None:
        spec, series = self.spec, self.spec.series[0]
        self.unit = series_unit(spec, 0)
        for mark, category in zip(self.marks, spec.categories, strict=True):
            mark.text = self.hover_for(category, 0, mark.index)
        self.refs = update_reference_lines(self, series.number_format, self.unit)
        self.set_categories("bottom", spec.categories)
        self._fit_range()

    def reference_room(self) -> float:
        """Return the category slots kept right of the columns for the reference labels:
        wide enough for the widest label at the chart's current width, so a label never
        stands over a column or its value (at least `REFERENCE_ROOM`)."""
        if not self.refs:
            return 0.0
        n = len(self.spec.categories)
        width = float(self.plot.vb.width())
        font = style.chart_font(style.CATEGORY_PX * self.scale, True)
        widest = max(
            style.text_width(font, line.label.toPlainText()) + 10 + 8 * self.scale
            for line in self.reference_lines
        )
        if width <= widest * 1.05:
            return max(REFERENCE_ROOM, float(n))
        # the room r of n + r slots takes r * width / (n + r) px >= widest
        return max(REFERENCE_ROOM, widest * 1.05 * n / (width - widest * 1.05))

    def _fit_range(self) -> None:
        n = len(self.spec.categories)
        values = list(self.values(0))
        low = min([0.0, *values]) * 1.1
        right = n - 0.5 + self.reference_room()
        share = label_share(self, self.labels)
        top = value_top(values + self.refs, self.spec.y_max, low=low, label=share)
        self.set_range((-0.5, right), (low, top))

    def relayout(self) -> None:
        if hasattr(self, "refs"):  # built: the room first, the category labels then fit
            self._fit_range()
        super().relayout()

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
