"""Zoom into a region of a panel: a picture of the region filling the canvas, and the
rectangle the presenter drags to choose it. Regions are canvas fractions (0..1)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from briefing_app.ui.stage import canvas_of_stage, canvas_rect

FULL = QRectF(0.0, 0.0, 1.0, 1.0)
MIN_SIDE = 0.05  # never zoom more than 20 times
STEP = 0.8  # one notch of Ctrl+wheel keeps 80 % of the region


def fit_region(region: QRectF) -> QRectF:
    """Return `region` grown to the canvas's 16:9 shape about its centre, inside the canvas."""
    width = max(region.width(), region.height(), MIN_SIDE)
    width = min(width, 1.0)
    centre = region.center()
    x = min(max(centre.x() - width / 2, 0.0), 1.0 - width)
    y = min(max(centre.y() - width / 2, 0.0), 1.0 - width)
    return QRectF(x, y, width, width)


def zoom_about(region: QRectF | None, point: QPointF, zoom_in: bool) -> QRectF | None:
    """Return the region after one wheel notch about `point` (fractions); None: no zoom."""
    current = region or FULL
    factor = STEP if zoom_in else 1 / STEP
    side = current.width() * factor
    if side >= 0.999:
        return None
    x = point.x() - (point.x() - current.x()) * factor
    y = point.y() - (point.y() - current.y()) * factor
    return fit_region(QRectF(x, y, side, side))


class ZoomOverlay(QWidget):
    """Covers a stage: shows `region` of the panel enlarged to the whole canvas, or the
    rubber band being dragged, or nothing (hidden)."""

    def __init__(self, stage: QWidget) -> None:
        super().__init__(stage)
        self.setObjectName("zoom")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._region: QRectF | None = None
        self._rubber: QRectF | None = None
        self._picture: QPixmap | None = None
        self.hide()

    @property
    def region(self) -> QRectF | None:
        return self._region

    def set_region(self, region: QRectF | None, picture: QPixmap | None) -> None:
        """Show `region` of `picture` (the panel as drawn), or nothing for None."""
        self._region, self._picture, self._rubber = region, picture, None
        self._update_visibility()

    def set_rubber(self, rubber: QRectF | None) -> None:
        self._rubber = rubber
        self._update_visibility()

    def _update_visibility(self) -> None:
        stage = self.parentWidget()
        if stage is None or (self._region is None and self._rubber is None):
            self.hide()
            return
        self.setGeometry(stage.rect())
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        canvas = canvas_rect(self.width(), self.height(), canvas_of_stage(self))
        painter = QPainter(self)
        if self._region is not None and self._picture is not None:
            pic = self._picture
            w = pic.width() / pic.devicePixelRatio()
            h = pic.height() / pic.devicePixelRatio()
            dpr = pic.devicePixelRatio()
            source = QRectF(
                self._region.x() * w * dpr,
                self._region.y() * h * dpr,
                self._region.width() * w * dpr,
                self._region.height() * h * dpr,
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(QRectF(canvas), pic, source)
        if self._rubber is not None:
            r = self._rubber
            band = QRectF(
                canvas.x() + r.x() * canvas.width(),
                canvas.y() + r.y() * canvas.height(),
                r.width() * canvas.width(),
                r.height() * canvas.height(),
            )
            painter.setPen(QPen(QColor("#E3BF4F"), 3, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(227, 191, 79, 40))
            painter.drawRect(band)
