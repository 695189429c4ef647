"""Plan the text splices that carry a model change into a YAML file, touching only what changed.

The file is never compared with the model: the old and the new model objects are compared
(as the loader reads the file, PyYAML's YAML 1.1), and only the keys and list elements whose
model value differs are rewritten, each over the exact span PyYAML's marks give its node. A
list element that leaves one place and arrives at another (a moved panel or section) takes
its own text with it, comments and layout included; the comment lines directly above an
element belong to it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import yaml

from briefing_app.content import emit
from briefing_app.content.align import align
from briefing_app.content.emit import Layout
from briefing_app.content.yaml_marks import (
    alias_span,
    at_line_start,
    blank_lines_above,
    content_end,
    dash_before,
    is_alias_at,
    leading_comments,
    line_end,
    line_start,
    mapping_column,
)
from briefing_app.model.field_path import input_names


@dataclasses.dataclass
class _Insert:
    at: int
    value: Any
    like: yaml.Node | None
    dash: int
    offset: int  # from the dash to the element's content
    gap: str
    first: bool  # before the first element: its own gap goes after it
    order: int


@dataclasses.dataclass
class _Removed:
    value: Any
    core: str  # the element and the comments above it
    dash: int
    used: bool = False


@dataclasses.dataclass(frozen=True)
class _Item:
    """Where a list element is written: its own span, and for a block list the blank lines
    and comments above it (its gap and its core's start) and its dash's column."""

    start: int
    end: int
    alias: bool
    gap: int = 0
    core: int = 0
    dash: int = 0


class Plan:
    """The splices (start, end, new text) that take `text` to the text of a new model."""

    def __init__(self, text: str, layout: Layout) -> None:
        self.text = text
        self.layout = layout
        self._splices: list[tuple[int, int, int, str]] = []
        self._inserts: list[_Insert] = []
        self._removed: list[_Removed] = []

    # -- the result ---------------------------------------------------------------------------
    def result(self) -> str:
        """Return the text with every planned splice made; ValueError when two overlap."""
        for ins in self._inserts:
            self._splice(ins.at, ins.at, self._element_text(ins), ins.order)
        out: list[str] = []
        cursor = 0
        for start, end, _, new in sorted(self._splices):
            if start < cursor:
                raise ValueError(f"two changes overlap at line {self._line(start)}")
            out += [self.text[cursor:start], new]
            cursor = max(cursor, end)
        out.append(self.text[cursor:])
        return "".join(out)

    def _element_text(self, ins: _Insert) -> str:
        core = None
        for removed in self._removed:
            if not removed.used and removed.value == ins.value:
                removed.used = True  # a moved element: its own text, comments and all
                core = _shift(removed.core, ins.dash - removed.dash)
                break
        if core is None:
            core = _lines(emit.item_lines(ins.value, ins.like, ins.dash, self.layout, ins.offset))
        return core + ins.gap if ins.first else ins.gap + core

    def _splice(self, start: int, end: int, new: str, order: int | None = None) -> None:
        if start == end == len(self.text) and self.text and not self.text.endswith("\n"):
            new = "\n" + new
        key = len(self._splices) if order is None else order
        self._splices.append((start, end, key, new))

    def _line(self, index: int) -> int:
        return self.text.count("\n", 0, index) + 1

    # -- mappings -----------------------------------------------------------------------------
    def sync(self, node: yaml.Node, old: Any, new: Any, skip: frozenset[str] = frozenset()) -> None:
        """Rewrite the keys of mapping `node` (written for dataclass `old`) that differ in `new`."""
        if not isinstance(node, yaml.MappingNode):
            raise TypeError(f"expected a mapping at line {node.start_mark.line + 1}")
        pairs = {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}
        defaults = {f.name: f.default for f in dataclasses.fields(new)}
        names = input_names(type(new))
        for name in names:
            before, after = getattr(old, name), getattr(new, name)
            if name in skip or before == after:
                continue
            if name not in pairs:
                if after != defaults[name]:  # (a default the file leaves out stays out)
                    self._add_key(node, name, after, names)
                continue
            key, value = pairs[name]
            alias = is_alias_at(value, key.end_mark.index)
            if after is None and defaults[name] is None:
                self._del_key(node, key, value, alias)
            elif alias or not self._carried(key, value, before, after):
                self._replace_value(node, key, value, after, alias)

    def _carried(self, key: yaml.Node, node: yaml.Node, before: Any, after: Any) -> bool:
        """Carry the change into the value's own node; return whether it could."""
        return self._descend(node, before, after) or self._empty_block_list(
            key, node, before, after
        )

    def _descend(self, node: yaml.Node, before: Any, after: Any) -> bool:
        """Carry the change into `node` itself when it can hold it; return whether it did."""
        same_type = dataclasses.is_dataclass(after) and type(before) is type(after)
        if isinstance(node, yaml.MappingNode) and same_type and not emit.is_scalar(after, node):
            self.sync(node, before, after)
            return True
        lists = isinstance(before, tuple) and isinstance(after, tuple) and bool(after)
        if isinstance(node, yaml.SequenceNode) and node.value and lists:
            self.sync_list(node, before, after)
            return True
        return False

    def _empty_block_list(self, key: yaml.Node, node: yaml.Node, before: Any, after: Any) -> bool:
        """Write `key: []` for a block list whose elements all go, each removed as an element
        (so that one moving elsewhere takes its own text); return whether it did."""
        if not (isinstance(node, yaml.SequenceNode) and _is_block(node) and after == ()):
            return False
        if not isinstance(before, tuple) or len(before) != len(node.value):
            return False
        spans = self._item_spans(node)
        for i, old in enumerate(before):
            self._remove_item(spans[i], old)
        colon = self.text.index(":", key.end_mark.index) + 1
        self._splice(colon, colon, " []")
        return True

    def _replace_value(
        self, parent: yaml.MappingNode, key: yaml.Node, node: yaml.Node, value: Any, alias: bool
    ) -> None:
        if alias:
            (start, end), like = alias_span(self.text, key.end_mark.index), node
        else:
            (start, end), like = _span(self, node), node
        if parent.flow_style:
            self._splice(start, end, emit.flow_text(value, like))
            return
        column = int(key.start_mark.column)
        kind = emit.shape(value, like)
        if kind in ("map", "seq"):
            lines = emit.entry_lines("", value, like, column, self.layout)
            self._splice(key.end_mark.index, end, ":" + _lines(lines).removesuffix("\n"))
            return
        if kind == "flow":
            text = emit.flow_text(value, like)
        else:
            text = "\n".join(emit.scalar_lines(value, like, False, column + self.layout.indent))
        if _is_block(node) and not alias:
            self._splice(key.end_mark.index, end, ": " + text)
        elif start == end and self.text[start - 1 : start] == ":":  # an empty value: `key:`
            self._splice(start, end, " " + text)
        else:
            self._splice(start, end, text)

    def _add_key(self, node: yaml.MappingNode, name: str, value: Any, names: list[str]) -> None:
        later = names[names.index(name) + 1 :]
        following = next((k for k, _ in node.value if k.value in later), None)
        if node.flow_style or not node.value:
            text = f"{name}: {emit.flow_text(value)}"
            if not node.value:
                self._splice(node.start_mark.index + 1, node.start_mark.index + 1, text)
            elif following is not None:
                at = following.start_mark.index
                self._splice(at, at, text + ", ")
            else:
                at = self._value_end(*node.value[-1])
                self._splice(at, at, ", " + text)
            return
        column = mapping_column(self.text, node)
        lines = emit.entry_lines(" " * column + f"{name}:", value, None, column, self.layout)
        if following is not None and at_line_start(self.text, following.start_mark.index):
            index = next(i for i, (k, _) in enumerate(node.value) if k is following)
            floor = line_end(self.text, self._value_end(*node.value[index - 1]) - 1) if index else 0
            at = leading_comments(self.text, following.start_mark.index, floor)
        else:
            at = line_end(self.text, content_end(self.text, node) - 1)
        self._splice(at, at, _lines(lines))

    def _del_key(
        self, node: yaml.MappingNode, key: yaml.Node, value: yaml.Node, alias: bool
    ) -> None:
        index = next(i for i, (k, _) in enumerate(node.value) if k is key)
        end = self._value_end(key, value)
        nxt = node.value[index + 1][0] if index + 1 < len(node.value) else None
        if not node.flow_style and at_line_start(self.text, key.start_mark.index):
            self._splice(
                line_start(self.text, key.start_mark.index), line_end(self.text, end - 1), ""
            )
        elif nxt is not None:
            self._splice(key.start_mark.index, nxt.start_mark.index, "")
        elif index > 0:
            self._splice(self._value_end(*node.value[index - 1]), end, "")
        else:
            self._splice(key.start_mark.index, end, "" if node.flow_style else "{}")

    def _value_end(self, key: yaml.Node, value: yaml.Node) -> int:
        if is_alias_at(value, key.end_mark.index):
            return alias_span(self.text, key.end_mark.index)[1]
        return max(content_end(self.text, value), key.end_mark.index)

    # -- lists --------------------------------------------------------------------------------
    def sync_list(
        self, node: yaml.SequenceNode, old: tuple[Any, ...], new: tuple[Any, ...]
    ) -> None:
        """Rewrite the elements of non-empty list `node` (written for `old`) to write `new`."""
        items = node.value
        if len(items) != len(old):
            raise TypeError(f"the list at line {node.start_mark.line + 1} does not match")
        spans = self._item_spans(node)
        ops = align(old, new)
        if node.flow_style and any(op in ("del", "ins") for op, _, _ in ops):
            self._splice(node.start_mark.index, node.end_mark.index, emit.flow_text(new, node))
            return
        last_kept = -1
        for op, i, j in ops:
            if op == "keep":
                last_kept = i
            elif op == "pair":
                last_kept = i
                self._replace_item(node, i, spans[i], old[i], new[j])
            elif op == "del":
                self._remove_item(spans[i], old[i])
            else:
                self._insert_item(node, spans, last_kept, new[j])

    def _item_spans(self, node: yaml.SequenceNode) -> _Spans:
        return _Spans(self, node)

    def _replace_item(
        self, node: yaml.SequenceNode, i: int, span: _Item, old: Any, new: Any
    ) -> None:
        item = node.value[i]
        if not span.alias and self._descend(item, old, new):
            return
        like = item  # an alias: written like the node it stood for
        if node.flow_style:
            text = emit.flow_text(new, like)
        else:
            column = span.start - line_start(self.text, span.start)
            lines = emit.item_lines(new, like, column - 2, self.layout)
            text = _lines(lines).removesuffix("\n")[column:]
        self._splice(span.start, span.end, text)

    def _remove_item(self, span: _Item, old: Any) -> None:
        end = line_end(self.text, span.end - 1)
        self._removed.append(_Removed(old, self.text[span.core : end], span.dash))
        self._splice(span.gap, end, "")

    def _alias_dash(self, start: int) -> int:
        dash = self.text.rfind("-", 0, start)
        if dash < 0:
            raise ValueError("no '-' before an alias")
        return dash

    def _insert_item(self, node: yaml.SequenceNode, spans: _Spans, after: int, value: Any) -> None:
        like = node.value[0]  # a new element is written like the list's first
        gap = self.text[spans[-1].gap : spans[-1].core] if len(spans) > 1 else ""
        if after >= 0:
            at, first = line_end(self.text, spans[after].end - 1), False
        else:
            at, first = spans[0].core, True
        order = len(self._splices) + len(self._inserts)
        offset = 2 if spans[0].alias else like.start_mark.column - spans[0].dash
        new = _Insert(at, value, like, spans[0].dash, max(offset, 2), gap, first, order)
        self._inserts.append(new)


class _Spans:
    """Where each element of a list is written, found when first asked (an edit of one
    element of a long list needs the place of a few)."""

    def __init__(self, plan: Plan, node: yaml.SequenceNode) -> None:
        self._plan, self._node = plan, node
        self._found: dict[int, _Item] = {}
        # An element is an alias where its node starts before the text the list has reached:
        # its anchor came earlier (an element in its place starts past the one before).
        self._alias: list[bool] = []
        reached = node.start_mark.index
        for item in node.value:
            self._alias.append(bool(item.start_mark.index < reached))
            if not self._alias[-1]:
                reached = max(reached, item.end_mark.index)

    def __len__(self) -> int:
        return len(self._node.value)

    def __getitem__(self, i: int) -> _Item:
        i = i % len(self)
        if i not in self._found:
            self._found[i] = self._locate(i)
        return self._found[i]

    def _end(self, i: int) -> int:
        """Return where element `i`'s own text ends."""
        if i in self._found or self._alias[i]:
            return self[i].end
        return content_end(self._plan.text, self._node.value[i])

    def _locate(self, i: int) -> _Item:
        plan, text, item = self._plan, self._plan.text, self._node.value[i]
        alias = self._alias[i]
        after = self._end(i - 1) if i else self._node.start_mark.index
        start, end = alias_span(text, after) if alias else _span(plan, item)
        if self._node.flow_style:
            return _Item(start, end, alias)
        dash = plan._alias_dash(start) if alias else dash_before(text, item)
        floor = line_end(text, after - 1) if i else dash
        core = leading_comments(text, dash, floor)
        gap = blank_lines_above(text, core, floor)
        return _Item(start, end, alias, gap, core, dash - line_start(text, dash))


def _span(plan: Plan, node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.index, content_end(plan.text, node)


def _is_block(node: yaml.Node) -> bool:
    return (
        isinstance(node, yaml.MappingNode | yaml.SequenceNode)
        and bool(node.value)
        and not node.flow_style
    )


def _lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _shift(block: str, by: int) -> str:
    """Return `block` with every line moved `by` columns (left when negative)."""
    if by == 0:
        return block
    out = []
    for line in block.splitlines(keepends=True):
        if by > 0:
            out.append(" " * by + line if line.strip() else line)
        else:
            spaces = len(line) - len(line.lstrip(" "))
            out.append(line[min(spaces, -by) :])
    return "".join(out)
