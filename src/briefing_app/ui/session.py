"""The open briefing: loads it, watches its folder and reloads on save, keeps the last good one."""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from briefing_app.content.problems import Problem
from briefing_app.model.briefing import Briefing

RELOAD_DELAY_MS = 120  # editors write in bursts (temp file, rename, chmod): settle first


class BriefingSession(QObject):
    """Holds the current briefing. Emits `sig_briefing_changed` with each good (re)load and
    `sig_problems` with the problems of a bad one, while the last good briefing stays.

    The folder is watched, not the file: editors that save by writing a new file and
    renaming it (vim, VS Code, WPS) replace the inode, and QFileSystemWatcher stops watching
    a replaced file.
    """

    sig_briefing_changed = Signal(object)  # Briefing
    sig_problems = Signal(list)  # list[Problem]; empty when the briefing is good again

    def __init__(self, briefing: Briefing, file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.briefing = briefing
        self.file = file
        self.problems: list[Problem] = []
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._watcher.fileChanged.connect(self._on_folder_changed)
        self._stamp = self._fingerprint()

    def watch(self) -> None:
        """Start watching the briefing's folder (and its files, for in-place saves)."""
        paths = [str(self.file.parent)] + [str(p) for p in self._watched_files() if p.exists()]
        self._watcher.addPaths(
            [p for p in paths if p not in self._watcher.files() + self._watcher.directories()]
        )

    def _watched_files(self) -> list[Path]:
        return [self.file, self.file.parent / self.briefing.source]

    def _fingerprint(self) -> tuple[int, ...]:
        """Return a checksum of each watched file's contents (-1 when unreadable).

        Contents, not modification times: a file system with 2-second timestamps (a USB
        stick) would hide a quick second save of the same length, 2940.1 -> 2940.7.
        """
        stamps = []
        for path in self._watched_files():
            try:
                stamps.append(zlib.crc32(path.read_bytes()))
            except OSError:
                stamps.append(-1)
        return tuple(stamps)

    def _on_folder_changed(self, _path: str) -> None:
        self._timer.start()

    def reload(self) -> None:
        """Load the briefing again if its files changed; keep the last good one on error."""
        self.watch()  # a renamed-over file must be watched anew
        stamp = self._fingerprint()
        if stamp == self._stamp:
            return
        self._stamp = stamp
        from briefing_app.content import check_briefing

        result = check_briefing(self.file)
        if result.ok and result.briefing is not None:
            self.briefing = result.briefing
            had_problems = bool(self.problems)
            self.problems = []
            if had_problems:
                self.sig_problems.emit([])
            self.sig_briefing_changed.emit(result.briefing)
        else:
            self.problems = result.problems
            self.sig_problems.emit(result.problems)
