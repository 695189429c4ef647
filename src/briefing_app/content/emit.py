"""Write model values as YAML text for a splice, in PyYAML's words and the file's layout.

Every scalar is written by PyYAML's own emitter, which quotes a text whenever PyYAML's
resolver (the app's reader) would read its plain form as anything but that text (`yes`,
`010`, `1_48`, `2023-01-09`); a text with line breaks becomes a literal block. Collections
follow the file: its indentation steps (`Layout`), and the style and key order of the node
written where the new value goes or beside it (`like`).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

import yaml

from briefing_app.model.field_path import input_names
from briefing_app.model.panels import PanelBase
from briefing_app.model.text import TextItem

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_WIDE = 1 << 30  # never wrap a line


@dataclass(frozen=True)
class Layout:
    """How a file indents: a mapping inside a mapping, and a block list's dash from its key."""

    indent: int = 2
    dash: int = 0

    @classmethod
    def of(cls, text: str) -> Layout:
        """Return the layout the first nested mapping and block list of `text` show."""
        lines = [s for s in text.split("\n") if s.strip() and not s.lstrip().startswith("#")]
        indent = dash = None
        for line, after in itertools.pairwise(lines):
            key = _NESTING_KEY.fullmatch(line)
            if key is None:
                continue
            col = len(key.group(1))
            item, inner = _ITEM_LINE.match(after), _MAPPING_LINE.match(after)
            if dash is None and item and len(item.group(1)) >= col:
                dash = len(item.group(1)) - col
            elif indent is None and inner and len(inner.group(1)) > col:
                indent = len(inner.group(1)) - col
        return cls(indent or 2, dash or 0)


_NESTING_KEY = re.compile(r"( *)[^\s#\-][^:#]*:[ \t]*(#.*)?")
_MAPPING_LINE = re.compile(r"( *)[^\s#\-]")
_ITEM_LINE = re.compile(r"( *)- +(?=\S)")


def fields_of(value: Any, like: yaml.Node | None) -> list[tuple[str, Any, yaml.Node | None]]:
    """Return the keys a file writes for dataclass `value` (those not at their default), each
    with its value and the node `like` writes for it, in `like`'s key order first."""
    names = input_names(type(value))
    if isinstance(value, PanelBase):
        names = ["id", "kind", *(n for n in names if n != "id")]
    written = _pairs(like)
    order = [k for k in written if k in names]
    order += [n for n in names if n not in order]
    defaults = {f.name: f.default for f in dataclasses.fields(value)}
    out = []
    for name in order:
        field_value = value.kind if name == "kind" else getattr(value, name)
        required = defaults.get(name, dataclasses.MISSING) is dataclasses.MISSING
        if name == "kind" or required or field_value != defaults[name]:
            out.append((name, field_value, written.get(name)))
    return out


def _pairs(like: yaml.Node | None) -> dict[str, yaml.Node]:
    if not isinstance(like, yaml.MappingNode):
        return {}
    return {k.value: v for k, v in like.value if isinstance(k, yaml.ScalarNode)}


def is_scalar(value: Any, like: yaml.Node | None) -> bool:
    """Return whether `value` is written as a scalar (a plain TextItem as its text)."""
    if isinstance(value, TextItem):
        return value.source is None and not value.emphasis and not _is_mapping(like)
    return not isinstance(value, tuple) and not dataclasses.is_dataclass(value)


def shape(value: Any, like: yaml.Node | None) -> str:
    """Return how `value` is written in block context: scalar, flow, map or seq."""
    if is_scalar(value, like):
        return "scalar"
    if isinstance(like, yaml.MappingNode | yaml.SequenceNode) and not like.value:
        like = None  # an empty `[]` or `{}` says nothing of the style of a full one
    if isinstance(like, yaml.MappingNode | yaml.SequenceNode) and like.flow_style:
        return "flow"
    if isinstance(value, tuple):
        if not value or isinstance(like, yaml.ScalarNode):
            return "flow"
        if like is None and all(is_scalar(v, None) for v in value):
            return "flow"
        return "seq"
    return "map" if fields_of(value, like) else "flow"


def _scalar(value: Any) -> Any:
    """Return scalar `value` as the data PyYAML writes (an enum as its value, a TextItem as
    its text)."""
    if isinstance(value, Enum):
        return str(value.value)
    return value.text if isinstance(value, TextItem) else value


