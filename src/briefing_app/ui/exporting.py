"""File > Export: ask where, then export in the background with progress, never freezing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from briefing_app.model.briefing import Briefing
from briefing_app.outputs import OutputRefused, refuse_protected_output
from briefing_app.paths import default_template, templates_dir
from briefing_app.ui.i18n import tr
from briefing_app.ui.theme import Theme


def ask_and_export(
    window: QMainWindow,
    briefing: Briefing,
    theme: Theme,
    fmt: str,
    choose_template: bool = False,
    protected: tuple[Path, ...] = (),
    aspect: str = "16:9",
) -> None:
    """Ask for the output (and, if asked, a PowerPoint template), then export.

    `protected`: the briefing's own files, which the export refuses to write over; `aspect`:
    the page shape ("16:9" or "4:3"; a chosen template keeps its own).
    """
    template = default_template(aspect)
    if choose_template:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            tr("menu.export_pptx_template"),
            str(templates_dir()),
            "PowerPoint (*.pptx *.potx)",
        )
        if not chosen:
            return
        template = Path(chosen)
    stem = briefing.meta.title.split()[0] if briefing.meta.title else "briefing"
    if fmt == "png":
        out = QFileDialog.getExistingDirectory(window, tr("menu.export_png"))
    else:
        filters = {"pptx": "PowerPoint (*.pptx)", "pdf": "PDF (*.pdf)"}
        out, _ = QFileDialog.getSaveFileName(
            window, tr(f"menu.export_{fmt}"), str(Path.home() / f"{stem}.{fmt}"), filters[fmt]
        )
    if out:
        export_with_progress(window, briefing, theme, fmt, Path(out), template, protected, aspect)


def export_with_progress(
    window: QMainWindow,
    briefing: Briefing,
    theme: Theme,
    fmt: str,
    out: Path,
    template: Path | None = None,
    protected: tuple[Path, ...] = (),
    aspect: str = "16:9",
) -> None:
    """Export `briefing` as `fmt` to `out`, showing progress; report the result or error.

    An output that is the template or one of the `protected` files (the briefing's own) is
    refused before anything starts. The deck is built on a worker thread (it touches no
    widget); PDF and PNG render the real panel widgets, which only the GUI thread may do,
    one panel per event-loop turn.
    """
    deck_template = template or default_template(aspect)
    try:
        refuse_protected_output(
            out, template=deck_template if fmt == "pptx" else template, briefing=protected
        )
    except OutputRefused as exc:
        QMessageBox.warning(window, tr("menu.file"), tr("export.failed", error=str(exc)))
        return
    progress = QProgressDialog(tr("export.running"), "", 0, len(briefing.panels), window)
    progress.setCancelButton(None)  # Qt: None removes the button
    # Window-modal: no second export (or show) can start while this one runs.
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(200)
    progress.setValue(0)

    def done(_result: object) -> None:
        progress.close()
        window.statusBar().showMessage(tr("export.done", path=out), 8000)

    def failed(message: str) -> None:
        progress.close()
        QMessageBox.warning(window, tr("menu.file"), tr("export.failed", error=message))

    def step(done_count: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done_count)

    if fmt == "pptx":

        def job(report: Callable[[int, int], None]) -> None:
            from briefing_app.export.pptx.deck import export_deck

            export_deck(briefing, out, deck_template)

        from briefing_app.ui.workers import run_in_background

        run_in_background(job, done, failed, step)
    else:
        from briefing_app.ui.render import export_images_incrementally

        export_images_incrementally(
            briefing,
            out,
            fmt,
            theme,
            on_progress=step,
            on_done=lambda: done(None),
            on_failed=failed,
            aspect=aspect,
        )
