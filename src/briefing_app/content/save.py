"""The round-trip saver: a briefing.yaml kept as ruamel.yaml's tree, edits mapped onto it.

The saved text keeps every line no edit touched byte for byte: ruamel re-emits the whole
tree, but its output may differ from the author's file in places no edit touched (a flow list
over two lines comes out on one), so only the lines where the edited emission differs from
the emission of the untouched tree are spliced into the original text. When a change falls
where the two emissions cannot be lined up, the whole emission is used instead; either way
`EditSession` reads the text back with the app's own loader before accepting it.
"""

from __future__ import annotations

import difflib
import itertools
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from briefing_app.content.chunks import ChunkedEmitter, emitter_of
from briefing_app.content.messages import msg
from briefing_app.content.yaml_sync import Journal, sync, sync_list, to_node
from briefing_app.content.yaml_tails import swap_tails
from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import (
    AddIndicator,
    AddPanel,
    DeletePanel,
    DuplicatePanel,
    Edit,
    EditError,
    ListEdit,
    MovePanel,
    MoveSection,
    SetIndicatorField,
    SetMeta,
    SetPanelField,
    SetPanelHidden,
    SetSectionField,
    find_indicator,
    find_panel,
    find_section,
)

_BOM = "\ufeff"


class RoundTripDocument:
    """The YAML text of a briefing and its round-trip tree; `text()` is what a save writes."""

    def __init__(self, text: str) -> None:
        self._bom = text.startswith(_BOM)
        text = text.removeprefix(_BOM)
        self._newline = "\r\n" if "\r\n" in text else "\n"
        self.original = text
        try:
            loader = YAML()
            loader.preserve_quotes = True
            self.tree: Any = loader.load(text)
        except YAMLError as exc:
            raise EditError(msg("edit.cannot_open", detail=str(exc)).render()) from None
        if not isinstance(self.tree, CommentedMap):
            got = msg("node.list") if isinstance(self.tree, list) else msg("node.nothing")
            if self.tree is not None and not isinstance(self.tree, list):
                got = msg("node.value", value=str(self.tree))
            detail = msg("decode.expected_mapping", got=got)
            raise EditError(msg("edit.cannot_open", detail=detail).render())
        self._dumper = YAML()
        self._dumper.width = 1 << 16  # never re-wrap a long line
        sequence, offset = _sequence_indent(text)
        self._dumper.indent(mapping=_mapping_indent(text), sequence=sequence, offset=offset)
        self._chunks = ChunkedEmitter(self.tree, emitter_of(self._dumper))
        self._baseline = self._adapt(self._chunks.whole)
        self._base_to_original = _line_map(_lines(self.original), _lines(self._baseline))

    def apply(self, before: Briefing, after: Briefing, edit: Edit) -> Journal:
        """Carry `edit` (which took `before` to `after`) into the tree; return its journal."""
        journal = Journal()
        touched: set[int] = set()
        journal.finally_undo(lambda: self._chunks.forget(touched))
        try:
            touched.update(id(node) for node in _apply(self.tree, journal, before, after, edit))
        except (TypeError, KeyError, IndexError, AttributeError) as exc:
            journal.undo()
            raise EditError(msg("edit.layout", detail=str(exc)).render()) from None
        finally:
            self._chunks.forget(touched)
        return journal

    def text(self) -> str:
        """Return the text of the file with the tree's changes, untouched lines as they were."""
        edited = self._emit()
        if edited == self._baseline:
            text = self.original
        else:
            text = _splice(self.original, self._baseline, edited, self._base_to_original)
        return (_BOM if self._bom else "") + text

    def _emit(self) -> str:
        if self._chunks.usable:
            return self._adapt(self._chunks.text())
        return self._adapt(emitter_of(self._dumper)(self.tree))

    def _adapt(self, text: str) -> str:
        return text.replace("\n", self._newline) if self._newline != "\n" else text


