"""Pieces shared by the bar kinds: rectangle bars in view coordinates and target lines."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from briefing_app.model.chart import ReferenceLine
from briefing_app.model.colors import reference_token
from briefing_app.ui.charts import style
from briefing_app.ui.charts.base import ChartRenderer
from briefing_app.ui.charts.text import reference_value, value_label

#: Extra category slots on the right where reference-line labels sit, clear of the data.
REFERENCE_ROOM = 0.9


def make_bar(renderer: ChartRenderer, color: QColor) -> QGraphicsRectItem:
    """Return an empty bar added to the renderer's plot."""
    bar = QGraphicsRectItem()
    bar.setPen(QPen(Qt.PenStyle.NoPen))
    bar.setBrush(QBrush(color))
    renderer.plot.addItem(bar, ignoreBounds=True)
    return bar


def set_column(bar: QGraphicsRectItem, centre: float, width: float, value: float) -> None:
    """Make `bar` a column of height `value` (negative goes down) centred at `centre`."""
    bar.setRect(QRectF(centre - width / 2, min(0.0, value), width, abs(value)))


def set_row(bar: QGraphicsRectItem, centre: float, height: float, value: float) -> None:
    """Make `bar` a horizontal bar of length `value` centred at `centre` on the y axis."""
    bar.setRect(QRectF(min(0.0, value), centre - height / 2, abs(value), height))


def column_value(bar: QGraphicsRectItem) -> float:
    """Return the value a column shows, read back from its rectangle."""
    rect = bar.rect()
    return rect.y() if rect.y() < 0 else rect.height()


def row_value(bar: QGraphicsRectItem) -> float:
    """Return the value a horizontal bar shows, read back from its rectangle."""
    rect = bar.rect()
    return rect.x() if rect.x() < 0 else rect.width()


def reference_text(ref: ReferenceLine, number_format: str | None, unit: str) -> str:
    """Return the label of a reference line: its words and its value, '目标 10%'."""
    shown = value_label(reference_value(ref), ref.shown_format(number_format), unit)
    return f"{ref.label} {shown}".strip()


def update_reference_lines(
    renderer: ChartRenderer, number_format: str | None, unit: str
) -> list[float]:
    """Move the lines `add_reference_lines` drew to the spec's values and relabel them (as
    many lines, of the same styles); return their values."""
    values = []
    for ref, line in zip(renderer.spec.reference_lines, renderer.reference_lines, strict=True):
        value = reference_value(ref)
        values.append(value)
        line.label.setFormat(reference_text(ref, number_format, unit))
        line.setValue(value)
    return values


def add_reference_lines(
    renderer: ChartRenderer, number_format: str | None, unit: str
) -> list[float]:
    """Draw the spec's reference lines as dashed horizontal lines; return their values."""
    values = []
    for ref in renderer.spec.reference_lines:
        value = reference_value(ref)
        values.append(value)
        color = style.colour(renderer.theme, reference_token(ref.style))
        line = pg.InfiniteLine(
            pos=value,
            angle=0,
            movable=False,
            pen=renderer.pen(color, 3, dash=True),
            label=reference_text(ref, number_format, unit),
            labelOpts={"position": 0.99, "color": color, "anchors": [(1, 1), (1, 1)]},
        )
        line.setZValue(15)
        renderer.plot.addItem(line, ignoreBounds=True)
        renderer.track_text(line.label, style.CATEGORY_PX, bold=True)
        renderer.reference_lines.append(line)
    return values


def value_top(
    values: list[float],
    y_max: float | None,
    headroom: float = 1.22,
    *,
    low: float = 0.0,
    label: float = 0.0,
) -> float:
    """Return the top of a value axis: the spec's y_max, else room above the largest value.

    `label` is the share of the plot's height a value label standing on a column takes
    (`label_share`): the top leaves the largest column that much room under it, so on a
    short plot its label is not cut off by the plot's top edge.
    """
    highest = max([0.0, *values])
    top = y_max if y_max is not None else highest * headroom
    if 0.0 < label < 0.9 and highest > 0:
        # highest + label * (top - low) <= top
        top = max(top, (highest - label * low) / (1.0 - label))
    return top if top > 0 else 1.0


def label_share(renderer: ChartRenderer, labels: Sequence[pg.TextItem]) -> float:
    """Return the share of the plot's height that the tallest of `labels` takes at the
    chart's current size (its real height: the font's line and the item's margins); 0 before
    the plot is laid out."""
    plot_px = float(renderer.plot.vb.height())
    if plot_px <= 1 or not labels:
        return 0.0
    tallest = max(float(label.textItem.boundingRect().height()) for label in labels)
    return float((tallest + 2 * renderer.scale) / plot_px)
