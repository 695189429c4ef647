"""Compose YAML into a node tree with bounds on its size and depth, whatever the text.

libyaml composes a 1 MB file of short values into half a million nodes (seconds, and about
150 MB); this composer reads libyaml's events (when PyYAML has it) but builds the nodes
itself, counting them, and stops at the node budget or the depth limit with a mark.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from briefing_app.content.limits import MAX_DEPTH, NODE_BUDGET
from briefing_app.content.messages import Message, msg


class TooBig(yaml.MarkedYAMLError):
    """The document has more nodes than the budget, or nests deeper than the limit.

    `text` is the reason as a catalog message; PyYAML's `problem` keeps it in English.
    """

    def __init__(self, text: Message, problem_mark: Any) -> None:
        super().__init__(problem=text.render("en"), problem_mark=problem_mark)
        self.text = text


class _Bounds:
    """Counts the nodes composed and the depth; stops past the limits with a mark."""

    nodes = 0
    depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.nodes += 1
        self.depth += 1
        try:
            if self.nodes > NODE_BUDGET:
                raise TooBig(msg("yaml.too_many_values", limit=NODE_BUDGET), self._mark())
            if self.depth > MAX_DEPTH:
                raise TooBig(msg("yaml.too_deep_limit", limit=MAX_DEPTH), self._mark())
            return super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self.depth -= 1

    def _mark(self) -> Any:
        return self.peek_event().start_mark  # type: ignore[attr-defined]


_FAST: Any = None
try:  # PyYAML built with libyaml: its parser is about six times faster
    from yaml._yaml import CParser

    class _FastLoader(CParser, SafeConstructor, Resolver):
        """libyaml's own composer: twice as fast, but without bounds (see _compose_fast)."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    _FAST = _FastLoader

    class BoundedLoader(_Bounds, Composer, CParser, SafeConstructor, Resolver):
        """libyaml's events, composed into nodes by PyYAML's composer, within bounds."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

except ImportError:  # pragma: no cover - PyYAML without libyaml

    class BoundedLoader(_Bounds, yaml.SafeLoader):  # type: ignore[no-redef]
        """PyYAML's pure-Python loader, within bounds."""


def compose(text: str) -> yaml.Node | None:
    """Return the node tree of the single YAML document in `text` (None when it is empty).

    Raises yaml.YAMLError: a syntax error, or TooBig.
    """
    fast = _compose_fast(text)
    if fast is not None:
        return fast
    loader = BoundedLoader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def most_shared(root: yaml.Node) -> tuple[yaml.Node, int] | None:
    """Return the list or mapping that is used most often (through aliases), with its count.

    Returns None when no list or mapping is used twice. Walks each node once.
    """
    uses: dict[int, int] = {}
    nodes: dict[int, yaml.Node] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        key = id(node)
        uses[key] = uses.get(key, 0) + 1
        if key in nodes:
            continue
        nodes[key] = node
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(child for pair in node.value for child in pair)
    shared = [
        (count, nodes[key])
        for key, count in uses.items()
        if count > 1 and isinstance(nodes[key], yaml.SequenceNode | yaml.MappingNode)
    ]
    if not shared:
        return None
    count, node = max(shared, key=lambda pair: (pair[0], -pair[1].start_mark.index))
    return node, count


#: libyaml's composer is used only on texts this short: it then makes at most about three
#: times the node budget (each node takes at least one character, a few take none) before
#: the tree is counted.
FAST_MAX_CHARS = NODE_BUDGET
#: ... and only when the text cannot nest deeper than this (libyaml's composer recurses).
FAST_MAX_NESTING = 1000


def _compose_fast(text: str) -> yaml.Node | None:
    """Return the node tree libyaml's composer makes of `text` when the bounded composer
    would make the same tree; None when it might not (too long, too deep, too many nodes,
    aliases counted twice, any error): the bounded composer then decides and reports."""
    if _FAST is None or len(text) > FAST_MAX_CHARS:
        return None
    # Each block level takes an indentation column or an indicator and a space ("- - x"),
    # each flow level a bracket: a bound on the depth, whatever the text.
    longest = max(map(len, text.split("\n")))
    if 2 * longest + text.count("[") + text.count("{") + 2 > FAST_MAX_NESTING:
        return None
    loader = _FAST(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
    except Exception:  # the bounded composer reports it, word for word
        return None
    finally:
        loader.dispose()
    return node if node is not None and _within_bounds(node) else None


def _within_bounds(root: yaml.Node) -> bool:
    """Return whether the tree has at most NODE_BUDGET nodes and MAX_DEPTH levels, counting
    a node reached through several aliases each time (as often as the bounded composer, or
    more); a cycle of aliases exceeds the budget."""
    seen = 0
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        seen += 1
        if seen > NODE_BUDGET or depth > MAX_DEPTH:
            return False
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend((child, depth + 1) for pair in node.value for child in pair)
    return True
