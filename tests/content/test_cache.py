"""The start-up cache serves a briefing only for byte-identical files that passed every check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import MINIMAL, SOURCE, write_briefing

from briefing_app.content import check_briefing
from briefing_app.content.cache import check_briefing_cached


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_briefing(tmp_path / "b").parent


def test_second_load_is_served_from_the_cache_and_equal(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = check_briefing_cached(folder, cache)
    assert first.ok and list(cache.glob("*.pickle"))
    second = check_briefing_cached(folder, cache)
    assert second.ok
    assert second.briefing == first.briefing == check_briefing(folder).briefing


def test_a_changed_figure_is_never_served_from_the_cache(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert check_briefing_cached(folder, cache).ok
    yaml_file = folder / "briefing.yaml"
    yaml_file.write_text(MINIMAL.replace("target: 2940.1", "target: 2940.7"), encoding="utf-8")
    result = check_briefing_cached(folder, cache)
    assert not result.ok
    assert any("2940.7" in str(p) for p in result.problems)


def test_a_changed_source_text_is_checked_again(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert check_briefing_cached(folder, cache).ok
    (folder / "source.txt").write_text(SOURCE.replace("2940.1", "2940.2"), encoding="utf-8")
    result = check_briefing_cached(folder, cache)
    assert not result.ok
    assert any("quote not found" in str(p) for p in result.problems)


def test_a_broken_cache_entry_falls_back_to_the_full_check(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert check_briefing_cached(folder, cache).ok
    for entry in cache.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    result = check_briefing_cached(folder, cache)
    assert result.ok and result.briefing == check_briefing(folder).briefing


def test_a_failing_briefing_is_not_cached(tmp_path: Path) -> None:
    folder = write_briefing(tmp_path / "bad", MINIMAL.replace("kind: cover", "kind: covr")).parent
    cache = tmp_path / "cache"
    assert not check_briefing_cached(folder, cache).ok
    assert not list(cache.glob("*.pickle"))


def test_a_hit_loads_neither_the_parser_nor_the_checks(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    check_briefing_cached(folder, cache)
    code = (
        "import sys\n"
        "from briefing_app.content.cache import check_briefing_cached\n"
        f"assert check_briefing_cached({str(folder)!r}, __import__('pathlib').Path({str(cache)!r})).ok\n"
        "print(sorted(m for m in sys.modules if m == 'yaml' or m.endswith(('loader', 'provenance'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_edit_saved_during_the_check_is_not_cached_as_checked(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key is the bytes the loader read; an editor saving meanwhile changes the file."""
    import briefing_app.content.loader as loader

    real_check = loader.check_briefing

    def check_then_edit(path):  # type: ignore[no-untyped-def]
        result = real_check(path)
        yaml_file = folder / "briefing.yaml"
        yaml_file.write_text(MINIMAL.replace("target: 2940.1", "target: 2940.7"), encoding="utf-8")
        return result

    monkeypatch.setattr(loader, "check_briefing", check_then_edit)
    cache = tmp_path / "cache"
    assert check_briefing_cached(folder, cache).ok  # what was read was good
    monkeypatch.setattr(loader, "check_briefing", real_check)
    result = check_briefing_cached(folder, cache)
    assert not result.ok and any("2940.7" in str(p) for p in result.problems)


def test_changed_loader_code_checks_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing_app.content.cache as cache_module
    import briefing_app.content.loader as loader

    cache = tmp_path / "cache"
    assert check_briefing_cached(folder, cache).ok
    calls: list[Path] = []
    real_check = loader.check_briefing
    monkeypatch.setattr(loader, "check_briefing", lambda p: calls.append(p) or real_check(p))
    assert check_briefing_cached(folder, cache).ok and calls == []  # served from the cache
    monkeypatch.setattr(cache_module, "_code_stamp", lambda: ("another build",))
    assert check_briefing_cached(folder, cache).ok and len(calls) == 1
