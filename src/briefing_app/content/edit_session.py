"""An editing session on one briefing file: edits, undo and redo, live check, safe save.

Undo keeps snapshots: each step holds the immutable briefing before and after (with its
check result and text) and the journal of its splice, which puts back the text as it
was. Replaying every edit on the original document instead would cost a full re-check per
undo. Redo splices the edit again (deterministic) and reuses the stored check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.content import recovery
from briefing_app.content.loader import check_text
from briefing_app.content.locate import resolve_briefing_file
from briefing_app.content.messages import msg
from briefing_app.content.problems import Problem
from briefing_app.content.reading import read_file
from briefing_app.content.splice import SpliceDocument, TextJournal
from briefing_app.content.verify import read_back, written_model
from briefing_app.files import write_atomically
from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import Changes, Edit, EditError, apply


@dataclass(frozen=True)
class _State:
    model: Briefing  # the briefing as written (derived fields cleared), what edits apply to
    briefing: Briefing  # as checked: derived values filled in
    problems: list[Problem]
    text: str
    last_good: Briefing


@dataclass
class _Step:
    edit: Edit
    changes: Changes
    journal: TextJournal
    before: _State
    after: _State


class EditSession:
    """Edits of one briefing.yaml; `briefing` is always the checked current snapshot."""

    def __init__(self, file: Path, text: str | None = None) -> None:
        """Open `file` (a briefing folder or its YAML) for editing; `text`, when given, is an
        edited text to continue from (a recovery copy) instead of the file's own."""
        self.file = resolve_briefing_file(Path(file))
        data, disk_text, problem = read_file(self.file, str(self.file))
        if problem is not None or disk_text is None:
            raise EditError(problem.render() if problem else f"{self.file}: cannot be read")
        self._disk = data  # the bytes on disk as we last read or wrote them
        self._saved_text = data.decode("utf-8")
        start = self._saved_text if text is None else text
        self._doc = SpliceDocument(start)
        result = check_text(start, self.file, self._doc.composed(start))
        if result.briefing is None:
            first = _first(result.problems)
            raise EditError(msg("edit.not_loadable", problem=first).render())
        model = written_model(result.briefing, self._doc.tree)
        self._state = _State(model, result.briefing, result.problems, start, result.briefing)
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._recovery_folder: Path | None = None  # where this session's copies go

    # -- the current snapshot ----------------------------------------------------------------
    @property
    def briefing(self) -> Briefing:
        return self._state.briefing

    @property
    def problems(self) -> list[Problem]:
        return self._state.problems

    @property
    def last_good(self) -> Briefing:
        """The last snapshot that passed every check (the opened one if none has)."""
        return self._state.last_good

    @property
    def dirty(self) -> bool:
        return self._state.text != self._saved_text

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def document_text(self) -> str:
        """Return the YAML text the current edits give (what `save` writes)."""
        return self._state.text

    # -- editing ------------------------------------------------------------------------------
    def apply(self, edit: Edit) -> Changes:
        """Make `edit`, check the result and return what changed; EditError (nothing changed)
        when the edit is impossible or its text would not read back as intended."""
        before = self._state
        model, changes = apply(before.model, edit)
        journal = self._doc.apply(before.model, model, edit)
        try:
            text = self._doc.text()
            briefing, problems = read_back(
                text, self.file, model, self._doc.tree, self._doc.composed(text)
            )
        except EditError:
            journal.undo()
            raise
        last_good = briefing if not problems else before.last_good
        after = _State(model, briefing, problems, text, last_good)
        self._undo.append(_Step(edit, changes, journal, before, after))
        self._redo.clear()
        self._state = after
        return changes

    def undo(self) -> Changes:
        """Undo the last edit; return what it changed (the views refresh the same things)."""
        if not self._undo:
            return Changes()
        step = self._undo.pop()
        step.journal.undo()
        self._state = step.before
        self._redo.append(step)
        return step.changes

    def redo(self) -> Changes:
        """Make the last undone edit again; return what it changed."""
        if not self._redo:
            return Changes()
        step = self._redo.pop()
        step.journal = self._doc.apply(step.before.model, step.after.model, step.edit)
        text = self._doc.text()
        if text != step.after.text:  # not expected (the tree is put back exactly): re-check
            try:
                briefing, problems = read_back(
                    text, self.file, step.after.model, self._doc.tree, self._doc.composed(text)
                )
            except EditError:
                step.journal.undo()
                self._redo.append(step)
                raise
            last_good = briefing if not problems else step.before.last_good
            step.after = _State(step.after.model, briefing, problems, text, last_good)
        self._state = step.after
        self._undo.append(step)
        return step.changes

    # -- saving -------------------------------------------------------------------------------
    def save(self, overwrite: bool = False) -> None:
        """Write the edited text to the briefing file atomically; OSError when it cannot be
        written, EditError (nothing written) when the file changed outside the app since it
        was opened (unless `overwrite`) or the text would not read back as edited."""
        text = self._state.text
        if not overwrite and self.changed_on_disk():
            raise EditError(msg("edit.outside_change", file=str(self.file)).render())
        read_back(
            text, self.file, self._state.model, self._doc.tree, self._doc.composed(text)
        )  # proof
        data = text.encode("utf-8")
        write_atomically(self.file, data)
        self._disk, self._saved_text = data, text
        recovery.discard_recovery(self.file, self._recovery_folder)

    def changed_on_disk(self) -> bool:
        """Return whether the file no longer holds the bytes this session last read or wrote."""
        try:
            return self.file.read_bytes() != self._disk
        except OSError:
            return True

    @property
    def saved_bytes(self) -> bytes:
        """The bytes this session last read from or wrote to the file (a watcher compares)."""
        return self._disk

    # -- crash recovery -----------------------------------------------------------------------
    def write_recovery(self, folder: Path | None = None) -> Path:
        """Write the current text as the recovery copy (in the cache folder); return its path."""
        if folder is not None:
            self._recovery_folder = folder
        return recovery.write_recovery(self.file, self._state.text, self._recovery_folder)

    @staticmethod
    def find_recovery(file: Path, folder: Path | None = None) -> Path | None:
        """Return the recovery copy an unsaved session on `file` left behind, if any."""
        return recovery.find_recovery(resolve_briefing_file(Path(file)), folder)

    @classmethod
    def recover(cls, file: Path, copy: Path) -> EditSession:
        """Return a session continuing from recovery copy `copy` of `file` (unsaved, dirty)."""
        file = resolve_briefing_file(Path(file))
        text = recovery.read_recovery(copy, file)
        if text is None:
            raise EditError(msg("edit.not_recovery", copy=str(copy), file=str(file)).render())
        session = cls(file, text)
        session._recovery_folder = copy.parent
        return session


def _first(problems: list[Problem]) -> str:
    return problems[0].render() if problems else "unknown problem"
