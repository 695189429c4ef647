"""Image: a photo or a map from the briefing's folder, fitted to the body, its caption below."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from briefing_app.model.panels import ImagePanel, PanelKind
from briefing_app.model.typescale import Role
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.parts import Text


def pixmap_of(data: bytes) -> QPixmap:
    """Return the picture of a PNG or JPEG file's bytes (null when they cannot be read)."""
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    return pixmap


class Picture(QWidget):
    """A picture drawn whole and centred in its rectangle at its own proportions.

    `height` (canvas px, 0: take the space given) fixes the height of a logo; the width
    follows the picture's proportions.
    """

    def __init__(self, data: bytes, *, height: int = 0) -> None:
        super().__init__()
        self.pixmap = pixmap_of(data)
        self._height = height
        if height:
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rescale(1.0, 1.0)

    def rescale(self, scale: float, fit: float) -> None:
        if self._height and not self.pixmap.isNull():
            h = max(1, round(self._height * scale))
            ratio = self.pixmap.width() / max(1, self.pixmap.height())
            self.setFixedSize(max(1, round(h * ratio)), h)
        self.update()

    def drawn_rect(self) -> QRectF:
        """Return where the picture is drawn: as large as fits, centred, never distorted."""
        if self.pixmap.isNull():
            return QRectF()
        w, h = self.width(), self.height()
        ratio = min(w / self.pixmap.width(), h / self.pixmap.height())
        dw, dh = self.pixmap.width() * ratio, self.pixmap.height() * ratio
        return QRectF((w - dw) / 2, (h - dh) / 2, dw, dh)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.pixmap.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(self.drawn_rect(), self.pixmap, QRectF(self.pixmap.rect()))
        painter.end()


class ImagePanelWidget(PanelWidget):
    """The picture takes the body, as large as it fits; the caption is centred under it."""

    kind = PanelKind.IMAGE
    max_fit = 1.1

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, ImagePanel)
        self.picture = Picture(panel.image_data)
        self.body.addWidget(self.picture, 1)
        self.intro(self.picture)
        centre = Qt.AlignmentFlag.AlignHCenter
        self.caption = Text(panel.caption, Role.CAPTION, self.theme.muted, align=centre)
        self.caption.setVisible(bool(panel.caption))
        self.body.addWidget(self.caption)
