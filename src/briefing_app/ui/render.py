"""Render panels through the real widgets: thumbnails, PNG images and the PDF handout."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPoint, QSizeF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app.export.image_folder import ImageFolder
from briefing_app.files import write_atomically
from briefing_app.model.briefing import Briefing
from briefing_app.model.canvas import WIDE, Canvas, canvas_of
from briefing_app.outputs import OutputRefused
from briefing_app.ui.application import ensure_application
from briefing_app.ui.panels import PanelWidget, create_panel_widget
from briefing_app.ui.theme import THEMES, Theme

PDF_DPI = 144  # 13.333 x 7.5 in (16:9) or 10 x 7.5 in (4:3) at 144 dpi is the canvas


def build_offscreen(
    briefing: Briefing, index: int, theme: Theme, width: int, canvas: Canvas = WIDE
) -> PanelWidget:
    """Return the panel widget at `index` laid out on `canvas`, `width` px wide, in its final
    state."""
    widget = create_panel_widget(briefing.panels[index], briefing, theme, canvas=canvas)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    height = round(width * canvas.height / canvas.width)
    widget.resize(width, height)
    widget.apply_scale(width / canvas.width)
    widget.show()
    widget.finish()
    QApplication.processEvents()
    widget.finish()
    return widget


def render_panel(
    briefing: Briefing, index: int, theme: Theme, width: int = 0, canvas: Canvas = WIDE
) -> QImage:
    """Return an image of the panel at `index` on `canvas` in its final state, `width` px
    wide (0: the canvas's own width)."""
    widget = build_offscreen(briefing, index, theme, width or canvas.width, canvas)
    try:
        return widget.grab().toImage()
    finally:
        _dispose(widget)


def png_name(briefing: Briefing, index: int) -> str:
    """Return the file name of a panel's PNG: its position and id, e.g. 03-targets.png."""
    width = len(str(len(briefing.panels)))
    return f"{index + 1:0{width}d}-{briefing.panels[index].id}.png"


class _PdfHandout:
    """Renders one panel per page into memory; `finish` returns the checked PDF bytes.

    Rendering into a QBuffer rather than a file makes the disk write our own: the bytes go
    through the atomic writer, where every write is checked (QPdfWriter on a file would hide
    a full disk behind a truncated handout).
    """

    def __init__(self, canvas: Canvas) -> None:
        self.buffer = QBuffer()
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setResolution(PDF_DPI)
        self.writer.setPageSize(
            QPageSize(
                QSizeF(canvas.width / PDF_DPI, canvas.height / PDF_DPI),
                QPageSize.Unit.Inch,
                canvas.aspect,
            )
        )
        self.writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Inch)
        self.painter: QPainter | None = None

    def add(self, widget: QWidget) -> None:
        if self.painter is None:
            self.painter = QPainter(self.writer)
            if not self.painter.isActive():
                raise OSError(errno.EIO, "cannot start the PDF")
        elif not self.writer.newPage():
            raise OSError(errno.EIO, "cannot add a page to the PDF")
        widget.render(self.painter, QPoint(0, 0))

    def finish(self) -> bytes:
        """Return the finished PDF; OSError when Qt could not complete it."""
        if self.painter is None or not self.painter.end():
            raise OSError(errno.EIO, "the PDF could not be completed")
        self.buffer.close()
        data = bytes(self.buffer.data().data())
        if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
            raise OSError(errno.EIO, "the PDF came out incomplete")
        return data

    def abandon(self) -> None:
        if self.painter is not None and self.painter.isActive():
            self.painter.end()


class _ImageExport:
    """One export of every panel, as PNG files in a folder or as one PDF file, step by step.

    Every panel is rendered into memory first; only `close(True)` writes, through the atomic
    writer. PNG: the folder's manifest decides what may be overwritten or removed (see
    export/image_folder.py), checked before rendering and again before writing. PDF: one
    file that replaces the handout only once complete and checked.
    """

    def __init__(
        self, briefing: Briefing, out: Path, fmt: str, theme: Theme, canvas: Canvas = WIDE
    ) -> None:
        if fmt not in ("png", "pdf"):
            raise ValueError(f"unknown image format {fmt!r}")
        self.briefing, self.out, self.theme, self.canvas = briefing, out, theme, canvas
        # Hidden panels stay out of handouts; the PNG names keep the show position, so hiding
        # or showing a panel leaves every other image's name as it was.
        self.shown = [i for i, panel in enumerate(briefing.panels) if not panel.hidden]
        if not self.shown:
            raise ValueError("every panel is hidden: there is nothing to export")
        self.total = len(self.shown)
        self.handout: _PdfHandout | None = None
        self.images: dict[str, bytes] = {}
        if fmt == "png":
            out.mkdir(parents=True, exist_ok=True)
            self.folder: ImageFolder | None = ImageFolder(out)
            self.folder.check_free([png_name(briefing, i) for i in self.shown])
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            self.folder = None
            self.handout = _PdfHandout(canvas)

    def step(self, step: int) -> None:
        """Render the export's panel number `step` (hidden panels skipped) into memory."""
        index = self.shown[step]
        if self.handout is not None:
            canvas = self.canvas
            widget = build_offscreen(self.briefing, index, self.theme, canvas.width, canvas)
            try:
                self.handout.add(widget)
            finally:
                _dispose(widget)
        else:
            image = render_panel(self.briefing, index, self.theme, canvas=self.canvas)
            self.images[png_name(self.briefing, index)] = _png_bytes(image)

    def close(self, ok: bool) -> None:
        """Write everything rendered when `ok`; otherwise drop it, leaving the disk as it was."""
        if self.handout is not None:
            if not ok:
                self.handout.abandon()
                return
            write_atomically(self.out, self.handout.finish())
        elif ok and self.folder is not None:
            self.folder.publish(self.images)


def export_images(
    briefing: Briefing,
    out: Path,
    fmt: str,
    theme: str | Theme = "light",
    on_progress: Callable[[int, int], None] | None = None,
    aspect: str = WIDE.aspect,
) -> None:
    """Export every panel as PNG files into the folder `out`, or as one PDF file `out`, laid
    out on the canvas of `aspect` ("16:9" or "4:3")."""
    ensure_application()
    theme = THEMES[theme] if isinstance(theme, str) else theme
    job = _ImageExport(briefing, out, fmt, theme, canvas_of(aspect))
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
    aspect: str = WIDE.aspect,
) -> None:
    """Export like `export_images`, one panel per event-loop turn, so the GUI stays live.

    Panels are widgets, which only the GUI thread may touch; slicing the work keeps the
    window responsive instead of moving it to a thread. Any failure is reported through
    `on_failed` (never raised into the event loop) and leaves no half-written file.
    """
    try:
        job = _ImageExport(briefing, out, fmt, theme, canvas_of(aspect))
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
    if isinstance(exc, OutputRefused):
        return str(exc)
    if isinstance(exc, OSError):
        where = exc.filename or out
        return f"{where}: {exc.strerror or exc}"
    return f"{out}: {exc}"


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(errno.EIO, "cannot encode the image as PNG")
    return bytes(buffer.data().data())


def _dispose(widget: QWidget) -> None:
    widget.hide()
    widget.deleteLater()
