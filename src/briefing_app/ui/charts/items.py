"""Graphics items pyqtgraph lacks: the annular sector of a donut slice or a progress ring."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem


class ArcItem(QGraphicsPathItem):
    """An annular sector in view coordinates (y up), centred on the origin.

    Angles are degrees clockwise from 12 o'clock, as a reader reads a pie. `span` is what is
    drawn right now, so `drawn_values()` reads it back rather than trusting the spec.
    """

    def __init__(self, inner: float, outer: float, color: QColor, gap: float = 0.0) -> None:
        super().__init__()
        self.inner = inner
        self.outer = outer
        # Degrees left blank at each end so neighbouring slices read apart; cheaper than
        # stroking a separator pen around every curved path on each frame.
        self.gap = gap
        self.start = 0.0
        self.span = -1.0  # forces the first set_arc to build a path
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QBrush(color))
        self.set_arc(0.0, 0.0)

    def set_arc(self, start: float, span: float) -> None:
        """Draw the sector from `start` over `span` degrees (0 draws nothing).

        `start` and `span` are kept as given (the value drawn); the path leaves out `gap`.
        """
        if start == self.start and span == self.span:
            return
        self.start, self.span = start, span
        path = QPainterPath()
        outer = QRectF(-self.outer, -self.outer, 2 * self.outer, 2 * self.outer)
        inner = QRectF(-self.inner, -self.inner, 2 * self.inner, 2 * self.inner)
        if span >= 360.0:
            path.setFillRule(Qt.FillRule.OddEvenFill)
            path.addEllipse(outer)
            path.addEllipse(inner)
        elif span > self.gap:
            start += self.gap / 2
            span -= self.gap
            # QPainterPath angles run counter-clockwise from 3 o'clock in a y-down system; in
            # the view's y-up coordinates that is clockwise, so 12 o'clock is -90 degrees.
            qt_start = start - 90.0
            path.arcMoveTo(outer, qt_start)
            path.arcTo(outer, qt_start, span)
            path.arcTo(inner, qt_start + span, -span)
            path.closeSubpath()
        self.setPath(path)

    def shape(self) -> QPainterPath:
        """Return the sector itself: the default adds the pen, whose cosmetic width Qt would
        take in view units (a 4 px separator would cover the whole chart)."""
        return self.path()

    def point_at(self, fraction: float = 0.5, radius: float | None = None) -> QPointF:
        """Return the point `fraction` along the drawn arc at `radius` (mid-ring by default)."""
        r = (self.inner + self.outer) / 2 if radius is None else radius
        angle = math.radians(90.0 - (self.start + self.span * fraction))
        return QPointF(r * math.cos(angle), r * math.sin(angle))
