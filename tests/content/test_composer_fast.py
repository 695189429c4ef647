"""libyaml's own composer, used on short texts, makes exactly the bounded composer's tree."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing_app.content import composer
from briefing_app.content.composer import BoundedLoader, _compose_fast, compose
from briefing_app.content.limits import MAX_DEPTH, NODE_BUDGET
from briefing_app.paths import default_briefing

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [*sorted(DATA.rglob("*.yaml")), default_briefing() / "briefing.yaml"]

pytestmark = pytest.mark.skipif(composer._FAST is None, reason="PyYAML without libyaml")


def bounded(text: str) -> yaml.Node | None:
    loader = BoundedLoader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def shape(node: yaml.Node) -> object:
    """Return everything the loader reads of a node tree, as plain values."""
    mark = (node.start_mark.index, node.start_mark.line, node.start_mark.column)
    own = (type(node).__name__, node.tag, mark, node.end_mark.index, getattr(node, "style", None))
    if isinstance(node, yaml.ScalarNode):
        return (own, node.value)
    if isinstance(node, yaml.SequenceNode):
        return (own, [shape(child) for child in node.value])
    return (own, [(shape(k), shape(v)) for k, v in node.value])


@pytest.mark.parametrize("file", TEXTS, ids=lambda f: str(f.relative_to(f.parents[1])))
def test_the_fast_tree_is_the_bounded_tree(file: Path) -> None:
    text = file.read_bytes().decode("utf-8", errors="replace")
    fast = _compose_fast(text)
    if fast is None:  # refused: compose() gives the bounded composer's answer
        return
    assert shape(fast) == shape(bounded(text))  # type: ignore[arg-type]


def test_the_built_in_briefing_takes_the_fast_way() -> None:
    text = (default_briefing() / "briefing.yaml").read_text(encoding="utf-8")
    assert _compose_fast(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),  # too deep
        "- " * (MAX_DEPTH + 1) + "x",  # too deep in block style
        "[" + ", ".join(["1"] * NODE_BUDGET) + "]",  # too many values (and too long)
        "a: &a [1, 2, 3]\n" + "".join(f"k{i}: *a\n" for i in range(NODE_BUDGET // 8)),
        "a: &a [*a]\n",  # an alias inside its own anchor: a cycle
        "a: [\n",  # a syntax error
        "--- 1\n--- 2\n",  # two documents
    ],
)
def test_the_fast_way_refuses_what_it_cannot_prove(text: str) -> None:
    assert _compose_fast(text) is None


def test_a_cycle_of_aliases_composes_as_before() -> None:
    node = compose("a: &a [*a]\n")
    assert isinstance(node, yaml.MappingNode)
    sequence = node.value[0][1]
    assert sequence.value[0] is sequence
