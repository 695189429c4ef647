"""The bounded composer builds the same node tree as PyYAML's, and stops past its limits."""

from __future__ import annotations

import pytest
import yaml
from tests.conftest import BUILTIN, MINIMAL

from briefing_app.content.composer import TooBig, compose, most_shared
from briefing_app.content.encoding import decode_utf8
from briefing_app.content.limits import MAX_DEPTH, NODE_BUDGET


def same_tree(a: yaml.Node, b: yaml.Node) -> bool:
    if type(a) is not type(b) or a.tag != b.tag:
        return False
    if (a.start_mark.line, a.start_mark.column) != (b.start_mark.line, b.start_mark.column):
        return False
    if isinstance(a, yaml.ScalarNode):
        return bool(a.value == b.value and (a.style or None) == (b.style or None))
    if len(a.value) != len(b.value):
        return False
    if isinstance(a, yaml.SequenceNode):
        return all(same_tree(x, y) for x, y in zip(a.value, b.value, strict=True))
    return all(
        same_tree(k1, k2) and same_tree(v1, v2)
        for (k1, v1), (k2, v2) in zip(a.value, b.value, strict=True)
    )


@pytest.mark.parametrize("text", [MINIMAL, (BUILTIN / "briefing.yaml").read_text("utf-8")])
def test_same_tree_as_pyyaml(text: str) -> None:
    ours = compose(text)
    assert ours is not None
    assert same_tree(ours, yaml.compose(text, Loader=yaml.SafeLoader))


def test_limits_hold_exactly() -> None:
    # A list of n scalars is n + 1 nodes, in a mapping under one key n + 3.
    fits = "x: [" + ",".join(["1"] * (NODE_BUDGET - 3)) + "]"
    assert compose(fits) is not None
    with pytest.raises(TooBig, match=f"more than {NODE_BUDGET} values"):
        compose("x: [" + ",".join(["1"] * (NODE_BUDGET - 2)) + "]")
    assert compose("[" * (MAX_DEPTH - 1) + "x" + "]" * (MAX_DEPTH - 1)) is not None
    with pytest.raises(TooBig, match=f"more than {MAX_DEPTH} levels"):
        compose("[" * MAX_DEPTH + "x" + "]" * MAX_DEPTH)


def test_aliases_share_nodes_and_the_most_shared_is_found() -> None:
    root = compose("a: &a [1, 2]\nb: &b {k: *a}\nc: [*a, *a, *b]\n")
    assert root is not None
    shared = most_shared(root)
    assert shared is not None
    node, uses = shared
    assert isinstance(node, yaml.SequenceNode) and uses == 4
    assert node.start_mark.line == 0
    assert most_shared(compose("a: [1, 2]\nb: [1, 2]\n")) is None  # type: ignore[arg-type]


def test_recursive_alias_composes_to_a_cycle_without_hanging() -> None:
    root = compose("a: &x [*x]\n")
    assert root is not None
    inner = root.value[0][1]
    assert inner.value[0] is inner
    assert most_shared(root) == (inner, 2)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("title: café\n".encode("latin-1"), (1, 11, "is not UTF-8 (byte 0xe9)")),
        ("标题: 测试\n".encode("gbk"), (1, 1, "is saved as GBK (GB18030)")),
        ("标题: 测试\n".encode("utf-16-le"), (1, 1, "is saved as UTF-16")),
        ("format: 1\ntitle: 测试\n".encode("utf-16-be"), (1, 1, "is saved as UTF-16")),
        ("a: 测试\nb: ".encode() + "测".encode("gbk"), (2, 4, "is not UTF-8")),
    ],
)
def test_encodings_are_named(data: bytes, expected: tuple[int, int, str]) -> None:
    text, problem = decode_utf8(data)
    assert text is None and problem is not None
    line, column, message = expected
    assert (problem.line, problem.column) == (line, column)
    assert problem.message.startswith(message)


def test_utf8_with_and_without_bom_decodes() -> None:
    assert decode_utf8("标题: 测试\n".encode()) == ("标题: 测试\n", None)
    assert decode_utf8("\ufeff标题".encode()) == ("标题", None)
