"""GROUPED_BAR: categories are groups, one column per series side by side, with a legend."""

from __future__ import annotations

import pyqtgraph as pg

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

GROUP_WIDTH = 0.8  # of a category slot, shared by the group's columns


class GroupedBarRenderer(ChartRenderer):
    """Per group one column per series (e.g. 2022 achieved, 2023 planned), labelled."""

    kind = ChartKind.GROUPED_BAR

    def build(self) -> None:
        spec = self.spec
        count = len(spec.series)
        self.slot = GROUP_WIDTH / max(1, count)
        colours = style.grouped_colours(self.theme, [s.color for s in spec.series])
        self.bars: list[list] = []
        self.labels: list[list] = []
        self.colours = []
        for k, series in enumerate(spec.series):
            color = colours[k]
            self.colours.append(color)
            bars, labels = [], []
            for i, category in enumerate(spec.categories):
                bar = make_bar(self, color)
                bars.append(bar)
                labels.append(
                    self.add_text("", style.VALUE_PX, self.theme.text, (0.5, 1.0), bold=True)
                )
                self.marks.append(
                    Mark(k, i, self.hover_for(f"{category} / {series.name}", k, i), item=bar)
                )
            self.bars.append(bars)
            self.labels.append(labels)
        refs = add_reference_lines(self, spec.series[0].number_format, series_unit(spec, 0))
        if getattr(self, "legend", None) is None:  # built again in place: the legend stays
            self.legend = pg.LabelItem(justify="right")
            self.layout.addItem(self.legend, row=0, col=0)
        n = len(spec.categories)
        self.category_axis("bottom", spec.categories, list(range(n)))
        self._fit_range(refs)

    def refresh(self) -> None:
        spec = self.spec
        for mark in self.marks:
            name = f"{spec.categories[mark.index]} / {spec.series[mark.series].name}"
            mark.text = self.hover_for(name, mark.series, mark.index)
        refs = update_reference_lines(self, spec.series[0].number_format, series_unit(spec, 0))
        self.set_categories("bottom", spec.categories)
        self._fit_range(refs)
        self.on_scale(self.scale)  # the legend names the series

    def relayout(self) -> None:
        if hasattr(self, "refs"):  # built: the labels' room follows the plot's height
            self._fit_range(self.refs)
        super().relayout()

    def _fit_range(self, refs: list[float]) -> None:
        self.refs = refs
        n = len(self.spec.categories)
        values = [v for k in range(len(self.spec.series)) for v in self.values(k)]
        low = min([0.0, *values]) * 1.1
        right = n - 0.5 + (REFERENCE_ROOM if refs else 0.0)
        share = label_share(self, [label for row in self.labels for label in row])
        top = value_top(values + refs, self.spec.y_max, low=low, label=share)
        self.set_range((-0.5, right), (low, top))

    def _centre(self, k: int, i: int) -> float:
        return i - GROUP_WIDTH / 2 + self.slot * (k + 0.5)

    def set_progress(self, t: float) -> None:
        self.progress = t
        for k, series in enumerate(self.spec.series):
            unit = series_unit(self.spec, k)
            for i, value in enumerate(self.values(k)):
                shown = value * t
                x = self._centre(k, i)
                set_column(self.bars[k][i], x, self.slot * 0.86, shown)
                self.labels[k][i].setPos(x, max(0.0, shown))
                self.set_text(self.labels[k][i], value_label(shown, series.point_format(i), unit))

    def on_scale(self, scale: float) -> None:
        px = round(style.LEGEND_PX * scale)
        parts = [
            f"<span style='color:{c.name()}'>■</span>&nbsp;{s.name}"
            for c, s in zip(self.colours, self.spec.series, strict=True)
        ]
        self.legend.item.setFont(style.chart_font(px))
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts), size=f"{px}px", color=self.theme.text
        )

    def drawn_values(self) -> dict[str, list[float]]:
        return {
            s.name: [column_value(b) for b in self.bars[k]] for k, s in enumerate(self.spec.series)
        }
