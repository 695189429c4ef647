"""Render panels through the real widgets: thumbnails, PNG images and the PDF handout."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QSizeF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app.files import publish, temporary_beside
from briefing_app.model.briefing import Briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.panels import PanelWidget, create_panel_widget
from briefing_app.ui.theme import CANVAS_HEIGHT, CANVAS_WIDTH, THEMES, Theme

PDF_DPI = 144  # 13.333 x 7.5 in at 144 dpi is the 1920 x 1080 canvas


def build_offscreen(briefing: Briefing, index: int, theme: Theme, width: int) -> PanelWidget:
    """Return the panel widget at `index`, laid out at `width` px wide, in its final state."""
    widget = create_panel_widget(briefing.panels[index], briefing, theme)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    height = round(width * CANVAS_HEIGHT / CANVAS_WIDTH)
    widget.resize(width, height)
    widget.apply_scale(width / CANVAS_WIDTH)
    widget.show()
    widget.finish()
    QApplication.processEvents()
    widget.finish()
    return widget


def render_panel(briefing: Briefing, index: int, theme: Theme, width: int = CANVAS_WIDTH) -> QImage:
    """Return an image of the panel at `index` in its final state."""
    widget = build_offscreen(briefing, index, theme, width)
    try:
        return widget.grab().toImage()
    finally:
        _dispose(widget)


def png_name(briefing: Briefing, index: int) -> str:
    """Return the file name of a panel's PNG: its position and id, e.g. 03-targets.png."""
    width = len(str(len(briefing.panels)))
    return f"{index + 1:0{width}d}-{briefing.panels[index].id}.png"


class _PdfHandout:
    """Writes one panel per page into a temporary file, renamed into place at the end."""

    def __init__(self, out: Path) -> None:
        self.out = out
        out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = temporary_beside(out)
        self.writer = QPdfWriter(str(self.tmp))
        self.writer.setResolution(PDF_DPI)
        self.writer.setPageSize(
            QPageSize(
                QSizeF(CANVAS_WIDTH / PDF_DPI, CANVAS_HEIGHT / PDF_DPI), QPageSize.Unit.Inch, "16:9"
            )
        )
        self.writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Inch)
        self.painter: QPainter | None = None

    def add(self, widget: QWidget) -> None:
        if self.painter is None:
            self.painter = QPainter(self.writer)
        else:
            self.writer.newPage()
        widget.render(self.painter, QPoint(0, 0))

    def close(self, ok: bool) -> None:
        if self.painter is not None:
            self.painter.end()
        if ok:
            publish(self.tmp, self.out)
        else:
            self.tmp.unlink(missing_ok=True)


def export_images(
    briefing: Briefing,
    out: Path,
    fmt: str,
    theme: str | Theme = "light",
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Export every panel as PNG files into the folder `out`, or as one PDF file `out`."""
    ensure_application()
    chosen = THEMES[theme] if isinstance(theme, str) else theme
    total = len(briefing.panels)
    if fmt == "png":
        out.mkdir(parents=True, exist_ok=True)
        for index in range(total):
            image = render_panel(briefing, index, chosen)
            _save_png(image, out / png_name(briefing, index))
            if on_progress:
                on_progress(index + 1, total)
        return
    handout = _PdfHandout(out)
    ok = False
    try:
        for index in range(total):
            widget = build_offscreen(briefing, index, chosen, CANVAS_WIDTH)
            handout.add(widget)
            _dispose(widget)
            if on_progress:
                on_progress(index + 1, total)
        ok = True
    finally:
        handout.close(ok)


def export_images_incrementally(
    briefing: Briefing,
    out: Path,
    fmt: str,
    theme: Theme,
    *,
    on_progress: Callable[[int, int], None],
    on_done: Callable[[], None],
    on_failed: Callable[[str], None],
) -> None:
    """Export like `export_images`, one panel per event-loop turn, so the GUI stays live.

    Panels are widgets, which only the GUI thread may touch; slicing the work keeps the
    window responsive instead of moving it to a thread.
    """
    total = len(briefing.panels)
    handout = _PdfHandout(out) if fmt == "pdf" else None
    if fmt == "png":
        out.mkdir(parents=True, exist_ok=True)

    def step(index: int) -> None:
        try:
            if index == total:
                if handout:
                    handout.close(True)
                on_done()
                return
            if handout:
                widget = build_offscreen(briefing, index, theme, CANVAS_WIDTH)
                handout.add(widget)
                _dispose(widget)
            else:
                _save_png(render_panel(briefing, index, theme), out / png_name(briefing, index))
            on_progress(index + 1, total)
        except OSError as exc:
            if handout:
                handout.close(False)
            on_failed(f"{out}: {exc.strerror or exc}")
            return
        QTimer.singleShot(0, lambda: step(index + 1))

    step(0)


def _save_png(image: QImage, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    # PySide6 6.9.3 accepts only str here (bytes raises ValueError) though its stub says bytes.
    if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"cannot write {path}")
    os.replace(tmp, path)


def _dispose(widget: QWidget) -> None:
    widget.hide()
    widget.deleteLater()
