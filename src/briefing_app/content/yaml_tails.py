"""Comments written after a list element, kept in place when elements move around them.

ruamel.yaml hangs the comment lines that follow an element (a blank line, or the heading
comment of the next section) on that element's last value. Moved or removed as it is, the
last panel of a section would take the next section's heading comment with it; so before the
last element leaves its list, or after a new last element arrives, the two elements on
either side of the gap swap what follows them, and the heading stays where it was.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefing_app.content.yaml_sync import Journal

_POST = 2  # in a mapping's comment entry for a key: the comment after the key's value


def swap_tails(journal: Journal, first: Any, second: Any) -> None:
    """Swap the comments written after `first` and after `second` (both block mappings)."""
    a, b = _tail_slot(first), _tail_slot(second)
    if a is None or b is None:
        return
    after_a, after_b = _get(a), _get(b)
    _set(journal, a, after_b)
    _set(journal, b, after_a)


def _tail_slot(node: Any) -> tuple[CommentedMap, Any] | None:
    """Return the (mapping, key) whose post-value comment is written after `node`."""
    while isinstance(node, CommentedMap) and len(node) and not node.fa.flow_style():
        key = next(reversed(node))
        value = node[key]
        if isinstance(value, CommentedMap) and len(value) and not value.fa.flow_style():
            node = value
            continue
        if isinstance(value, CommentedSeq) and len(value) and not value.fa.flow_style():
            last = value[-1]
            if isinstance(last, CommentedMap) and not last.fa.flow_style():
                node = last
                continue
            return None  # a list of plain values keeps the comment in the list itself
        return node, key
    return None


def _get(slot: tuple[CommentedMap, Any]) -> Any:
    node, key = slot
    entry = node.ca.items.get(key)
    return entry[_POST] if entry and len(entry) > _POST else None


def _set(journal: Journal, slot: tuple[CommentedMap, Any], token: Any) -> None:
    node, key = slot
    old = node.ca.items.get(key)
    entry = list(old) if old else [None, None, None, None]
    entry[_POST] = token
    node.ca.items[key] = entry

    def undo() -> None:
        if old is None:
            node.ca.items.pop(key, None)
        else:
            node.ca.items[key] = old

    journal.record(undo)
