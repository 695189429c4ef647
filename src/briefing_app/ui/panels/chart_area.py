"""ChartArea: the live chart of a panel, or a framed text placeholder until charts exist.

The live chart comes from `briefing_app.ui.charts.create_chart_view`, imported when a chart
area is built (never at module level: pyqtgraph costs ~0.4 s at start-up and most panels
have no chart). The placeholder is used only while that module has no `create_chart_view`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartSpec
from briefing_app.model.numbers import format_number
from briefing_app.model.typescale import Role
from briefing_app.ui.panels.parts import Surface, Text
from briefing_app.ui.theme import Theme


def placeholder_rows(spec: ChartSpec) -> list[str]:
    """Return the chart's categories and values as lines of text, e.g. '新开工  187 个'."""
    rows = []
    for i, category in enumerate(spec.categories):
        values = []
        for series in spec.series:
            if i < len(series.resolved):
                number = series.format_at(i, series.resolved[i])
            elif i < len(series.values):
                number = str(series.values[i])
            else:
                continue
            unit = series.unit or spec.unit
            label = f"{series.name} " if len(spec.series) > 1 else ""
            values.append(f"{label}{number} {unit}".strip())
        rows.append(f"{category}：" + "，".join(values))
    if spec.resolved_total is not None:
        total = format_number(spec.resolved_total, 0 if spec.resolved_total.is_integer() else 1)
        rows.append(f"{spec.total_label or '合计'}：{total} {spec.unit or ''}".strip())
    return rows


class ChartPlaceholder(Surface):
    """A framed stand-in for a chart: its title, then its categories and values as text."""

    def __init__(self, spec: ChartSpec, title: str, theme: Theme) -> None:
        super().__init__(theme, bar="", padding=(40, 36, 40, 36), spacing=14)
        self.title = Text(spec.title or title, Role.CARD_LABEL, theme.primary, bold=True)
        self.box.addWidget(self.title)
        for row in placeholder_rows(spec):
            self.box.addWidget(Text(row, Role.BODY, theme.text))
        self.box.addStretch(1)


class ChartArea(QWidget):
    """The chart of a chart panel or task; forwards scale, intro and hover to the chart view."""

    sig_hovered = Signal(str)

    #: Canvas px: below this a chart's value labels crowd its bars; the text gives way first.
    MIN_HEIGHT = 380

    def __init__(self, spec: ChartSpec, briefing: Briefing, theme: Theme, title: str = "") -> None:
        super().__init__()
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view: Any = None
        try:
            from briefing_app.ui.charts import create_chart_view
        except ImportError:
            self.placeholder: ChartPlaceholder | None = ChartPlaceholder(spec, title, theme)
            layout.addWidget(self.placeholder)
        else:
            self.placeholder = None
            self.view = create_chart_view(spec, briefing, theme, self)
            self.view.sig_hovered.connect(self.sig_hovered)
            layout.addWidget(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def is_live(self) -> bool:
        """Return whether a live chart is shown (not the placeholder)."""
        return self.view is not None

    def update_spec(self, spec: ChartSpec, briefing: Briefing) -> bool:
        """Show an edited chart of the same kind in the live view in place; False when it
        cannot be (a placeholder, another kind): then the area must be built again."""
        if self.view is None or not self.view.update_spec(spec, briefing):
            return False
        self.spec = spec
        return True

    def rescale(self, scale: float, fit: float) -> None:
        self.setMinimumHeight(round(self.MIN_HEIGHT * scale * min(1.0, fit)))
        if self.view is not None:
            self.view.apply_scale(scale)

    def play(self, animated: bool) -> None:
        if self.view is not None:
            self.view.play(animated)

    def finish(self) -> None:
        if self.view is not None:
            self.view.finish()
