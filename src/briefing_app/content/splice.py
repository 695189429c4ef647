"""The saver: a briefing.yaml kept as text, each edit spliced into it over its nodes' spans.

The same library reads and writes: PyYAML composes the text (the app's own composer, so the
node tree is the one the loader checks) and writes every new value, so what is saved reads
back as it was meant. Only the spans of the nodes whose model value changed are replaced
(`splice_plan.py`); every other byte of the file stays as the author wrote it, comments, key
order, blank lines and flow style included. `EditSession` reads each text back with the
app's loader before accepting it.
"""

from __future__ import annotations

from collections import OrderedDict

import yaml

from briefing_app.content.emit import Layout
from briefing_app.content.messages import msg
from briefing_app.content.reading import compose_yaml
from briefing_app.content.splice_plan import Plan
from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import Edit, EditError

_BOM = "\ufeff"
_TREES_KEPT = 3


class TextJournal:
    """What one edit did to a `SpliceDocument`; `undo()` puts its text back as it was."""

    def __init__(self, doc: SpliceDocument, text: str) -> None:
        self._doc, self._text = doc, text

    def undo(self) -> None:
        """Put the document's text back as before the edit."""
        self._doc._text = self._text


class SpliceDocument:
    """The YAML text of a briefing; `text()` is what a save writes."""

    def __init__(self, text: str) -> None:
        """Keep `text` (a file's whole text); a text that does not load is refused by the
        check `EditSession` runs on it, with its file, line and column."""
        self._bom = text.startswith(_BOM)
        self.original = text.removeprefix(_BOM)
        # splices work on lines ending in \n; a file's own line ends are put back on saving
        self._newline = (
            "\r\n" if "\r\n" in self.original else "\r" if "\r" in self.original else "\n"
        )
        self._text = self.original.replace(self._newline, "\n")
        self._start = self._text
        # the node trees of the last few texts (undo and redo come back to them), composed
        # when first needed; kept for a few only: a tree takes about 25 times its text
        self._trees: OrderedDict[str, yaml.Node | None] = OrderedDict()
        self.layout = Layout.of(self._text)

    @property
    def tree(self) -> yaml.Node | None:
        """The node tree of the current text (None when it does not compose)."""
        if self._text in self._trees:
            self._trees.move_to_end(self._text)
        else:
            self._trees[self._text] = compose_yaml(self._text, "briefing.yaml")[0]
            while len(self._trees) > _TREES_KEPT:
                self._trees.popitem(last=False)
        return self._trees[self._text]

    def composed(self, text: str) -> yaml.Node | None:
        """Return `tree` when it is what the loader composes of `text` (the very text, no BOM
        dropped, no line breaks converted), so that the check can reuse it; else None."""
        return self.tree if text == self._text else None

    def apply(self, before: Briefing, after: Briefing, edit: Edit) -> TextJournal:
        """Splice the change from `before` to `after` (made by `edit`) into the text; return
        its journal. EditError (nothing changed) when the file's layout cannot take it."""
        root = self.tree
        if root is None:
            raise EditError(msg("edit.layout", detail="the text does not compose").render())
        plan = Plan(self._text, self.layout)
        try:
            plan.sync(root, before, after)
            text = plan.result()
        except (TypeError, ValueError, KeyError, IndexError, AttributeError) as exc:
            raise EditError(msg("edit.layout", detail=str(exc)).render()) from None
        journal = TextJournal(self, self._text)
        self._text = text
        return journal

    def text(self) -> str:
        """Return the text of the file with the edits made, untouched bytes as they were."""
        if self._text == self._start:
            text = self.original
        else:
            text = self._text.replace("\n", self._newline)
        return (_BOM if self._bom else "") + text
