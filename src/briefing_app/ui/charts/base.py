"""The renderer base: one chart spec drawn into one pyqtgraph plot, frame by frame.

A renderer builds every item once in its final geometry (so axis ranges are fixed from the
final values and nothing jumps), then `set_progress(t)` only moves items: bars grow, arcs
sweep, labels count up. Hover is a hit test over `marks`, the items a reader can point at.
"""

from __future__ import annotations

import itertools
import math
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartKind, ChartSpec
from briefing_app.ui.charts import style
from briefing_app.ui.charts.items import ArcItem
from briefing_app.ui.charts.text import hover_text, series_values
from briefing_app.ui.theme import Theme


@dataclass
class Mark:
    """Something a reader can point at: a bar, slice, ring, marker or point, with its text.

    An item mark is hit inside the item's shape; a point mark (`point` in view coordinates)
    is hit within `radius` canvas px of where it is drawn.
    """

    series: int
    index: int
    text: str
    item: QGraphicsItem | None = None
    point: Callable[[], QPointF] | None = None
    radius: float = 28.0


@dataclass
class _ScaledText:
    item: pg.TextItem
    px: float
    bold: bool


class ChartRenderer(ABC):
    """Draws one chart spec into `layout`; subclasses build items and move them per frame."""

    kind: ClassVar[ChartKind]

    def __init__(
        self, spec: ChartSpec, briefing: Briefing, theme: Theme, layout: pg.GraphicsLayout
    ) -> None:
        self.spec = spec
        self.briefing = briefing
        self.theme = theme
        self.layout = layout
        self.scale = 1.0
        self.progress = 1.0
        self.marks: list[Mark] = []
        self._texts: list[_ScaledText] = []
        self._category_axes: list[tuple[str, tuple[str, ...], list[float]]] = []
        self.reference_lines: list[pg.InfiniteLine] = []
        self.plot: pg.PlotItem = layout.addPlot(row=1, col=0)
        self._freeze(self.plot)
        # Category labels wrap to the width of their slot, known only once the plot area
        # has its final geometry: follow the view box's size, not the widget's.
        self._wrapped: dict[str, tuple[str, ...]] = {}
        self.plot.vb.sigResized.connect(lambda *_: self.relayout())
        self.build()
        self.apply_scale(1.0)  # sizes pens and fonts and draws the final state

    # -- what subclasses write -------------------------------------------------------------

    @abstractmethod
    def build(self) -> None:
        """Create every item in its final geometry and fix the view range."""

    @abstractmethod
    def set_progress(self, t: float) -> None:
        """Draw the frame at `t` (0 = empty, 1 = the spec's values); linear in t."""

    @abstractmethod
    def drawn_values(self) -> dict[str, list[float]]:
        """Return the values as drawn now, read back from the items, by series name."""

    def on_scale(self, scale: float) -> None:  # noqa: B027 (an optional hook)
        """Resize pens and symbols for `scale`; fonts, axes and target lines are done already."""

    def refresh(self) -> None:
        """Take the data of `self.spec` (same shape as before, see `keeps_items`) onto the
        items built for the previous spec. This default builds the items again in the same
        plot; kinds that can set new values on their items override it."""
        self.rebuild()

    # -- an edited spec in place -----------------------------------------------------------

    def update(self, spec: ChartSpec, briefing: Briefing) -> None:
        """Show `spec`, a chart of the same kind, in this plot at the current progress: a
        running intro goes on towards the new values. The widget, plot, axes and view box
        stay; only items whose number changed are built again."""
        old, self.spec, self.briefing = self.spec, spec, briefing
        if self.keeps_items(old, spec):
            self.refresh()  # the fonts and pens stay: only the frame is drawn again
            self.set_progress(self.progress)
        else:
            self.rebuild()
            self.apply_scale(self.scale)  # fonts of the new texts, axes, the frame at progress

    @staticmethod
    def keeps_items(old: ChartSpec, new: ChartSpec) -> bool:
        """Return whether `new` differs from `old` only in values and words: as many
        categories, series (with their colours), reference lines (with their styles), and
        a band on both or neither."""
        return (
            old.kind == new.kind
            and len(old.categories) == len(new.categories)
            and [(len(s.values), s.color) for s in old.series]
            == [(len(s.values), s.color) for s in new.series]
            and [r.style for r in old.reference_lines] == [r.style for r in new.reference_lines]
            and (old.band is None) == (new.band is None)
        )

    def rebuild(self) -> None:
        """Build every item again for `self.spec` in the same plot."""
        self.plot.clear()
        self.marks.clear()
        self._texts.clear()
        self._category_axes.clear()
        self._wrapped.clear()
        self.reference_lines.clear()
        self.build()

    def set_categories(self, name: str, categories: tuple[str, ...]) -> None:
        """Show new category names on axis `name` (at the positions it has)."""
        for k, (axis, _, positions) in enumerate(self._category_axes):
            if axis == name:
                self._category_axes[k] = (axis, categories, positions)
                self._size_category_axis(axis, categories, positions)

    # -- shared machinery ------------------------------------------------------------------

    def values(self, series: int = 0) -> tuple[float, ...]:
        return series_values(self.spec, series)

    def hover_for(self, name: str, series: int, index: int) -> str:
        return hover_text(self.spec, self.briefing, name, series, index)

    def apply_scale(self, scale: float) -> None:
        """Set fonts, axis sizes and pens for a canvas drawn at `scale` x 1920x1080."""
        self.scale = scale
        for text in self._texts:
            text.item.setFont(style.chart_font(text.px * scale, text.bold))
        self.relayout()
        for line in self.reference_lines:
            line.setPen(self.pen(line.pen.color(), 3, dash=True))
        self.on_scale(scale)
        self.set_progress(self.progress)

    def relayout(self) -> None:
        """Fit the category labels to the space the chart has now (after a scale or resize)."""
        for name, categories, positions in self._category_axes:
            self._size_category_axis(name, categories, positions)

    def add_text(
        self,
        text: str,
        px: float,
        color: QColor | str,
        anchor: tuple[float, float],
        pos: tuple[float, float] = (0.0, 0.0),
        bold: bool = False,
    ) -> pg.TextItem:
        """Return a text item in view coordinates that keeps its pixel size when scaled."""
        item = pg.TextItem(text, color=QColor(color), anchor=anchor)
        item.setFont(style.chart_font(px * self.scale, bold))
        item.setPos(*pos)
        item.setZValue(20)
        self.plot.addItem(item, ignoreBounds=True)
        self.track_text(item, px, bold)
        return item

    def track_text(self, item: pg.TextItem, px: float, bold: bool = False) -> None:
        """Keep `item` at `px` canvas px through `apply_scale`."""
        item.setFont(style.chart_font(px * self.scale, bold))
        self._texts.append(_ScaledText(item, px, bold))

    @staticmethod
    def set_text(item: pg.TextItem, text: str) -> None:
        """Change a label only when its text changes (a count-up repeats most frames)."""
        if item.textItem.toPlainText() != text:
            item.setText(text)

    @staticmethod
    def set_html(item: pg.TextItem, html: str) -> None:
        """Change a rich label only when its markup changes."""
        if getattr(item, "_shown_html", None) != html:
            item._shown_html = html
            item.setHtml(html)
            # Centred lines need a text width; the ideal width keeps the anchor honest.
            item.textItem.setTextWidth(-1)
            item.setTextWidth(item.textItem.document().idealWidth())

    def category_axis(
        self, name: str, categories: tuple[str, ...], positions: list[float]
    ) -> pg.AxisItem:
        """Return axis `name` showing `categories` at `positions`, sized so none is dropped."""
        axis = self.plot.getAxis(name)
        axis.setPen(pg.mkPen(self.theme.grid, width=2))
        axis.setTextPen(pg.mkPen(self.theme.text))
        # The axis is sized explicitly from the CJK font (see _size_category_axis), so the
        # automatic text-space logic must not shrink it back.
        axis.setStyle(tickLength=0, autoExpandTextSpace=False, autoReduceTextSpace=False)
        self.plot.showAxis(name)
        self._category_axes.append((name, categories, positions))
        self._size_category_axis(name, categories, positions)
        return axis

    def _size_category_axis(
        self, name: str, categories: tuple[str, ...], positions: list[float]
    ) -> None:
        axis = self.plot.getAxis(name)
        font = style.chart_font(style.CATEGORY_PX * self.scale)
        if name in ("bottom", "top"):
            # Long Chinese names under narrow columns would run into each other: wrap each
            # into balanced lines that fit its slot.
            slot = self._slot_px(positions)
            categories = tuple(style.wrap_to_width(font, c, slot) for c in categories)
            if self._wrapped.get(name) == categories and axis.style["tickFont"] == font:
                return  # unchanged: no new axis height, no resize loop
            self._wrapped[name] = categories
        axis.setTicks([[(p, c) for p, c in zip(positions, categories, strict=True)], []])
        gap = max(1, round(style.AXIS_GAP * self.scale))
        # Labels may reach into the layout margin but never past the widget.
        axis.setStyle(
            tickFont=font, tickTextOffset=gap, hideOverlappingLabels=max(0, round(20 * self.scale))
        )
        lines = max(c.count("\n") + 1 for c in categories) if categories else 1
        if name in ("bottom", "top"):
            axis.setHeight(math.ceil(style.text_height(font) * lines * 1.15) + gap)
        else:
            widest = max((style.text_width(font, c) for c in categories), default=0.0)
            axis.setWidth(math.ceil(widest * 1.08) + 2 * gap)

    def _slot_px(self, positions: list[float]) -> float:
        """Return the pixel width of one category slot on the x axis (0 before layout)."""
        if len(positions) < 2:
            spacing = 1.0
        else:
            ordered = sorted(positions)
            spacing = min(b - a for a, b in itertools.pairwise(ordered)) or 1.0
        x_range = self.plot.vb.viewRange()[0]
        span = (x_range[1] - x_range[0]) or 1.0
        return float(self.plot.vb.width()) * spacing / span

    def value_axis(self, name: str) -> pg.AxisItem:
        """Return a numeric axis in the muted tick style."""
        axis = self.plot.getAxis(name)
        axis.setPen(pg.mkPen(self.theme.grid, width=2))
        axis.setTextPen(pg.mkPen(self.theme.muted))
        axis.setStyle(tickFont=style.chart_font(style.TICK_PX * self.scale))
        self.plot.showAxis(name)
        return axis

    def pen(self, color: QColor | str, width: float, dash: bool = False) -> QPen:
        """Return a cosmetic pen `width` canvas px wide at the current scale."""
        p = QPen(QColor(color))
        p.setWidthF(max(1.0, width * self.scale))
        p.setCosmetic(True)
        if dash:
            p.setStyle(Qt.PenStyle.DashLine)
        return p

    def set_range(self, x: tuple[float, float], y: tuple[float, float]) -> None:
        """Fix the view to `x` x `y` (no padding, no auto-range afterwards)."""
        self.plot.getViewBox().setRange(xRange=x, yRange=y, padding=0.0, update=True)

    @staticmethod
    def _freeze(plot: pg.PlotItem) -> None:
        """A briefing chart is a picture: no menu, no pan or zoom, no auto-range jumps."""
        plot.setMenuEnabled(False)
        plot.hideButtons()
        vb = plot.getViewBox()
        vb.setMouseEnabled(x=False, y=False)
        vb.disableAutoRange()
        vb.setDefaultPadding(0.0)
        for name in ("left", "bottom", "top", "right"):
            plot.hideAxis(name)

    # -- hover ---------------------------------------------------------------------------------

    def hover_text_at(self, scene_pos: QPointF) -> str:
        """Return the hover text of the mark under `scene_pos`, "" when there is none."""
        for mark in reversed(self.marks):  # topmost drawn last
            if self._hit(mark, scene_pos):
                return mark.text
        return ""

    def anchor_of(self, series: int, index: int) -> QPointF:
        """Return a scene point inside the mark of value `index` of `series`."""
        for mark in self.marks:
            if (mark.series, mark.index) == (series, index):
                if mark.point is not None:
                    at: QPointF = self.plot.getViewBox().mapViewToScene(mark.point())
                    return at
                assert mark.item is not None
                return mark.item.mapToScene(self.item_anchor(mark.item))
        raise KeyError((series, index))

    def item_anchor(self, item: QGraphicsItem) -> QPointF:
        """Return a point inside `item` in its own coordinates (the middle of its shape)."""
        if isinstance(item, ArcItem):  # a sector's bounding box centre may be in the hole
            return item.point_at()
        return item.boundingRect().center()

    def _hit(self, mark: Mark, scene_pos: QPointF) -> bool:
        if mark.point is not None:
            at = self.plot.getViewBox().mapViewToScene(mark.point())
            d = at - scene_pos
            return math.hypot(d.x(), d.y()) <= mark.radius * self.scale
        item = mark.item
        return bool(
            item is not None and item.isVisible() and item.contains(item.mapFromScene(scene_pos))
        )
