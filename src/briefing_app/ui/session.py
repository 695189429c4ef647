"""The open briefing: loads it, watches its folder and reloads on save, keeps the last good one."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from briefing_app.content.problems import Problem
from briefing_app.content.result import CheckResult
from briefing_app.model.briefing import Briefing
from briefing_app.ui.i18n import tr
from briefing_app.ui.workers import run_on_own_thread

RELOAD_DELAY_MS = 120  # editors write in bursts (temp file, rename, chmod): settle first
CHECK_TIMEOUT_MS = 10_000  # past this a check is given up: the show must not wait on it


def check_file(path: Path) -> CheckResult:
    """Return the full check of the briefing at `path` (runs on the checking thread)."""
    from briefing_app.content import check_briefing

    return check_briefing(path)


def fingerprint(files: list[Path]) -> tuple[int, ...]:
    """Return a checksum of each file's contents (-1 when unreadable).

    Contents, not modification times: a file system with 2-second timestamps (a USB stick)
    would hide a quick second save of the same length, 2940.1 -> 2940.7.
    """
    stamps = []
    for path in files:
        try:
            stamps.append(zlib.crc32(path.read_bytes()))
        except OSError:
            stamps.append(-1)
    return tuple(stamps)


@dataclass(frozen=True)
class _Outcome:
    """What a check thread hands back: the files' stamp, and the result unless unchanged."""

    generation: int
    stamp: tuple[int, ...]
    result: CheckResult | None


class BriefingSession(QObject):
    """Holds the current briefing. Emits `sig_briefing_changed` with each good (re)load,
    `sig_problems` with the problems of a bad one and `sig_check_failed` with a one-line
    reason when a check raised or ran too long; the last good briefing stays in each case.

    The folder is watched, not the file: editors that save by writing a new file and
    renaming it (vim, VS Code, WPS) replace the inode, and QFileSystemWatcher stops watching
    a replaced file.

    Checks run on a thread of their own, one at a time, so a bad save never freezes a running
    show: a thread rather than a subprocess because the loader is pure Python whose result is
    a large object graph (a subprocess would have to start an interpreter and pickle it back)
    and is bounded by construction (node budget, size limits). The GUI side bounds it again:
    a check running past `check_timeout_ms` is reported and its late result ignored. A save
    arriving during a check is remembered and checked once that check ends, so a result is
    always that of the newest save.
    """

    sig_briefing_changed = Signal(object)  # Briefing
    sig_problems = Signal(list)  # list[Problem]; empty when the briefing is good again
    sig_check_failed = Signal(str)  # why the newest save could not be checked; "" once it could
    sig_checking = Signal(bool)  # a check started (True) or ended (False)

    def __init__(self, briefing: Briefing, file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.briefing = briefing
        self.file = file
        self.problems: list[Problem] = []
        self.failure = ""  # why the newest save could not be checked, "" when it could
        self.check_timeout_ms = CHECK_TIMEOUT_MS
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._on_check_timed_out)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._watcher.fileChanged.connect(self._on_folder_changed)
        self._stamp = fingerprint(self._watched_files())
        self._generation = 0  # of the newest check started
        self._running = False  # a check thread is busy (even one given up on)
        self._again = False  # a save came in while a check was running

    @property
    def checking(self) -> bool:
        """Return whether a check thread is still busy."""
        return self._running

    def watch(self) -> None:
        """Start watching the briefing's folder (and its files, for in-place saves)."""
        paths = [str(self.file.parent)] + [str(p) for p in self._watched_files() if p.exists()]
        watched = self._watcher.files() + self._watcher.directories()
        new = [p for p in paths if p not in watched]
        if new:
            self._watcher.addPaths(new)

    def _watched_files(self) -> list[Path]:
        return [self.file, self.file.parent / self.briefing.source]

    def _on_folder_changed(self, _path: str) -> None:
        self._timer.start()

    def reload(self) -> None:
        """Check the briefing again on the checking thread if its files changed.

        Returns at once; the outcome arrives on the GUI thread. While a check runs, this only
        notes that the files must be looked at again once it ends.
        """
        self.watch()  # a renamed-over file must be watched anew
        if self._running:
            self._again = True
            return
        self._again = False
        self._running = True
        self._generation += 1
        generation, known, files = self._generation, self._stamp, self._watched_files()

        def job() -> _Outcome:  # on the checking thread: touches no widget, no session state
            stamp = fingerprint(files)
            result = None if stamp == known else check_file(files[0])
            return _Outcome(generation, stamp, result)

        self._deadline.start(self.check_timeout_ms)
        self.sig_checking.emit(True)
        run_on_own_thread(job, self._on_checked, self._on_check_raised, name="briefing-check")

    def _on_checked(self, outcome: _Outcome) -> None:
        if self._finish() and outcome.result is not None:
            self._stamp = outcome.stamp
            self._apply(outcome.result)

    def _on_check_raised(self, message: str) -> None:
        if self._finish():
            self._stamp = ()  # unknown: the next save is checked whatever its contents
            self._set_failure(tr("reload.crashed", error=message))

    def _finish(self) -> bool:
        """End the running check; return whether its outcome counts.

        It does not when it was given up (ran too long) or a newer save came in meanwhile:
        that save is checked now, and only its outcome may replace the shown briefing.
        """
        counts = self._deadline.isActive()
        self._deadline.stop()
        self._running = False
        self.sig_checking.emit(False)
        if self._again:
            self.reload()
        return counts and not self._running

    def _on_check_timed_out(self) -> None:
        # The thread cannot be stopped, only ignored: `_finish` drops its late outcome, and
        # a save made meanwhile is checked once it has ended.
        self._stamp = ()
        self._set_failure(tr("reload.too_long", s=f"{self.check_timeout_ms / 1000:g}"))

    def _set_failure(self, text: str) -> None:
        if text != self.failure:
            self.failure = text
            self.sig_check_failed.emit(text)

    def _apply(self, result: CheckResult) -> None:
        self._set_failure("")
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
