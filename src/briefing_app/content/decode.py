"""Decode YAML nodes into the model's dataclasses, driven by their type hints.

The same hints generate the JSON Schema (see `schema.py`), so the documented format, the
validation and the model cannot drift apart. Every node's position is recorded by field path
so that later checks can point at a line and column.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from enum import Enum
from typing import Any, Union

import yaml

from briefing_app.content.composer import most_shared
from briefing_app.content.limits import NODE_BUDGET
from briefing_app.content.messages import Message, msg, text
from briefing_app.content.problems import Problem
from briefing_app.content.rules import field_problem
from briefing_app.content.scalars import CONVERTERS, ScalarError, number_of, text_of
from briefing_app.model.panels import PANEL_TYPES, PanelBase, PanelKind
from briefing_app.model.text import TextItem


class _Invalid:
    """Marks a value that failed to decode; its problem is already recorded."""


INVALID: Any = _Invalid()

#: Dataclasses that accept a plain string as shorthand for their first field.
SHORTHAND: dict[type, str] = {TextItem: "text"}

_YAML = "tag:yaml.org,2002:"
#: The tags a briefing's nodes may carry: the ones YAML resolves plain values to.
_KNOWN_TAGS = frozenset(
    _YAML + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)


class _OverBudget(Exception):
    """Raised inside the decoder when it has visited more nodes than its budget."""

    def __init__(self, node: yaml.Node, path: str) -> None:
        super().__init__(path)
        self.node = node
        self.path = path


def input_fields(cls: type) -> list[dataclasses.Field[Any]]:
    """Return the fields of `cls` that a content file may set (not the derived ones)."""
    return [
        f
        for f in dataclasses.fields(cls)
        if not f.metadata.get("derived") and not (issubclass(cls, PanelBase) and f.name == "kind")
    ]


@functools.cache
def type_hints(cls: type) -> dict[str, Any]:
    """Return the evaluated type hints of `cls` (evaluating them per node was the slow part)."""
    return typing.get_type_hints(cls)


def is_required(f: dataclasses.Field[Any]) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


class Decoder:
    """Turns a composed YAML node tree into model objects, collecting problems."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.locations: dict[str, tuple[int, int]] = {}
        self.budget = NODE_BUDGET
        self.visited = 0

    # -- reporting -------------------------------------------------------------------------
    def problem(self, node: yaml.Node | None, path: str, message: Message | str) -> None:
        line, col = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (0, 0)
        self.problems.append(Problem(self.file, line, col, path, message))

    def problem_at(self, path: str, message: Message | str) -> None:
        """Record a problem at the position recorded for `path` (or its nearest parent)."""
        line, col = self.location(path)
        self.problems.append(Problem(self.file, line, col, path, message))

    def location(self, path: str) -> tuple[int, int]:
        probe = path
        while probe:
            if probe in self.locations:
                return self.locations[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return self.locations.get("", (1, 1))

    # -- decoding --------------------------------------------------------------------------
    def decode_document(self, root: yaml.Node, hint: Any) -> Any:
        """Return the model object of a whole document, or INVALID; stops at the node budget.

        Aliases make a small file a large tree (every use of an anchor decodes its content
        again), so the decoder counts the nodes it visits and gives up past its budget.
        """
        try:
            return self.decode(root, hint, "")
        except _OverBudget as over:
            self._over_budget(root, over)
            return INVALID

    def _over_budget(self, root: yaml.Node, over: _OverBudget) -> None:
        # Content decoded again through each alias repeats its problems: keep one of each.
        seen: set[tuple[int, int, str]] = set()
        kept = []
        for problem in self.problems:
            key = (problem.line, problem.column, str(problem.message))
            if key not in seen:
                seen.add(key)
                kept.append(problem)
        self.problems = kept
        shared = most_shared(root)
        if shared is None:
            message = msg("decode.too_many_values", limit=self.budget)
            self.problem(over.node, over.path, message)
            return
        node, uses = shared
        self.problem(node, "", msg("decode.anchor_expands", uses=uses, limit=self.budget))

    def decode(self, node: yaml.Node, hint: Any, path: str) -> Any:
        self.visited += 1
        if self.visited > self.budget:
            raise _OverBudget(node, path)
        self.locations[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if node.tag not in _KNOWN_TAGS:
            self.problem(node, path, msg("decode.tag", tag=node.tag))
            return INVALID
        origin = typing.get_origin(hint)
        if origin in (Union, types.UnionType):
            return self._union(node, typing.get_args(hint), path)
        if origin is tuple:
            return self._sequence(node, typing.get_args(hint)[0], path)
        if hint is PanelBase:
            return self._panel(node, path)
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            return self._dataclass(node, hint, path)
        if isinstance(hint, type) and issubclass(hint, Enum):
            return self._enum(node, hint, path)
        return self._scalar(node, hint, path)

    def _union(self, node: yaml.Node, args: tuple[Any, ...], path: str) -> Any:
        options = [a for a in args if a is not type(None)]
        if type(None) in args and _is_null(node):
            return None
        if len(options) == 1:
            return self.decode(node, options[0], path)
        if all(o in (float, int, str) for o in options):  # number or indicator id
            if isinstance(node, yaml.ScalarNode):
                try:
                    number = number_of(node)
                except ScalarError as exc:
                    self.problem(node, path, exc.text)
                    return INVALID
                if number is not None and float in options:
                    return number
                if number is not None and int in options and node.tag.endswith(":int"):
                    return int(node.value)  # a year, or a label such as “十二五”末
                if str in options and number is None:
                    try:
                        return text_of(node)
                    except ScalarError as exc:
                        self.problem(node, path, exc.text)
                        return INVALID
            wanted = "decode.number_or_id" if float in options else "decode.year_or_label"
            self.problem(node, path, msg(wanted))
            return INVALID
        if set(options) == set(PANEL_TYPES.values()):
            return self._panel(node, path)
        raise TypeError(f"unsupported union {args}")  # a model change the decoder lacks

    def _sequence(self, node: yaml.Node, item: Any, path: str) -> Any:
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, path, msg("decode.expected_list", got=_describe(node)))
            return INVALID
        values = [self.decode(child, item, f"{path}[{i}]") for i, child in enumerate(node.value)]
        return INVALID if any(v is INVALID for v in values) else tuple(values)

    def _panel(self, node: yaml.Node, path: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, path, msg("decode.expected_panel", got=_describe(node)))
            return INVALID
        kind_node = _child(node, "kind")
        if kind_node is None:
            self.problem(node, f"{path}.kind", _missing("kind", [k.value for k in PanelKind]))
            return INVALID
        kind = self._enum(kind_node, PanelKind, f"{path}.kind")
        if kind is INVALID:
            return INVALID
        return self._dataclass(node, PANEL_TYPES[kind], path, skip=frozenset({"kind"}))

    def _dataclass(
        self, node: yaml.Node, cls: type, path: str, skip: frozenset[str] = frozenset()
    ) -> Any:
        shorthand = SHORTHAND.get(cls)
        if shorthand and isinstance(node, yaml.ScalarNode) and not _is_null(node):
            value = self._scalar(node, str, path)
            return INVALID if value is INVALID else cls(**{shorthand: value})
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, path, msg("decode.expected_mapping", got=_describe(node)))
            return INVALID
        fields = {f.name: f for f in input_fields(cls)}
        hints = type_hints(cls)
        values: dict[str, Any] = {}
        ok = True
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, path, msg("decode.key_not_name", got=_describe(key_node)))
                ok = False
                continue
            key = key_node.value
            sub = f"{path}.{key}" if path else str(key)
            if key in skip:
                continue
            if key not in fields:
                self.problem(key_node, sub, _unknown_key(key, list(fields)))
                ok = False
                continue
            if key in values:
                self.problem(key_node, sub, msg("decode.key_twice"))
                ok = False
                continue
            values[key] = self.decode(value_node, hints[key], sub)
            ok = ok and values[key] is not INVALID
            broken = values[key] is not INVALID and field_problem(cls, key, values[key])
            if broken:
                self.problem(value_node, sub, broken)
                ok = False
        for name, f in fields.items():
            if name not in values and is_required(f):
                sub = f"{path}.{name}" if path else name
                self.problem(node, sub, msg("decode.missing", key=name))
                ok = False
        return cls(**values) if ok else INVALID

    def _enum(self, node: yaml.Node, cls: type[Enum], path: str) -> Any:
        choices = [str(m.value) for m in cls]
        if isinstance(node, yaml.ScalarNode) and node.value in choices:
            return cls(node.value)
        got = node.value if isinstance(node, yaml.ScalarNode) else _describe(node)
        self.problem(node, path, msg("decode.not_one_of", got=got, choices=choices))
        return INVALID

    def _scalar(self, node: yaml.Node, hint: Any, path: str) -> Any:
        if not isinstance(node, yaml.ScalarNode) or _is_null(node):
            self.problem(
                node, path, msg("decode.expected", expected=_name(hint), got=_describe(node))
            )
            return INVALID
        converter = CONVERTERS.get(hint)
        if converter is None:
            raise TypeError(f"unsupported type {hint!r} at {path}")
        try:
            return converter(node)
        except ScalarError as exc:
            self.problem(node, path, exc.text)
            return INVALID
        except (ValueError, TypeError):
            got = msg("node.value", value=node.value)
            self.problem(node, path, msg("decode.expected", expected=_name(hint), got=got))
            return INVALID


