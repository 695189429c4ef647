"""The overview grid of all panels: arrows and Enter or a click jump; typing filters by title."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.ui.i18n import tr
from briefing_app.ui.keys import OWNS_KEYS

THUMB = QSize(320, 180)


def thumbnail_icon(pixmap: QPixmap, dimmed: bool = False) -> QIcon:
    """Return an icon that shows `pixmap` as is when selected (Qt would tint it blue);
    `dimmed` fades it (a panel hidden from the show)."""
    if dimmed:
        faded = QPixmap(pixmap.size())
        faded.setDevicePixelRatio(pixmap.devicePixelRatio())
        faded.fill(QColor(0, 0, 0, 0))
        painter = QPainter(faded)
        painter.setOpacity(0.35)
        painter.drawPixmap(0, 0, pixmap)
        painter.end()
        pixmap = faded
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class CentredGrid(QListWidget):
    """An icon grid whose columns sit in the middle of the view, not against its left edge."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._centre()

    def _centre(self) -> None:
        # With a grid size set, Qt lays the cells edge to edge from the left: put the
        # leftover width half on each side (the right half stays as the view's own space).
        cell = max(1, self.gridSize().width())
        width = self.viewport().width() + self.viewportMargins().left()
        side = (width - (width // cell) * cell) // 2
        if side != self.viewportMargins().left():
            self.setViewportMargins(side, 0, 0, 0)

    def snap_to_row(self) -> None:
        """Scroll to the nearest whole row, so no row is cut in half under the filter field."""
        bar = self.verticalScrollBar()
        row = max(1, self.gridSize().height())
        bar.setValue(min(bar.maximum(), round(bar.value() / row) * row))

    def side_margin(self) -> int:
        return self.viewportMargins().left()


class Overview(QFrame):
    """A full-window overlay listing every panel. Emits `sig_chosen(index)` and closes."""

    sig_chosen = Signal(int)
    sig_closed = Signal()

    def __init__(
        self, briefing: Briefing, current: int, thumbnails: dict[int, QPixmap], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setProperty(OWNS_KEYS, True)  # the global keys pause while it is open
        self.setStyleSheet(
            "#overview { background: rgba(20, 14, 16, 235); }"
            "QLineEdit { font-size: 20px; padding: 8px; border-radius: 6px; }"
            "QListWidget { background: transparent; color: white; font-size: 15px; border: none; }"
            "QListWidget::item:selected { background: #B71C1C; border-radius: 6px; }"
        )
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("overview.filter"))
        self.filter.setClearButtonEnabled(True)
        self.grid = CentredGrid(self)
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setIconSize(THUMB)
        self.grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grid.setMovement(QListWidget.Movement.Static)
        self.grid.setSpacing(12)
        self.grid.setWordWrap(True)
        self.grid.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 64))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.filter)
        layout.addWidget(self.grid)
        for i, panel in enumerate(briefing.panels):
            section = briefing.section_of(i)
            mark = f" {tr('overview.hidden')}" if panel.hidden else ""
            item = QListWidgetItem(f"{i + 1}. {panel.title}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{panel.title} {section.title} {panel.id}")
            item.setToolTip(f"{section.title} · {panel.title}")
            if i in thumbnails:
                item.setIcon(thumbnail_icon(thumbnails[i], dimmed=panel.hidden))
            if panel.hidden:  # skipped in the show: greyed, and said in words
                item.setForeground(QColor("#9E9E9E"))
            self.grid.addItem(item)
        self.grid.setCurrentRow(current)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.grid.itemActivated.connect(self._on_item_activated)
        self.grid.itemClicked.connect(self._on_item_activated)
        self.filter.installEventFilter(self)
        self.grid.installEventFilter(self)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)

    def open(self) -> None:
        self.show()
        self.raise_()
        self.filter.setFocus()
        # Once laid out, put the current panel mid-view rather than at the bottom edge.
        QTimer.singleShot(0, self._centre_current)

    def _centre_current(self) -> None:
        item = self.grid.currentItem()
        if item is not None:
            self.grid.scrollToItem(item, QListWidget.ScrollHint.PositionAtCenter)
            self.grid.snap_to_row()

    def visible_indices(self) -> list[int]:
        """Return the panel indices the filter leaves visible, in order."""
        return [
            self.grid.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.grid.count())
            if not self.grid.item(r).isHidden()
        ]

    def _on_filter_changed(self, text: str) -> None:
        needle = text.strip().lower()
        first = None
        for r in range(self.grid.count()):
            item = self.grid.item(r)
            hay = str(item.data(Qt.ItemDataRole.UserRole + 1)).lower()
            hidden = bool(needle) and needle not in hay
            item.setHidden(hidden)
            if not hidden and first is None:
                first = r
        if first is not None:
            current = self.grid.currentItem()
            if current is None or current.isHidden():
                self.grid.setCurrentRow(first)
        # Fewer items: start from the top row, so none is left half under the filter field.
        self.grid.scrollToTop()
        item = self.grid.currentItem()
        if item is not None and not item.isHidden():
            self.grid.scrollToItem(item, QListWidget.ScrollHint.EnsureVisible)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.choose(int(item.data(Qt.ItemDataRole.UserRole)))

    def choose(self, index: int) -> None:
        self.sig_chosen.emit(index)
        self.close_overview()

    def close_overview(self) -> None:
        self.hide()
        self.sig_closed.emit()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())  # type: ignore[union-attr]  # has a parent
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key == Qt.Key.Key_Escape or (
            key in (Qt.Key.Key_G, Qt.Key.Key_Tab) and watched is self.grid
        ):
            self.close_overview()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.grid.currentItem()
            if item is not None and not item.isHidden():
                self.choose(int(item.data(Qt.ItemDataRole.UserRole)))
            return True
        if watched is self.filter and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Tab,
        ):
            if key == Qt.Key.Key_Tab:
                self.close_overview()
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.filter.text():
                return False  # move the text cursor
            self._move(key)
            return True
        return False

    def _move(self, key: int) -> None:
        rows = [r for r in range(self.grid.count()) if not self.grid.item(r).isHidden()]
        if not rows:
            return
        current = self.grid.currentRow()
        pos = rows.index(current) if current in rows else 0
        per_row = max(1, self.grid.viewport().width() // self.grid.gridSize().width())
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -per_row,
            Qt.Key.Key_Down: per_row,
            Qt.Key.Key_PageUp: -per_row * 3,
            Qt.Key.Key_PageDown: per_row * 3,
        }[Qt.Key(key)]
        self.grid.setCurrentRow(rows[min(max(pos + step, 0), len(rows) - 1)])
