"""The glibc 2.28 build's parts that need no build: its cache, its pins and its floor check."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GLIBC228 = ROOT / "packaging" / "glibc228"
sys.path.insert(0, str(GLIBC228))

import cache  # noqa: E402
import floor  # noqa: E402
import pins  # noqa: E402


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_APP_CACHE", str(tmp_path / "app-cache"))
    return tmp_path / "app-cache" / "build"


def test_the_cache_lives_in_the_apps_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BRIEFING_APP_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    from briefing_app.content.cache import default_cache_dir as app_cache_dir

    assert cache.cache_root() == app_cache_dir() / "build"


def test_a_step_is_built_once_and_then_reused(cache_dir: Path) -> None:
    calls = []

    def build(partial: Path) -> None:
        calls.append(partial)
        (partial / "result").write_text("made", encoding="utf-8")

    folder, built = cache.cached("demo", "k1", build)
    assert built and folder == cache_dir / "glibc228-demo-k1"
    assert (folder / "result").read_text(encoding="utf-8") == "made"
    again, built = cache.cached("demo", "k1", build)
    assert again == folder and not built and len(calls) == 1
    _, built = cache.cached("demo", "k2", build)  # another input: built anew
    assert built and len(calls) == 2


def test_a_failed_step_leaves_nothing_that_looks_finished(cache_dir: Path) -> None:
    def build(partial: Path) -> None:
        (partial / "half").write_text("half", encoding="utf-8")
        raise RuntimeError("compiler crashed")

    with pytest.raises(RuntimeError, match="compiler crashed"):
        cache.cached("demo", "k1", build)
    assert sorted(p.name for p in cache_dir.iterdir() if p.is_dir()) == []


def test_a_killed_builders_partial_folder_is_removed(cache_dir: Path) -> None:
    cache_dir.mkdir(parents=True)
    stale = cache_dir / "glibc228-demo-old.partial-999999999"  # above pid_max: no such process
    (stale / "sub").mkdir(parents=True)
    folder, built = cache.cached("demo", "k1", lambda p: None)
    assert built and folder.is_dir() and not stale.exists()


def test_the_key_follows_the_contents(tmp_path: Path) -> None:
    script = tmp_path / "build.sh"
    script.write_text("make\n", encoding="utf-8")
    first = cache.input_key([script], "3.11")
    assert cache.input_key([script], "3.11") == first
    assert cache.input_key([script], "3.12") != first
    script.write_text("make -j2\n", encoding="utf-8")
    assert cache.input_key([script], "3.11") != first


def test_remove_tree_refuses_a_folder_with_a_mount_below(tmp_path: Path) -> None:
    # /proc is a mount point, as a chroot's /proc is while a command runs in it (and procfs
    # would refuse the deletions anyway, should the check ever fail).
    with pytest.raises(RuntimeError, match="still mounted there: /proc"):
        cache.remove_tree(Path("/proc"))
    (tmp_path / "plain" / "a").mkdir(parents=True)
    cache.remove_tree(tmp_path / "plain")
    assert not (tmp_path / "plain").exists()


def test_the_pins_are_the_venvs_versions_of_pyprojects_requirements() -> None:
    result = subprocess.run(
        [sys.executable, str(GLIBC228 / "pins.py")], capture_output=True, text=True, check=True
    )
    lines = dict(line.split("==") for line in result.stdout.split())
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"]:  # pinned ones are taken as pinned
        if "==" in requirement:
            name, version = requirement.split("==")
            assert lines[name.lower().replace(".", "-")] == version
    from importlib.metadata import version

    for name in ("numpy", "pillow", "lxml", "shiboken6", "pyinstaller", "altgraph"):
        assert lines[name] == version(name)
    assert "pytest" not in lines and "mypy" not in lines  # the dev extra stays out
    assert pins.applies(pins.Requirement("pywin32; sys_platform == 'win32'"), frozenset()) is False


def test_the_floor_check_reads_glibc_versions(tmp_path: Path) -> None:
    python = Path(sys.executable).resolve()
    shutil.copy2(python, tmp_path / "python")
    needed = floor.glibc_needed(tmp_path / "python")
    assert needed is not None and floor.version_tuple(needed) >= (2, 2)
    (tmp_path / "notes.txt").write_text("not an ELF file", encoding="utf-8")
    assert floor.elf_files(tmp_path) == [tmp_path / "python"]
    assert floor.too_new(tmp_path, needed) == []
    lower = ".".join(str(n) for n in (*floor.version_tuple(needed)[:-1], 0))
    if lower != needed:
        assert floor.too_new(tmp_path, lower) == [(Path("python"), needed)]


def test_only_the_build_hosts_newer_libraries_are_left_to_the_target() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    import trim

    toc = [
        (name, f"/usr/lib/x86_64-linux-gnu/{name}", "BINARY")
        for name in (
            "libstdc++.so.6",
            "libgcc_s.so.1",
            "libglib-2.0.so.0",
            "libgthread-2.0.so.0",
            "libzstd.so.1",
            "libxkbcommon.so.0",
            "libxkbcommon-x11.so.0",
        )
    ]
    kept = [
        (
            "libzstd-40ad5e7e.so.1.5.7",
            "site-packages/pillow.libs/libzstd-40ad5e7e.so.1.5.7",
            "BINARY",
        ),
        ("libQt6Core.so.6", "site-packages/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("libz.so.1", "/usr/lib/x86_64-linux-gnu/libz.so.1", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "BINARY"),
    ]
    assert trim.leave_to_target(toc + kept) == kept
