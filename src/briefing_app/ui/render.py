"""Render panels through the real widgets: thumbnails, PNG images and the PDF handout."""

from __future__ import annotations

import os
import re
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


class _ImageExport:
    """One export of every panel, as PNG files in a folder or as one PDF file, step by step.

    PNG: each image is written beside its name and renamed into place; at the end, images
    of an earlier export that this one no longer has (a removed or renamed panel) go. PDF:
    the pages go into a temporary file that replaces the handout only when all are done.
    """

    def __init__(self, briefing: Briefing, out: Path, fmt: str, theme: Theme) -> None:
        if fmt not in ("png", "pdf"):
            raise ValueError(f"unknown image format {fmt!r}")
        self.briefing, self.out, self.theme = briefing, out, theme
        self.total = len(briefing.panels)
        self.handout: _PdfHandout | None = None
        if fmt == "png":
            out.mkdir(parents=True, exist_ok=True)
        else:
            self.handout = _PdfHandout(out)

    def step(self, index: int) -> None:
        """Render the panel at `index` into the export."""
        if self.handout is not None:
            widget = build_offscreen(self.briefing, index, self.theme, CANVAS_WIDTH)
            try:
                self.handout.add(widget)
            finally:
                _dispose(widget)
        else:
            image = render_panel(self.briefing, index, self.theme)
            _save_png(image, self.out / png_name(self.briefing, index))

    def close(self, ok: bool) -> None:
        if self.handout is not None:
            self.handout.close(ok)
        elif ok:
            _remove_stale_pngs(self.briefing, self.out)


def export_images(
    briefing: Briefing,
    out: Path,
    fmt: str,
    theme: str | Theme = "light",
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Export every panel as PNG files into the folder `out`, or as one PDF file `out`."""
    ensure_application()
    job = _ImageExport(briefing, out, fmt, THEMES[theme] if isinstance(theme, str) else theme)
    ok = False
    try:
        for index in range(job.total):
            job.step(index)
            if on_progress:
                on_progress(index + 1, job.total)
        ok = True
    finally:
        job.close(ok)


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
    window responsive instead of moving it to a thread. Any failure is reported through
    `on_failed` (never raised into the event loop) and leaves no half-written file.
    """
    try:
        job = _ImageExport(briefing, out, fmt, theme)
    except Exception as exc:
        on_failed(_describe(exc, out))
        return

    def step(index: int) -> None:
        try:
            if index < job.total:
                job.step(index)
            else:
                job.close(True)
        except Exception as exc:
            job.close(False)
            on_failed(_describe(exc, out))
            return
        if index == job.total:
            on_done()
            return
        on_progress(index + 1, job.total)
        QTimer.singleShot(0, lambda: step(index + 1))

    step(0)


def _describe(exc: Exception, out: Path) -> str:
    if isinstance(exc, OSError):
        where = exc.filename or out
        return f"{where}: {exc.strerror or exc}"
    return f"{out}: {exc}"


_PNG_NAME = re.compile(r"\d+-[A-Za-z0-9_.-]+\.png")


def _remove_stale_pngs(briefing: Briefing, out: Path) -> None:
    """Remove panel images of an earlier export that this export did not write."""
    written = {png_name(briefing, i) for i in range(len(briefing.panels))}
    for path in out.iterdir():
        if _PNG_NAME.fullmatch(path.name) and path.name not in written:
            path.unlink(missing_ok=True)


def _save_png(image: QImage, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    # PySide6 6.9.3 accepts only str here (bytes raises ValueError) though its stub says bytes.
    if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"cannot write {path}")
    os.replace(tmp, path)


def _dispose(widget: QWidget) -> None:
    widget.hide()
    widget.deleteLater()
