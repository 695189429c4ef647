"""The atomic writer: old file intact on failure, no temporary file left, leftovers proven ours."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from tests.conftest import ROOT

from briefing_app import files
from briefing_app.files import (
    file_digest,
    is_our_temporary,
    new_temporary_name,
    remove_leftovers,
    write_atomically,
)


@pytest.fixture(autouse=True)
def _own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test gets its own per-install secret, in a temporary cache folder."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_APP_CACHE", str(cache))
    monkeypatch.setattr(files, "_SECRET", None)
    yield cache


def _entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_bytes_and_keeps_the_old_mode(tmp_path: Path) -> None:
    out = tmp_path / "out" / "deck.bin"
    out.parent.mkdir()
    out.write_bytes(b"old")
    out.chmod(0o640)
    write_atomically(out, b"new" * 100_000)
    assert out.read_bytes() == b"new" * 100_000
    assert out.stat().st_mode & 0o777 == 0o640
    assert _entries(out.parent) == ["deck.bin"]


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(b"the old handout")

    def fail_half_way(fh: BinaryIO) -> None:
        fh.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as caught:
        write_atomically(out, fail_half_way)
    assert caught.value.filename == str(out)
    assert caught.value.strerror == "No space left on device"
    assert out.read_bytes() == b"the old handout"
    assert _entries(tmp_path) == ["cache", "handout.pdf"]


def test_any_exception_removes_the_temporary(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"

    def boom(fh: BinaryIO) -> None:
        fh.write(b"x")
        raise ValueError("bug")

    with pytest.raises(ValueError, match="bug"):
        write_atomically(out, boom)
    assert _entries(tmp_path) == ["cache"]


def test_missing_folder_is_an_oserror_naming_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        write_atomically(tmp_path / "nowhere" / "deck.pptx", b"x")
    assert caught.value.filename == str(tmp_path / "nowhere")


def test_temporary_names_are_proven_per_folder(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    name = new_temporary_name(a)
    assert is_our_temporary(a / name)
    assert not is_our_temporary(b / name)  # moved elsewhere: no longer proven
    forged = name[:-20] + ("0" * 16) + ".tmp"  # the same pattern, another MAC
    assert not is_our_temporary(a / forged)


def test_the_proof_needs_this_installs_secret(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    name = new_temporary_name(tmp_path)
    monkeypatch.setenv("BRIEFING_APP_CACHE", str(tmp_path / "other-install"))
    monkeypatch.setattr(files, "_SECRET", None)
    assert not is_our_temporary(tmp_path / name)


def test_leftovers_of_ours_go_and_look_alikes_stay(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    ours = folder / new_temporary_name(folder)
    ours.write_bytes(b"left by a killed export")
    look_alike = folder / ".~briefing-app.0123456789abcdef.0123456789abcdef0123456789abcdef.tmp"
    look_alike.write_bytes(b"someone else's")
    user = folder / ".deck.pptx.tmp"
    user.write_bytes(b"mine")
    write_atomically(folder / "deck.pptx", b"deck")
    assert not ours.exists()
    assert look_alike.read_bytes() == b"someone else's"
    assert user.read_bytes() == b"mine"
    assert _entries(folder) == sorted(["deck.pptx", look_alike.name, user.name])


@pytest.mark.skipif(files.fcntl is None, reason="POSIX locks; Windows refuses the unlink")
def test_a_temporary_being_written_is_not_taken(tmp_path: Path) -> None:
    live = tmp_path / new_temporary_name(tmp_path)
    with live.open("wb") as fh:
        files.fcntl.flock(fh.fileno(), files.fcntl.LOCK_EX)
        assert remove_leftovers(tmp_path) == []
        assert live.exists()
    assert remove_leftovers(tmp_path) == [live]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_writer_leaves_a_temporary_the_next_write_removes(
    tmp_path: Path, _own_key: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from briefing_app.files import write_atomically

        def die(fh):
            fh.write(b"half a deck")
            fh.flush()
            os.kill(os.getpid(), signal.SIGKILL)

        write_atomically(Path({str(folder / "deck.pptx")!r}), die)
        """
    )
    env = dict(os.environ, BRIEFING_APP_CACHE=str(_own_key))
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, timeout=60)
    assert done.returncode != 0
    left = list(folder.iterdir())
    assert len(left) == 1 and is_our_temporary(left[0]), left
    write_atomically(folder / "other.pdf", b"pdf")
    assert _entries(folder) == ["other.pdf"]


def test_the_secret_is_kept_and_reused(tmp_path: Path, _own_key: Path) -> None:
    name = new_temporary_name(tmp_path)
    key = (_own_key / files.KEY_FILE).read_bytes()
    assert len(key) == 32
    assert (_own_key / files.KEY_FILE).stat().st_mode & 0o077 == 0  # the owner's only
    assert _entries(_own_key) == [files.KEY_FILE]  # no draft left beside it
    files._SECRET = None  # as a new process would
    assert is_our_temporary(tmp_path / name)


def test_file_digest(tmp_path: Path) -> None:
    path = tmp_path / "x"
    path.write_bytes(b"abc")
    assert file_digest(path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_a_temporary_that_cannot_be_created_names_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "taken").mkdir()
    monkeypatch.setattr(files, "new_temporary_name", lambda _folder: "taken")
    with pytest.raises(FileExistsError) as caught:
        write_atomically(tmp_path / "deck.pptx", b"x")
    assert caught.value.filename == str(tmp_path / "deck.pptx")
    assert (tmp_path / "taken").is_dir()
