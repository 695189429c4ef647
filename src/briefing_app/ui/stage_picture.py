"""The picture of the stage's panel once its intro has played, kept for the next cross-fade."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

#: After this long on the stage a panel has finished its intro (count-ups 800 ms, chart
#: animations 700 ms; tests/ui/test_stage_picture.py keeps it above both) and stands still.
SETTLE_MS = 1000


class SettledPicture(QObject):
    """Renders the panel on the stage once it stands still, so that the cross-fade away from
    it shows this picture instead of rendering the panel again on the key press (a render
    costs about as much as the new panel's own first paint).

    The picture is of the panel as shown: it is dropped when the panel changes (another
    panel, another size, an edit shown in place) or is hovered (a highlight), and taken
    again once it has stood still for SETTLE_MS.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._widget: QWidget | None = None
        self._pixmap: QPixmap | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._take)

    def watch(self, widget: QWidget) -> None:
        """`widget` is now on the stage: picture it once it stands still."""
        self._widget = widget
        self.drop()

    def drop(self) -> None:
        """Forget the picture (the panel changed) and take a new one once it is still."""
        self._pixmap = None
        self._timer.start()

    def forget(self) -> None:
        """Forget the panel and its picture (the stage is rebuilding its panels)."""
        self._widget = None
        self._pixmap = None
        self._timer.stop()

    def picture_of(self, widget: QWidget) -> QPixmap | None:
        """Return the picture of `widget` as it stands, or None when there is none."""
        pixmap = self._pixmap
        if widget is not self._widget or pixmap is None:
            return None
        if pixmap.size() != widget.size() * pixmap.devicePixelRatio():
            return None
        return pixmap

    @property
    def ready(self) -> bool:
        return self._pixmap is not None

    def _take(self) -> None:
        widget = self._widget
        if widget is not None and widget.isVisible():
            self._pixmap = widget.grab()
