"""Carry a model change into ruamel.yaml's round-trip tree, touching only what changed.

The tree is never compared with the model (ruamel reads YAML 1.2, the app PyYAML's 1.1):
the old and the new model objects are compared, and only the keys and list elements whose
model value differs are rewritten. Every change goes through a `Journal` that can undo it
exactly, the very node objects (and their comments) put back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from enum import Enum
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    LiteralScalarString,
    ScalarString,
)

from briefing_app.model.field_path import input_names
from briefing_app.model.panels import PanelBase
from briefing_app.model.text import TextItem

_PYYAML = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"


class Journal:
    """Changes made to a tree, each with its inverse; `undo()` puts the tree back as it was."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []

    def __bool__(self) -> bool:
        return bool(self._undo)

    def record(self, undo: Callable[[], None]) -> None:
        """Record the inverse of a change made outside the methods below."""
        self._undo.append(undo)

    def finally_undo(self, action: Callable[[], None]) -> None:
        """Run `action` after everything else when the journal is undone."""
        self._undo.insert(0, action)

    def set_key(self, node: CommentedMap, key: str, value: Any, position: int | None) -> None:
        if key in node:
            old = node[key]
            node[key] = value
            self._undo.append(lambda: node.__setitem__(key, old))
            return
        node.insert(len(node) if position is None else position, key, value)
        self._undo.append(lambda: node.__delitem__(key))

    def del_key(self, node: CommentedMap, key: str) -> None:
        position = list(node).index(key)
        old = node[key]
        comment = node.ca.items.pop(key, None)
        del node[key]

        def undo() -> None:
            node.insert(position, key, old)
            if comment is not None:
                node.ca.items[key] = comment

        self._undo.append(undo)

    def set_item(self, seq: CommentedSeq, index: int, value: Any) -> None:
        old = seq[index]
        seq[index] = value
        self._undo.append(lambda: seq.__setitem__(index, old))

    def insert(self, seq: CommentedSeq, index: int, value: Any) -> None:
        seq.insert(index, value)
        self._undo.append(lambda: seq.__delitem__(index))

    def pop(self, seq: CommentedSeq, index: int) -> Any:
        old, comment = self._pop(seq, index)

        def undo() -> None:
            seq.insert(index, old)
            if comment is not None:
                seq.ca.items[index] = comment

        self._undo.append(undo)
        return old

    @staticmethod
    def _pop(seq: CommentedSeq, index: int) -> tuple[Any, Any]:
        comment = seq.ca.items.get(index)
        old = seq[index]
        del seq[index]
        return old, comment

    def undo(self) -> None:
        """Undo every change, last first."""
        while self._undo:
            self._undo.pop()()


def sync(
    journal: Journal, node: Any, old: Any, new: Any, skip: frozenset[str] = frozenset()
) -> None:
    """Rewrite the keys of mapping `node` (written for dataclass `old`) that differ in `new`."""
    if not isinstance(node, CommentedMap):
        raise TypeError(f"expected a mapping for {type(new).__name__}, got {type(node).__name__}")
    defaults = {f.name: f.default for f in dataclasses.fields(new)}
    names = input_names(type(new))
    for name in names:
        before, after = getattr(old, name), getattr(new, name)
        if name in skip or before == after:
            continue
        if name not in node:
            journal.set_key(node, name, to_node(after), _position(node, names, name))
        elif after is None and defaults[name] is None:
            journal.del_key(node, name)
        elif _mapping_for(node[name], after) and type(before) is type(after):
            sync(journal, node[name], before, after)
        elif isinstance(node[name], CommentedSeq) and isinstance(after, tuple):
            sync_list(journal, node[name], before, after)
        else:
            journal.set_key(node, name, to_node(after, node[name]), None)


def sync_list(
    journal: Journal, seq: CommentedSeq, old: tuple[Any, ...], new: tuple[Any, ...]
) -> None:
    """Rewrite the elements of `seq` (written for `old`) so that it writes `new`."""
    if len(seq) != len(old):
        raise TypeError("the list in the file does not match the model")
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    common = min(end_old - start, end_new - start)
    for i in range(start, start + common):
        if _mapping_for(seq[i], new[i]) and type(old[i]) is type(new[i]):
            sync(journal, seq[i], old[i], new[i])
        else:
            journal.set_item(seq, i, to_node(new[i], seq[i]))
    for i in reversed(range(start + common, end_old)):
        journal.pop(seq, i)
    like = seq[0] if len(seq) else None
    for i in range(start + common, end_new):
        journal.insert(seq, i, to_node(new[i], like))


def to_node(value: Any, like: Any = None) -> Any:
    """Return a fresh tree node writing model `value`, in the style of node `like` if given."""
    if value is None or isinstance(value, bool | int | float | dt.date):
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return _text(value, like)
    if isinstance(value, tuple):
        seq = CommentedSeq(
            to_node(v, like[0] if isinstance(like, list) and like else None) for v in value
        )
        if isinstance(like, CommentedSeq) and like.fa.flow_style():
            seq.fa.set_flow_style()
        return seq
    shorthand = isinstance(value, TextItem) and value.source is None and not value.emphasis
    if shorthand and not isinstance(like, dict):
        return _text(value.text, like)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _mapping(value, like)
    raise TypeError(f"cannot write {value!r}")


def _mapping(value: Any, like: Any) -> CommentedMap:
    names = input_names(type(value))
    if isinstance(value, PanelBase):
        names = ["id", "kind", *(n for n in names if n != "id")]
    defaults = {f.name: f.default for f in dataclasses.fields(value)}
    order = [k for k in like if k in names] if isinstance(like, dict) else []
    order += [n for n in names if n not in order]
    node = CommentedMap()
    for name in order:
        field_value = value.kind if name == "kind" else getattr(value, name)
        required = defaults.get(name, dataclasses.MISSING) is dataclasses.MISSING
        if name == "kind" or required or field_value != defaults[name]:
            node[name] = to_node(field_value, like.get(name) if isinstance(like, dict) else None)
    if isinstance(like, CommentedMap) and like.fa.flow_style():
        node.fa.set_flow_style()
    return node


def _text(text: str, like: Any) -> Any:
    """Return `text` as a scalar PyYAML (the app's reader) reads back as this very text, in
    the style the author wrote the old value in (folded, literal, quoted) where it has one."""
    if "\n" in text:
        return LiteralScalarString(text)
    if isinstance(like, ScalarString) and not isinstance(like, LiteralScalarString):
        return type(like)(text)
    tag = _PYYAML.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    if tag != _STR or text != text.strip():
        return DoubleQuotedScalarString(text)
    return text


def _mapping_for(node: Any, value: Any) -> bool:
    return isinstance(node, CommentedMap) and dataclasses.is_dataclass(value)


def _position(node: CommentedMap, names: list[str], name: str) -> int | None:
    """Return where a new key goes: before the first key written that the model lists after it."""
    later = names[names.index(name) + 1 :]
    for position, key in enumerate(node):
        if key in later:
            return position
    return None