def flow_text(value: Any, like: yaml.Node | None = None) -> str:
    """Return `value` on one line in flow style (`[a, b]`, `{k: v}`, a scalar), each text
    quoted as the author quoted the one `like` holds in its place."""
    if is_scalar(value, like):
        return scalar_lines(value, like, flow=True, column=0)[0]
    if isinstance(value, tuple):
        item = like.value[0] if isinstance(like, yaml.SequenceNode) and like.value else None
        return "[" + ", ".join(flow_text(v, item) for v in value) + "]"
    pairs = fields_of(value, like)
    return "{" + ", ".join(f"{name}: {flow_text(v, child)}" for name, v, child in pairs) + "}"


def scalar_lines(value: Any, like: yaml.Node | None, flow: bool, column: int) -> list[str]:
    """Return a scalar's text: what follows its key or dash, then the lines of a literal
    block, indented to `column`."""
    data = _scalar(value)
    if not isinstance(data, str):
        return [_dump([data], default_flow_style=True).strip()[1:-1]]
    style = like.style if isinstance(like, yaml.ScalarNode) else None
    if flow or style == '"':
        quote = '"' if "\n" in data else style if style in ("'", '"') else None
        return [_dump([data], default_flow_style=True, default_style=quote).strip()[1:-1]]
    if "\n" in data:
        style = "|"
    elif style == "|":
        style = None
    lines = _block_scalar(data, style)
    head = lines[0][len("k: ") :]
    if re.match(r"[|>]\d", head):  # an indentation indicator counts from the parent's column
        return scalar_lines(value, yaml.ScalarNode(_STR, "", style='"'), flow, column)
    body = [" " * column + line[2:] if line else "" for line in lines[1:]]
    return [head, *body]


def _block_scalar(text: str, style: str | None) -> list[str]:
    """Return the lines PyYAML writes for `k: text` in block context in `style` if it can."""
    value = yaml.ScalarNode(_STR, text, style=style)
    node = yaml.MappingNode(_MAP, [(yaml.ScalarNode(_STR, "k"), value)])
    return _serialize(node).split("\n")[:-1]


def mapping_lines(value: Any, like: yaml.Node | None, column: int, layout: Layout) -> list[str]:
    """Return the lines of dataclass `value` as a block mapping at `column`."""
    lines: list[str] = []
    for name, field_value, child in fields_of(value, like):
        lines += entry_lines(" " * column + f"{name}:", field_value, child, column, layout)
    return lines


def entry_lines(
    head: str, value: Any, like: yaml.Node | None, column: int, layout: Layout
) -> list[str]:
    """Return the lines of `head` (a key and its colon at `column`) followed by `value`."""
    kind = shape(value, like)
    if kind == "scalar":
        first, *rest = scalar_lines(value, like, flow=False, column=column + layout.indent)
        return [f"{head} {first}", *rest]
    if kind == "flow":
        return [f"{head} {flow_text(value, like)}"]
    if kind == "map":
        return [head, *mapping_lines(value, like, column + layout.indent, layout)]
    return [head, *sequence_lines(value, like, column + layout.dash, layout)]


def sequence_lines(
    values: tuple[Any, ...], like: yaml.Node | None, dash: int, layout: Layout
) -> list[str]:
    """Return the lines of a block list with its dashes at column `dash`."""
    item = like.value[0] if isinstance(like, yaml.SequenceNode) and like.value else None
    lines: list[str] = []
    for value in values:
        lines += item_lines(value, item, dash, layout)
    return lines


def item_lines(
    value: Any, like: yaml.Node | None, dash: int, layout: Layout, offset: int = 2
) -> list[str]:
    """Return the lines of one block list element, its dash at column `dash` and its content
    `offset` columns further (`-   id: x` has 4)."""
    lead = " " * dash + "-" + " " * (offset - 1)
    column = dash + offset
    kind = shape(value, like)
    if kind == "scalar":
        first, *rest = scalar_lines(value, like, flow=False, column=column)
        return [lead + first, *rest]
    if kind == "map":
        lines = mapping_lines(value, like, column, layout)
        return [lead + lines[0][column:], *lines[1:]]
    return [lead + flow_text(value, like)]


def _dump(data: Any, **options: Any) -> str:
    text: str = yaml.dump(
        data, Dumper=yaml.SafeDumper, allow_unicode=True, width=_WIDE, sort_keys=False, **options
    )
    return text


def _serialize(node: yaml.Node) -> str:
    text: str = yaml.serialize(node, Dumper=yaml.SafeDumper, allow_unicode=True, width=_WIDE)
    return text


def _is_mapping(like: yaml.Node | None) -> bool:
    return isinstance(like, yaml.MappingNode)
