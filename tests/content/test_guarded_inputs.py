"""Bad inputs made on the fly: too big, pipes, devices, symlinks, encodings, NUL bytes.

They are generated rather than kept in tests/data/bad because they are large, binary, or
special files that git cannot hold.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from tests.conftest import MINIMAL, SOURCE, write_briefing

from briefing_app.content import check_briefing
from briefing_app.content.cache import check_briefing_cached
from briefing_app.content.guarded import ReadRefused, read_capped
from briefing_app.content.limits import (
    MAX_FORMULA_CHARS,
    MAX_SOURCE_BYTES,
    MAX_TEXT_CHARS,
    MAX_YAML_BYTES,
    NODE_BUDGET,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev exist on POSIX")


def problems(path: Path) -> list[str]:
    result = check_briefing(path)
    assert not result.ok
    return [p.render("en") for p in result.problems]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_oversized_yaml_is_refused_by_size_without_reading_it(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    with path.open("r+b") as fh:  # sparse: no disk used, nothing worth reading
        fh.truncate(MAX_YAML_BYTES + 1)
    assert problems(path) == [f"{path}:1:1: is 5 MB, more than the limit of 5 MB"]


def test_oversized_source_is_refused_at_the_source_line(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    with (path.parent / "source.txt").open("r+b") as fh:
        fh.truncate(MAX_SOURCE_BYTES + 1)
    found = problems(path)
    assert len(found) == 1
    assert found[0].startswith(f"{path}:2:9: source: source text ")
    assert "more than the limit of 20 MB" in found[0]


def test_a_file_growing_past_the_limit_is_read_no_further(tmp_path: Path) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 10)
    assert read_capped(path, 10) == b"x" * 10
    with pytest.raises(ReadRefused, match="more than the limit"):
        read_capped(path, 9)


@posix_only
def test_source_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b", MINIMAL.replace("source.txt", "pipe.txt", 1))
    os.mkfifo(path.parent / "pipe.txt")
    outcome: list[list[str]] = []
    worker = threading.Thread(target=lambda: outcome.append(problems(path)), daemon=True)
    worker.start()
    worker.join(timeout=30)  # a blocking open would never return
    assert outcome, "check blocked on the FIFO"
    assert any(
        p.startswith(f"{path}:2:9: source: ") and "is a pipe (FIFO), not a regular file" in p
        for p in outcome[0]
    ), outcome


@posix_only
def test_yaml_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "briefing.yaml"
    os.mkfifo(fifo)
    started = time.perf_counter()
    found = problems(fifo)
    assert time.perf_counter() - started < 30
    assert found == [f"{fifo}: is a pipe (FIFO), not a regular file"]


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_source_symlink_to_a_device_is_refused(tmp_path: Path, device: str) -> None:
    path = write_briefing(tmp_path / "b", MINIMAL.replace("source.txt", "link.txt", 1))
    (path.parent / "link.txt").symlink_to(device)
    found = problems(path)
    assert any("'link.txt' leads outside the briefing's folder" in p for p in found), found


@posix_only
def test_read_capped_refuses_a_device_given_directly() -> None:
    with pytest.raises(ReadRefused, match="is a device or socket, not a regular file"):
        read_capped(Path("/dev/zero"), 100)


def test_source_symlink_inside_the_folder_is_followed(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b", MINIMAL.replace("source.txt", "link.txt", 1))
    (path.parent / "link.txt").symlink_to(path.parent / "source.txt")
    assert check_briefing(path).ok


def test_source_hard_link_to_the_yaml_is_refused(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b", MINIMAL.replace("source.txt", "copy.txt", 1))
    os.link(path, path.parent / "copy.txt")
    assert any("is the briefing's own YAML file" in p for p in problems(path))


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-16", "is saved as UTF-16; save it as UTF-8"),  # with a BOM
        ("utf-16-le", "is saved as UTF-16; save it as UTF-8"),  # without
        ("utf-16-be", "is saved as UTF-16; save it as UTF-8"),
        ("utf-32", "is saved as UTF-32; save it as UTF-8"),
        ("gbk", "is saved as GBK (GB18030); save it as UTF-8"),
        ("gb18030", "is saved as GBK (GB18030); save it as UTF-8"),
    ],
)
def test_yaml_in_another_encoding_is_named(tmp_path: Path, encoding: str, expected: str) -> None:
    path = write_briefing(tmp_path / "b")
    path.write_bytes(MINIMAL.encode(encoding))
    assert problems(path) == [f"{path}:1:1: {expected}"]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-16", "is saved as UTF-16"), ("gbk", "is saved as GBK (GB18030)")],
)
def test_source_in_another_encoding_is_named(tmp_path: Path, encoding: str, expected: str) -> None:
    path = write_briefing(tmp_path / "b")
    (path.parent / "source.txt").write_bytes(SOURCE.encode(encoding))
    found = problems(path)
    assert len(found) == 1 and found[0].startswith(f"{path}:2:9: source: source text "), found
    assert f"{expected}; save it as UTF-8" in found[0]


def test_utf8_with_a_bom_is_fine(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode("utf-8"))
    (path.parent / "source.txt").write_bytes(b"\xef\xbb\xbf" + SOURCE.encode("utf-8"))
    assert check_briefing(path).ok


def test_nul_byte_is_named_at_its_line_and_column(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    text = MINIMAL.replace("测试会议", "测试\x00会议")
    path.write_bytes(text.encode("utf-8"))
    line = line_of(text, "\x00")
    assert problems(path) == [
        f"{path}:{line}:14: holds the control character U+0000, which YAML does not allow"
    ]


def test_binary_garbage_is_not_utf8(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    path.write_bytes(bytes(range(256)) * 4)
    found = problems(path)
    assert len(found) == 1 and found[0].startswith(f"{path}:"), found


def test_formula_of_20000_terms_is_refused_before_parsing(tmp_path: Path) -> None:
    long = " + ".join(["total"] * 20_000)
    text = MINIMAL.replace("formula: annual / total * 100", f"formula: {long}")
    path = write_briefing(tmp_path / "b", text)
    found = problems(path)
    line = line_of(text, "formula: total + total")
    assert any(
        p.startswith(f"{path}:{line}:")
        and f"more than the limit of {MAX_FORMULA_CHARS}" in p
        and "indicators[2].formula" in p
        for p in found
    ), found


def test_formula_of_too_many_terms_within_the_length(tmp_path: Path) -> None:
    many = "+".join(["1"] * 150)  # 299 characters, 150 numbers
    text = MINIMAL.replace("formula: annual / total * 100", f"formula: {many}")
    found = problems(write_briefing(tmp_path / "b", text))
    assert any("formula has 150 numbers and ids, more than the limit of 100" in p for p in found)


def test_a_file_of_too_many_values_is_refused_while_parsing(tmp_path: Path) -> None:
    flood = "[" + ",".join(["1"] * (NODE_BUDGET + 10)) + "]"
    text = MINIMAL.replace("  subtitle: 副标题\n", f"  subtitle: {flood}\n")
    path = write_briefing(tmp_path / "b", text)
    found = problems(path)
    assert len(found) == 1
    assert found[0].startswith(f"{path}:{line_of(text, 'subtitle')}:")
    assert f"the file has more than {NODE_BUDGET} values, the limit" in found[0]


def test_cache_rereads_the_source_guardedly(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    cache = tmp_path / "cache"
    assert check_briefing_cached(path, cache).ok  # stored
    assert check_briefing_cached(path, cache).ok  # served from the cache
    with (path.parent / "source.txt").open("r+b") as fh:
        fh.truncate(MAX_SOURCE_BYTES + 1)  # the cache may not read this to compare
    result = check_briefing_cached(path, cache)
    assert not result.ok
    assert any("more than the limit of 20 MB" in p.render("en") for p in result.problems)


def test_alias_bomb_of_30_kb_stops_at_the_node_budget(tmp_path: Path) -> None:
    # Anchors reused across sections, panels and items: 300 sections x 100 panels x 1000 items
    # would be 30 million values; before the budget, check grew past 3 GB on such a file.
    items = "[" + ", ".join(["条目"] * 1000) + "]"
    panel = f"{{id: p, kind: bullets, title: 标题, notes: 备注, items: &items {items}}}"
    panels = f"&panels [&panel {panel}" + ", *panel" * 99 + "]"
    text = (
        MINIMAL.split("sections:\n")[0]
        + f"sections:\n  - {{id: s, title: 主体, panels: {panels}}}\n"
        + "".join(f"  - {{id: s{i}, title: 主体, panels: *panels}}\n" for i in range(300))
    )
    assert 20_000 < len(text.encode("utf-8")) < 40_000
    path = write_briefing(tmp_path / "b", text)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        found = problems(path)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 20, f"{elapsed:.1f} s"
    assert peak < 200 * 1024 * 1024, f"{peak / 2**20:.0f} MB"
    line = line_of(text, "&panel ")
    assert len(found) == 1, found
    assert found[0].startswith(f"{path}:{line}:")
    assert f"with its aliases the briefing expands to more than {NODE_BUDGET} values" in found[0]


def test_source_not_utf8_names_the_line_and_column_in_the_source(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    data = SOURCE.encode("utf-8").replace("续建".encode(), "续建".encode("gbk"))
    (path.parent / "source.txt").write_bytes(data)
    line = line_of(SOURCE, "续建")
    column = SOURCE.splitlines()[line - 1].encode().index("续建".encode()) + 1
    found = problems(path)
    assert len(found) == 1, found
    assert found[0].startswith(f"{path}:2:9: source: source text ")
    assert f"is not UTF-8 (byte 0x{'续'.encode('gbk')[0]:02x}); save it as UTF-8" in found[0]
    assert found[0].endswith(f"(line {line}, column {column})")


def test_text_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    long = "测" * (MAX_TEXT_CHARS + 1)
    text = MINIMAL.replace("        notes: 开场。\n", f"        notes: {long}\n")
    path = write_briefing(tmp_path / "b", text)
    assert problems(path) == [
        f"{path}:{line_of(text, 'notes: 测测')}:16: sections[0].panels[0].notes: the text has"
        f" {MAX_TEXT_CHARS + 1} characters, more than the limit of {MAX_TEXT_CHARS}"
    ]


def test_long_text_as_a_shorthand_item_is_refused(tmp_path: Path) -> None:
    long = "测" * (MAX_TEXT_CHARS + 1)
    text = MINIMAL.replace("          - 不带数字的一条\n", f"          - {long}\n")
    found = problems(write_briefing(tmp_path / "b", text))
    assert len(found) == 1 and "items[1]: the text has" in found[0], found


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a" * 5000, "cannot be read: File name too long"), ("nul\x00byte", "no such file")],
)
def test_an_impossible_path_is_one_line_not_a_traceback(
    tmp_path: Path, name: str, expected: str
) -> None:
    result = check_briefing(tmp_path / name)
    assert not result.ok
    assert [p.line for p in result.problems] == [0]
    assert expected in result.problems[0].render("en")


def test_problems_repeated_through_aliases_are_reported_once(tmp_path: Path) -> None:
    items = "[" + ", ".join(["条目"] * 100) + "]"
    panel = f"{{id: p, kind: bullets, title: 标题, notes: 备注, colour: red, items: {items}}}"
    text = (
        MINIMAL.split("sections:\n")[0]
        + f"sections:\n  - {{id: s, title: 主体, panels: &panels [&panel {panel}"
        + ", *panel" * 99
        + "]}\n"
        + "".join(f"  - {{id: s{i}, title: 主体, panels: *panels}}\n" for i in range(20))
    )
    found = problems(write_briefing(tmp_path / "b", text))
    assert len(found) == 2, found
    assert "expands to more than" in found[0]
    assert "unknown key 'colour'" in found[1]


@posix_only
def test_a_pipe_in_place_of_a_cache_entry_is_not_read(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    cache = tmp_path / "cache"
    assert check_briefing_cached(path, cache).ok
    (entry,) = cache.iterdir()
    entry.unlink()
    os.mkfifo(entry)
    outcome: list[bool] = []
    worker = threading.Thread(
        target=lambda: outcome.append(check_briefing_cached(path, cache).ok), daemon=True
    )
    worker.start()
    worker.join(timeout=30)  # a blocking open would never return
    assert outcome == [True]  # checked in full instead