def _apply(tree: Any, journal: Journal, before: Briefing, after: Briefing, edit: Edit) -> list[Any]:
    """Carry `edit` into `tree`; return the top-level elements whose text it changed."""
    sections = tree["sections"]
    if isinstance(edit, SetPanelField | SetPanelHidden | ListEdit):
        s, p = find_panel(before, edit.panel_id)
        node = _panels(tree, s)[p]
        sync(journal, node, before.sections[s].panels[p], after.sections[s].panels[p])
        return [sections[s]]
    if isinstance(edit, SetIndicatorField):
        i = find_indicator(before, edit.indicator_id)
        sync(journal, tree["indicators"][i], before.indicators[i], after.indicators[i])
        return [tree["indicators"][i]]
    if isinstance(edit, AddIndicator):
        sync_list(journal, tree["indicators"], before.indicators, after.indicators)
        return []  # a new element, and the old last one is written again as no longer last
    if isinstance(edit, SetSectionField):
        s = find_section(before, edit.section_id)
        skip = frozenset({"panels"})
        sync(journal, sections[s], before.sections[s], after.sections[s], skip)
        return [sections[s]]
    if isinstance(edit, SetMeta):
        sync(journal, tree["meta"], before.meta, after.meta)
        return [tree["meta"]]
    if isinstance(edit, AddPanel | DuplicatePanel):
        if isinstance(edit, AddPanel):
            s, index = find_section(before, edit.section_id), edit.index
            near = min(index, len(before.sections[s].panels) - 1)  # a neighbour's key order
        else:
            s, near = find_panel(before, edit.panel_id)
            index = near + 1
        panels = _panels(tree, s)
        like = panels[near] if near >= 0 else None
        _insert(journal, panels, index, to_node(after.sections[s].panels[index], like))
        return [sections[s]]
    if isinstance(edit, DeletePanel):
        s, p = find_panel(before, edit.panel_id)
        _pop(journal, _panels(tree, s), p)
        return [sections[s]]
    if isinstance(edit, MovePanel):
        s, p = find_panel(before, edit.panel_id)
        target = find_section(before, edit.section_id)
        node = _pop(journal, _panels(tree, s), p)
        _insert(journal, _panels(tree, target), edit.index, node)
        return [sections[s], sections[target]]
    if isinstance(edit, MoveSection):
        s = find_section(before, edit.section_id)
        _insert(journal, sections, edit.index, _pop(journal, sections, s))
        return list(sections)  # the comments after some of them may have moved
    raise EditError(f"unknown edit {edit!r}")


def _pop(journal: Journal, seq: CommentedSeq, index: int) -> Any:
    """Remove an element; the last one first leaves what follows it to the one before."""
    if index == len(seq) - 1 and index > 0:
        swap_tails(journal, seq[index - 1], seq[index])
    return journal.pop(seq, index)


def _insert(journal: Journal, seq: CommentedSeq, index: int, node: Any) -> None:
    """Insert an element; a new last one takes over what followed the one before."""
    journal.insert(seq, index, node)
    if index == len(seq) - 1 and index > 0:
        swap_tails(journal, seq[index - 1], seq[index])


def _panels(tree: Any, section: int) -> CommentedSeq:
    panels = tree["sections"][section]["panels"]
    if not isinstance(panels, CommentedSeq):
        raise TypeError("a section's panels are not a list")
    return panels


_NESTING_KEY = re.compile(r"( *)[^\s#\-][^:#]*:[ \t]*(#.*)?")
_MAPPING_LINE = re.compile(r"( *)[^\s#\-]")


_ITEM_LINE = re.compile(r"( *)- +(?=\S)")


def _sequence_indent(text: str) -> tuple[int, int]:
    """Return how the file indents a block list under its key: (the elements' content, the
    dash), both from the key's column, e.g. (4, 2) for `key:` then `  - id: x`."""
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    for line, after in itertools.pairwise(lines):
        key, item = _NESTING_KEY.fullmatch(line), _ITEM_LINE.match(after)
        if key and item and len(item.group(1)) >= len(key.group(1)):
            return item.end() - len(key.group(1)), len(item.group(1)) - len(key.group(1))
    return 2, 0


def _mapping_indent(text: str) -> int:
    """Return how far the file indents a mapping inside a mapping (2 when none shows it)."""
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    for line, after in itertools.pairwise(lines):
        key, inner = _NESTING_KEY.fullmatch(line), _MAPPING_LINE.match(after)
        if key and inner and len(inner.group(1)) > len(key.group(1)):
            return len(inner.group(1)) - len(key.group(1))
    return 2


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _line_map(original: list[str], baseline: list[str]) -> dict[int, int]:
    """Return, for each line of the baseline emission equal to a line of the original, its
    line number in the original."""
    matcher = difflib.SequenceMatcher(None, original, baseline, autojunk=False)
    found: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            found[block.b + k] = block.a + k
    return found


def _splice(original: str, baseline: str, edited: str, base_to_original: dict[int, int]) -> str:
    """Return `original` with the hunks that turn `baseline` into `edited`; `edited` itself
    when a hunk touches lines the original writes differently from the baseline."""
    lines = _lines(original)
    base, new = _lines(baseline), _lines(edited)
    hunks: list[tuple[int, int, list[str]]] = []
    matcher = difflib.SequenceMatcher(None, base, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 < i2:
            if any(i not in base_to_original for i in range(i1, i2)):
                return edited
            start, end = base_to_original[i1], base_to_original[i2 - 1] + 1
            if end - start != i2 - i1:
                return edited
        elif i1 in base_to_original:  # an insertion: before the line it comes before
            start = end = base_to_original[i1]
        elif i1 - 1 in base_to_original:
            start = end = base_to_original[i1 - 1] + 1
        elif i1 == 0:
            start = end = 0
        else:
            return edited
        hunks.append((start, end, new[j1:j2]))
    for start, end, replacement in reversed(hunks):
        lines[start:end] = replacement
    return "".join(lines)
