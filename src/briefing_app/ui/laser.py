"""The laser pointer: a red dot drawn over a stage's panel, placed in canvas fractions."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRadialGradient
from PySide6.QtWidgets import QWidget

from briefing_app.ui.stage import canvas_of_stage, canvas_rect

LASER_COLOUR = QColor("#FF1A1A")


class LaserOverlay(QWidget):
    """Covers a stage, lets every mouse event through, and paints the dot (or nothing).

    The point is a fraction (0..1, 0..1) of the 16:9 canvas, so the same point shows at the
    same place of the panel on the console's preview and on the audience screen.
    """

    def __init__(self, stage: QWidget) -> None:
        super().__init__(stage)
        self.setObjectName("laser")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._point: QPointF | None = None
        self.hide()

    @property
    def point(self) -> QPointF | None:
        return self._point

    def set_point(self, point: QPointF | None) -> None:
        """Show the dot at `point` (canvas fractions), or hide it for None."""
        self._point = point
        stage = self.parentWidget()
        if point is None or stage is None:
            self.hide()
            return
        self.setGeometry(stage.rect())
        self.show()
        self.raise_()
        self.update()

    def dot_position(self) -> QPointF | None:
        """Return where the dot is drawn in this widget's pixels, None when hidden."""
        if self._point is None:
            return None
        canvas = canvas_rect(self.width(), self.height(), canvas_of_stage(self))
        return QPointF(
            canvas.x() + self._point.x() * canvas.width(),
            canvas.y() + self._point.y() * canvas.height(),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        centre = self.dot_position()
        if centre is None:
            return
        # by the height: the dot is as large on a 4:3 canvas as on 16:9 (width / 120 there)
        canvas = canvas_rect(self.width(), self.height(), canvas_of_stage(self))
        radius = max(6.0, canvas.height() / 67.5)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        glow = QRadialGradient(centre, radius * 2.2)
        glow.setColorAt(0.0, QColor(255, 40, 40, 220))
        glow.setColorAt(0.45, QColor(255, 26, 26, 140))
        glow.setColorAt(1.0, QColor(255, 0, 0, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(glow)
        painter.drawEllipse(
            QRectF(centre.x() - radius * 2.2, centre.y() - radius * 2.2, radius * 4.4, radius * 4.4)
        )
        painter.setBrush(LASER_COLOUR)
        painter.drawEllipse(centre, radius * 0.6, radius * 0.6)