def _is_null(node: yaml.Node) -> bool:
    return node.tag == "tag:yaml.org,2002:null"


def _child(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, value_node in node.value:
        if key_node.value == key:
            found: yaml.Node = value_node
            return found
    return None


def _describe(node: yaml.Node) -> Message:
    if isinstance(node, yaml.MappingNode):
        return msg("node.mapping")
    if isinstance(node, yaml.SequenceNode):
        return msg("node.list")
    if _is_null(node):
        return msg("node.nothing")
    return msg("node.value", value=node.value)


_TYPE_NAMES = {str: "type.text", int: "type.int", float: "type.number", bool: "type.bool"}


def _name(hint: Any) -> Message:
    if hint is dt.date:
        return msg("type.date")
    key = _TYPE_NAMES.get(hint)
    return msg(key) if key else text(getattr(hint, "__name__", str(hint)))


def closest(word: str, known: list[str]) -> list[str]:
    """Return the known word most like `word` (for "did you mean"), if any is close."""
    import difflib  # only when something is misspelt

    return difflib.get_close_matches(word, known, n=1)


def did_you_mean(word: str, known: list[str]) -> Message | str:
    """Return the hint naming the known word closest to `word`, or "" when none is close."""
    close = closest(str(word), known)
    return msg("decode.did_you_mean", word=close[0]) if close else ""


def _unknown_key(key: str, known: list[str]) -> Message:
    return msg("decode.unknown_key", key=key, hint=did_you_mean(key, known), allowed=known)


def _missing(key: str, choices: list[str]) -> Message:
    return msg("decode.missing_one_of", key=key, choices=choices)
