"""A property-based fuzz of the loader: mutated built-in briefings never raise, hang or bloat.

Three mutators start from the built-in briefing: its bytes (flips, cuts, insertions), its YAML
structure (nodes deleted, duplicated, swapped, replaced by other kinds, shared as aliases) and
its numbers (replaced by awkward ones). For every example `check` must end within a time and
memory budget, raise nothing, and either pass or report problems that each start with
`file:line:column`. The examples are derandomized (the same every run, so a failure
reproduces), hypothesis keeps no database, and everything is written to a temporary folder.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from tests.conftest import BUILTIN

from briefing_app.content import check_briefing

# Hypothesis keeps caches (of the constants it finds in the code) in ./.hypothesis even without
# a database: keep them in a temporary folder instead, never in the checkout.
_HOME = tempfile.mkdtemp(prefix="briefing-hypothesis-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
set_hypothesis_home_dir(_HOME)

YAML_BYTES = (BUILTIN / "briefing.yaml").read_bytes()
SOURCE_BYTES = (BUILTIN / "source.txt").read_bytes()

#: Seconds and bytes one check may take on a loaded two-core machine. The built-in briefing
#: checks in about 0.2 s with a peak of about 10 MB; the worst input within the loader's
#: limits (the node budget reached through aliases) in about 2 s and 60 MB.
TIME_BUDGET = 20.0
MEMORY_BUDGET = 300 * 1024 * 1024

FUZZ = settings(
    max_examples=30,
    derandomize=True,
    database=None,
    deadline=None,  # timed by the test itself, against a budget meant for a loaded machine
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A briefing folder in a temporary place, its YAML rewritten by each example."""
    path = tmp_path_factory.mktemp("fuzz")
    (path / "source.txt").write_bytes(SOURCE_BYTES)
    yield path


def assert_checked_within_budget(folder: Path, yaml_bytes: bytes) -> None:
    (folder / "briefing.yaml").write_bytes(yaml_bytes)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = check_briefing(folder)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < TIME_BUDGET, f"check took {elapsed:.1f} s"
    assert peak < MEMORY_BUDGET, f"check peaked at {peak / 2**20:.0f} MB"
    if result.ok:
        return
    assert result.problems, "not ok, yet no problem"
    at = re.compile(re.escape(str(folder / "briefing.yaml")) + r":([0-9]+):([0-9]+): \S")
    for problem in result.problems:
        text = str(problem)
        match = at.match(text)
        assert match and int(match[1]) >= 1 and int(match[2]) >= 1, text
        assert "\n" not in text and "Traceback" not in text, text


# -- bytes ---------------------------------------------------------------------------------
_BYTE_EDIT = st.tuples(
    st.sampled_from(["flip", "cut", "insert", "delete"]),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.binary(min_size=1, max_size=8),
)


def mutate_bytes(data: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    for op, where, payload in edits:
        at = int(where * max(len(data) - 1, 0))
        if op == "flip" and data:
            data = data[:at] + bytes([data[at] ^ (payload[0] or 1)]) + data[at + 1 :]
        elif op == "cut":
            data = data[:at]
        elif op == "insert":
            data = data[:at] + payload + data[at:]
        else:
            data = data[:at] + data[at + len(payload) :]
    return data


@FUZZ
@given(edits=st.lists(_BYTE_EDIT, min_size=1, max_size=6))
def test_byte_mutations(folder: Path, edits: list[tuple[str, float, bytes]]) -> None:
    assert_checked_within_budget(folder, mutate_bytes(YAML_BYTES, edits))


# -- structure -----------------------------------------------------------------------------
def collections_of(root: yaml.Node) -> list[yaml.Node]:
    """Return the lists and mappings under `root` (root included), each once, in order."""
    found: list[yaml.Node] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:  # shared through an alias, or a cycle
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            found.append(node)
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            found.append(node)
            stack.extend(v for _, v in reversed(node.value))
    return found


_SCALARS = st.sampled_from(
    ["", "~", "true", "0", "-1", "1_48", "1e999", ".inf", ".nan", "2023-02-30", "x" * 300, "/"]
)


def mutate_structure(data: st.DataObject) -> bytes:
    root = yaml.compose(YAML_BYTES.decode("utf-8"), Loader=yaml.SafeLoader)
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        nodes = collections_of(root)
        node = nodes[data.draw(st.integers(0, len(nodes) - 1), label="node")]
        items: list = node.value  # type: ignore[type-arg]
        if not items:
            continue
        i = data.draw(st.integers(0, len(items) - 1), label="item")
        j = data.draw(st.integers(0, len(items) - 1), label="other item")
        ops = ["delete", "duplicate", "swap", "scalar", "alias", "key"]
        op = data.draw(st.sampled_from(ops))
        if op == "delete":
            del items[i]
        elif op == "duplicate":
            items.insert(j, items[i])
        elif op == "swap":
            items[i], items[j] = items[j], items[i]
        elif op == "key" and isinstance(node, yaml.MappingNode):  # a list as a key: ? [a, b]
            items[i] = (nodes[data.draw(st.integers(0, len(nodes) - 1))], items[i][1])
        else:
            if op == "scalar":
                new: yaml.Node = yaml.ScalarNode("tag:yaml.org,2002:str", data.draw(_SCALARS))
                new.tag = yaml.SafeLoader("").resolve(yaml.ScalarNode, new.value, (True, False))
            elif op == "alias":  # a list or mapping used twice: an anchor and its alias
                new = nodes[data.draw(st.integers(0, len(nodes) - 1), label="shared")]
            else:
                continue
            if isinstance(node, yaml.MappingNode):
                key, _ = items[i]
                items[i] = (key, new)
            else:
                items[i] = new
    text = yaml.serialize(root, allow_unicode=True, width=10_000)
    return text.encode("utf-8")


@FUZZ
@given(data=st.data())
def test_structure_mutations(folder: Path, data: st.DataObject) -> None:
    assert_checked_within_budget(folder, mutate_structure(data))


# -- numbers -------------------------------------------------------------------------------
_NUMBER = re.compile(rb"(?<=: )-?[0-9][0-9.]*(?=\s*(?:#.*)?$)", re.MULTILINE)
_AWKWARD = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1_48", "0x1F", "0o17", "017", ".inf", "-.inf", ".nan", "1e999", "1e-999"]),
    st.sampled_from(["+1", "-0", "1.", ".5", "1:30", "1,000", "１２", "二〇二三", "True"]),
)


@FUZZ
@given(data=st.data())
def test_number_mutations(folder: Path, data: st.DataObject) -> None:
    spots = list(_NUMBER.finditer(YAML_BYTES))
    assert len(spots) > 50  # the built-in briefing is full of figures
    chosen = data.draw(st.sets(st.integers(0, len(spots) - 1), min_size=1, max_size=5))
    text = YAML_BYTES
    for index in sorted(chosen, reverse=True):
        spot = spots[index]
        new = data.draw(_AWKWARD, label=f"number {index}").encode("utf-8")
        text = text[: spot.start()] + new + text[spot.end() :]
    assert_checked_within_budget(folder, text)


def test_the_unmutated_briefing_is_checked_within_budget(folder: Path) -> None:
    assert_checked_within_budget(folder, YAML_BYTES)
    root = yaml.compose(YAML_BYTES.decode("utf-8"), Loader=yaml.SafeLoader)
    assert_checked_within_budget(folder, yaml.serialize(root, allow_unicode=True).encode())
