"""The navigator: thumbnails of every panel with their titles, grouped by section."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import PanelBase
from briefing_app.ui.i18n import tr
from briefing_app.ui.overview import thumbnail_icon

NAV_THUMB = QSize(176, 99)
WIDTH = NAV_THUMB.width() + 44
HEADER_COLOUR = "#8B1A1A"  # the theme's deep red, dark enough on the list's white
HIDDEN_COLOUR = "#8A8A8A"  # a panel left out of the show reads greyed


class Navigator(QListWidget):
    """A column of panel thumbnails under section headers. Emits `sig_chosen(index)`."""

    sig_chosen = Signal(int)

    def __init__(self, briefing: Briefing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(NAV_THUMB)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.TopToBottom)
        self.setWrapping(False)
        self.setWordWrap(True)
        self.setMovement(QListWidget.Movement.Static)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("QListWidget { font-size: 13px; }")
        self._rows: dict[int, int] = {}  # panel index -> row
        self.set_briefing(briefing)
        self.currentRowChanged.connect(self._on_row_changed)

    def set_briefing(self, briefing: Briefing) -> None:
        """List the panels of `briefing` (thumbnails come later through `set_thumbnail`)."""
        self.blockSignals(True)
        self.clear()
        self._rows = {}
        bold = QFont()
        bold.setBold(True)
        index = 0
        for section in briefing.sections:
            header = QListWidgetItem(section.title)
            # Enabled (not greyed out) but not selectable: a heading, readable at a glance.
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFont(bold)
            header.setForeground(QColor(HEADER_COLOUR))
            header.setSizeHint(QSize(NAV_THUMB.width() + 16, 28))
            self.addItem(header)
            for panel in section.panels:
                item = QListWidgetItem(self._label(index, panel))
                item.setData(Qt.ItemDataRole.UserRole, index)
                item.setToolTip(panel.title)
                if panel.hidden:
                    item.setForeground(QColor(HIDDEN_COLOUR))
                item.setSizeHint(QSize(NAV_THUMB.width() + 16, NAV_THUMB.height() + 44))
                self.addItem(item)
                self._rows[index] = self.count() - 1
                index += 1
        self.blockSignals(False)

    @staticmethod
    def _label(index: int, panel: PanelBase) -> str:
        marker = tr("nav.hidden_marker") if panel.hidden else ""
        return f"{index + 1}. {panel.title}{marker}"

    def update_panels(self, briefing: Briefing, indices: list[int]) -> None:
        """Show the edited titles of the panels at `indices` (the list is not rebuilt)."""
        for index in indices:
            row = self._rows.get(index)
            if row is not None and index < len(briefing.panels):
                panel = briefing.panels[index]
                self.item(row).setText(self._label(index, panel))
                self.item(row).setToolTip(panel.title)

    def select(self, index: int) -> None:
        """Highlight the panel at `index` without emitting `sig_chosen`."""
        row = self._rows.get(index)
        if row is not None and self.currentRow() != row:
            self.blockSignals(True)
            self.setCurrentRow(row)
            self.scrollToItem(self.item(row))
            self.blockSignals(False)

    def set_thumbnail(self, index: int, pixmap: QPixmap) -> None:
        row = self._rows.get(index)
        if row is not None:
            scaled = pixmap.scaled(
                NAV_THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.item(row).setIcon(thumbnail_icon(scaled))

    def _on_row_changed(self, row: int) -> None:
        item = self.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.sig_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
