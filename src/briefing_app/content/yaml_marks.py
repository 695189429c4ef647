"""Where a YAML node's text lies in its file: spans from PyYAML's marks, for splicing.

PyYAML's composer gives each node the marks (character index, line, column) where it starts
and ends in the text. A node reached through an alias is the anchored node itself, with the
anchor's marks; `is_alias_at` tells such a use from the node's own place, and `alias_span`
finds the `*name` written there.
"""

from __future__ import annotations

import re

import yaml

_ALIAS = re.compile(r"\*[^\s,\[\]{}]+")


def line_start(text: str, index: int) -> int:
    """Return the index where the line holding `index` starts."""
    return text.rfind("\n", 0, index) + 1


def line_end(text: str, index: int) -> int:
    """Return the index just past the line break ending the line that holds `index`."""
    found = text.find("\n", index)
    return len(text) if found < 0 else found + 1


def at_line_start(text: str, index: int) -> bool:
    """Return whether only spaces precede `index` on its line."""
    return not text[line_start(text, index) : index].strip(" ")


def is_alias_at(node: yaml.Node, after: int) -> bool:
    """Return whether `node`, found where the text reads past index `after`, is an alias
    there (its anchor, and so its own marks, come earlier in the text)."""
    return bool(node.start_mark.index < after)


def alias_span(text: str, start: int) -> tuple[int, int]:
    """Return the span of the first `*name` after `start` (past indicators, blanks and
    comments); ValueError when something else comes first."""
    i = start
    while i < len(text):
        char = text[i]
        if char == "#":
            i = line_end(text, i)
        elif char in " \t\r\n:-,[{?":
            i += 1
        else:
            break
    found = _ALIAS.match(text, i)
    if found is None:
        raise ValueError(f"no alias at line {text.count(chr(10), 0, i) + 1}")
    return found.start(), found.end()


def content_end(text: str, node: yaml.Node) -> int:
    """Return the index just past the last character of `node`'s own text (a block scalar's
    trailing line breaks, and what follows a block collection, not included)."""
    if isinstance(node, yaml.ScalarNode):
        end = node.end_mark.index
        if node.style in ("|", ">"):
            while end > node.start_mark.index and text[end - 1] in " \t\r\n":
                end -= 1
        return int(end)
    if getattr(node, "flow_style", False) or not node.value:
        return int(node.end_mark.index)
    children = node.value if isinstance(node, yaml.SequenceNode) else _flat(node.value)
    end = node.start_mark.index
    alias_last = False
    for child in children:
        alias_last = is_alias_at(child, end)
        if not alias_last:
            end = content_end(text, child)
    if alias_last:  # an alias ends the collection: its `*name` is the last text
        end = alias_span(text, end)[1]
    return int(end)


def _flat(pairs: list[tuple[yaml.Node, yaml.Node]]) -> list[yaml.Node]:
    return [node for pair in pairs for node in pair]


def dash_before(text: str, node: yaml.Node, floor: int = 0) -> int:
    """Return the index of the `-` that introduces block list element `node`."""
    i = node.start_mark.index - 1
    while i >= floor and text[i] in " \t\r\n":
        i -= 1
    if i < floor or text[i] != "-":
        raise ValueError(f"no '-' before line {node.start_mark.line + 1}")
    return int(i)


def leading_comments(text: str, index: int, floor: int = 0) -> int:
    """Return the start of the comment lines directly above the line holding `index` (the
    line's own start when none), not above `floor`: a comment above an element belongs to it."""
    start = line_start(text, index)
    while start > floor:
        above = line_start(text, start - 1)
        if not text[above:start].lstrip(" \t").startswith("#"):
            break
        start = above
    return start


def blank_lines_above(text: str, index: int, floor: int) -> int:
    """Return the start of the blank lines directly above line start `index`, not above
    `floor`: the gap that sets an element apart from the one before."""
    start = index
    while start > floor:
        above = line_start(text, start - 1)
        if text[above:start].strip():
            break
        start = above
    return start


def mapping_column(text: str, node: yaml.MappingNode) -> int:
    """Return the column of a block mapping's keys."""
    return int(node.value[0][0].start_mark.column if node.value else node.start_mark.column)
