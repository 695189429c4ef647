"""Panel thumbnails for the navigator and the overview (G), and the overview's opening."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from briefing_app.ui.controller import AppController
    from briefing_app.ui.overview import Overview

THUMB_WIDTH = 480


class Thumbnails:
    """Renders the panels' thumbnails one per event-loop turn, so the window stays responsive;
    `pixmaps` holds those rendered, by panel index."""

    def __init__(self, controller: AppController) -> None:
        self._c = controller
        self.pixmaps: dict[int, QPixmap] = {}
        self.queue: list[int] = []  # the panels still to render, in order

    def start(self) -> None:
        """Render every panel's thumbnail, starting shortly."""
        self.queue[:] = range(len(self._c.briefing.panels))
        QTimer.singleShot(50, self._render_next)

    def render_first(self, indices: list[int]) -> None:
        """Render the thumbnails of the panels at `indices` (edited) before the others."""
        self.queue[:] = indices + [i for i in self.queue if i not in indices]
        QTimer.singleShot(0, self._render_next)

    def _render_next(self) -> None:
        if not self.queue:
            return
        from briefing_app.ui.render import render_panel

        c = self._c
        index = self.queue.pop(0)
        pixmap = QPixmap.fromImage(render_panel(c.briefing, index, c.theme, width=THUMB_WIDTH))
        self.pixmaps[index] = pixmap
        c.main.set_thumbnail(index, pixmap)
        QTimer.singleShot(0, self._render_next)


def open_overview(controller: AppController, window: QWidget | None) -> Overview:
    """Open the overview over `window` (the main window by default), or close the open one."""
    from briefing_app.ui.overview import Overview

    c = controller
    host = window if window is not None else c.main
    existing = host.findChild(Overview)
    if existing is not None and existing.isVisible():
        existing.close_overview()
        return existing
    overview = Overview(c.briefing, c.state.current, c.thumbnails, host)
    overview.sig_chosen.connect(c.state.go_to)
    overview.open()
    return overview


def close_overviews(windows: list[QWidget | None]) -> None:
    """Close the overviews open over `windows` (they list the panels of an old briefing)."""
    from briefing_app.ui.overview import Overview

    for window in windows:
        if window is not None:
            for overview in window.findChildren(Overview):
                overview.close_overview()
