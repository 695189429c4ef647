"""文件 → 新建 → 从报告生成…: draft a briefing from a report on a worker, then open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from briefing_app.ui.i18n import tr
from briefing_app.ui.workers import run_in_background

if TYPE_CHECKING:
    from briefing_app.ui.controller import AppController


class Drafting(QObject):
    """One draft in progress: emits `sig_done(DraftResult)` once the new briefing is open,
    `sig_failed(str)` with the one-line reason otherwise."""

    sig_done = Signal(object)
    sig_failed = Signal(str)

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.c = controller
        self.progress: QProgressDialog | None = None

    def ask_and_draft(self) -> None:
        """Ask for the report and the folder to put the new briefing in, then draft it."""
        main = self.c.main
        report, _ = QFileDialog.getOpenFileName(
            main, tr("draft.choose_report"), str(Path.home()), "Report (*.docx *.txt *.pdf)"
        )
        if not report:
            return
        parent = QFileDialog.getExistingDirectory(
            main, tr("draft.choose_folder"), str(Path(report).parent)
        )
        if parent:
            self.draft(Path(report), Path(parent) / Path(report).stem)

    def draft(self, report: Path, out: Path) -> None:
        """Draft `report` into the new folder `out` off the GUI thread, with a busy dialog."""
        self.progress = QProgressDialog(tr("draft.running"), "", 0, 0, self.c.main)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()

        def job(_report_progress: Any) -> Any:
            from briefing_app.draft import draft_briefing

            return draft_briefing(report, out)

        run_in_background(job, self._on_done, self._on_failed)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_done(self, result: Any) -> None:
        self._close_progress()
        if self.c.open_briefing(Path(result.folder) / "briefing.yaml"):
            self.c.main.statusBar().showMessage(
                tr(
                    "draft.done",
                    panels=result.panels,
                    indicators=result.indicators,
                    figures=result.figures,
                ),
                10000,
            )
            self.sig_done.emit(result)
        else:
            self.sig_failed.emit(str(result.folder))

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        QMessageBox.warning(self.c.main, tr("menu.draft"), tr("draft.failed", error=message))
        self.sig_failed.emit(message)
