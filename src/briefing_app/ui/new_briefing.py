"""文件 → 新建 → 复制内置简报…: start a briefing of one's own from a copy of the built-in one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.files import write_atomically
from briefing_app.paths import default_briefing

if TYPE_CHECKING:
    from briefing_app.ui.controller import AppController

COPIED = ("briefing.yaml", "source.txt")


class FolderNotEmpty(ValueError):
    """The chosen folder already holds files: nothing is copied over them."""


def copy_builtin_to(folder: Path) -> Path:
    """Copy the built-in briefing's files into `folder` (missing or empty); return the copy's
    briefing.yaml. FolderNotEmpty when it holds anything; OSError names a file not written."""
    if folder.exists() and any(folder.iterdir()):
        raise FolderNotEmpty(str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    source = default_briefing()
    for name in COPIED:
        write_atomically(folder / name, (source / name).read_bytes())
    return folder / "briefing.yaml"


def ask_and_copy(controller: AppController) -> None:
    """Ask for an empty folder, copy the built-in briefing there and open the copy."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from briefing_app.ui.i18n import tr

    chosen = QFileDialog.getExistingDirectory(
        controller.main, tr("new.choose_folder"), str(Path.home())
    )
    if not chosen:
        return
    try:
        copy = copy_builtin_to(Path(chosen))
    except FolderNotEmpty:
        QMessageBox.warning(
            controller.main, tr("menu.copy_builtin"), tr("new.not_empty", folder=chosen)
        )
        return
    except OSError as exc:
        QMessageBox.warning(
            controller.main,
            tr("menu.copy_builtin"),
            tr("new.failed", error=f"{exc.filename}: {exc.strerror}"),
        )
        return
    controller.open_briefing(copy)
