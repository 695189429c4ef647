"""Emit a round-trip tree piece by piece, re-emitting only the pieces an edit touched.

ruamel.yaml re-emits the whole tree for every text (about twice the cost of the check); a
briefing is mostly lists (indicators, sections), so each top-level key and each element of a
top-level list is emitted on its own and kept until an edit touches it. The pieces must give
exactly the whole emission: that is proven for each file when it is opened (`usable`), and a
file whose pieces do not add up is always emitted whole.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

Emit = Callable[[Any], str]
_CUT = "briefing_app_cut_here"


class ChunkedEmitter:
    """The text of `tree` from cached pieces; `forget` drops the pieces of touched nodes."""

    def __init__(self, tree: CommentedMap, emit: Emit) -> None:
        self._tree = tree
        self._emit = emit
        # (the node itself is kept beside its text: an id is unique only while the node lives)
        self._cache: dict[tuple[int, str, tuple[bool, ...]], tuple[Any, str]] = {}
        self.whole = emit(tree)  # the emission of the tree as opened
        self.usable = self.text() == self.whole

    def forget(self, nodes: set[int]) -> None:
        """Drop the cached pieces of the top-level elements with these ids."""
        self._cache = {key: text for key, text in self._cache.items() if key[0] not in nodes}

    def text(self) -> str:
        """Return the emission of the whole tree, made of pieces."""
        parts: list[str] = []
        keys = list(self._tree)
        for position, key in enumerate(keys):
            value = self._tree[key]
            first, last = position == 0, position == len(keys) - 1
            if isinstance(value, CommentedSeq) and len(value):
                end = len(value) - 1
                for i, item in enumerate(value):
                    where = (first and i == 0, i == 0, i == end, last and i == end)
                    parts.append(self._piece(key, value, i, item, where))
            else:
                parts.append(self._piece(key, None, 0, value, (first, True, True, last)))
        return "".join(parts)

    def _piece(
        self, key: str, seq: CommentedSeq | None, i: int, node: Any, where: tuple[bool, ...]
    ) -> str:
        cache_key = (id(node), key, where)
        found = self._cache.get(cache_key)
        if found is not None and found[0] is node:
            return found[1]
        text = self._emit_piece(key, seq, i, node, where)
        self._cache[cache_key] = (node, text)
        return text

    def _emit_piece(
        self, key: str, seq: CommentedSeq | None, i: int, node: Any, where: tuple[bool, ...]
    ) -> str:
        first_key, first_item, last_item, last_key = where
        wrapper = CommentedMap()
        if first_key:
            wrapper.ca.comment = self._tree.ca.comment
        if last_key and getattr(self._tree.ca, "end", None):
            wrapper.ca.end = self._tree.ca.end
        if seq is None:
            wrapper[key] = node
            if key in self._tree.ca.items:
                wrapper.ca.items[key] = self._tree.ca.items[key]
            return self._emit(wrapper)
        alone = CommentedSeq([node])
        if i in seq.ca.items:
            alone.ca.items[0] = seq.ca.items[i]
        if first_item:
            alone.ca.comment = seq.ca.comment
            if key in self._tree.ca.items:
                wrapper.ca.items[key] = self._tree.ca.items[key]
        if last_item and getattr(seq.ca, "end", None):
            if alone.ca.comment is None:  # ruamel writes end comments only beside a comment
                alone.ca.comment = [None, None]
            alone.ca.end = seq.ca.end
        if seq.fa.flow_style():
            alone.fa.set_flow_style()
        wrapper[key] = alone
        if last_item and not last_key:  # end comments are written only before a next key
            wrapper[_CUT] = None
        text = self._emit(wrapper)
        if last_item and not last_key:
            text = text[: text.rindex(f"{_CUT}:")]
        return text if first_item else text.partition("\n")[2]


def emitter_of(dumper: Any) -> Emit:
    """Return a function giving the text `dumper` emits for a node."""

    def emit(node: Any) -> str:
        buffer = io.StringIO()
        dumper.dump(node, buffer)
        return buffer.getvalue()

    return emit
