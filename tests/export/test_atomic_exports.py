"""Command-line exports lose nothing: a full disk, the user's files, the template, no display."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tests.conftest import ROOT, write_briefing

from briefing_app.paths import default_template

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="rlimit, SIGKILL: POSIX only")

DISK_LIMIT = 16_384  # bytes a process may write into any one file: less than any output


@pytest.fixture
def briefing(tmp_path: Path) -> Path:
    return write_briefing(tmp_path / "b").parent


def run_export(
    tmp_path: Path, *args: str, disk_limit: int | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `briefing-app export ARGS` in a subprocess; with `disk_limit`, a nearly full disk."""

    def full_disk() -> None:
        import resource

        assert disk_limit is not None
        resource.setrlimit(resource.RLIMIT_FSIZE, (disk_limit, disk_limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG

    base = dict(os.environ) if env is None else env
    base.update(
        BRIEFING_APP_CACHE=str(tmp_path / "cache"),
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",
    )
    if env is None:
        base["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", "export", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=base,
        cwd=ROOT,
        timeout=180,
        preexec_fn=full_disk if disk_limit else None,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def assert_one_line_failure(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode != 0
    assert "wrote" not in result.stdout and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing-app: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize(("fmt", "name"), [("pptx", "deck.pptx"), ("pdf", "handout.pdf")])
def test_a_full_disk_keeps_the_old_file(
    tmp_path: Path, briefing: Path, fmt: str, name: str
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / name
    assert run_export(tmp_path, "--format", fmt, "--out", str(out), str(briefing)).returncode == 0
    before = snapshot(out_dir)
    assert len(before[name]) > DISK_LIMIT
    result = run_export(
        tmp_path, "--format", fmt, "--out", str(out), "--theme", "dark", str(briefing),
        disk_limit=DISK_LIMIT,
    )  # fmt: skip
    assert_one_line_failure(result, str(out), "File too large")
    assert snapshot(out_dir) == before  # old file byte for byte, no temporary file


def test_a_full_disk_keeps_the_old_images(tmp_path: Path, briefing: Path) -> None:
    out = tmp_path / "png"
    assert run_export(tmp_path, "--format", "png", "--out", str(out), str(briefing)).returncode == 0
    before = snapshot(out)
    result = run_export(
        tmp_path, "--format", "png", "--out", str(out), "--theme", "dark", str(briefing),
        disk_limit=DISK_LIMIT,
    )  # fmt: skip
    assert_one_line_failure(result, "File too large")
    after = snapshot(out)
    assert sorted(after) == sorted(before)  # no temporary file left
    manifest = ".briefing-app-images.json"
    assert {k: v for k, v in after.items() if k != manifest} == {
        k: v for k, v in before.items() if k != manifest
    }
    # The images are still recognised as ours: a later export replaces them all.
    assert run_export(tmp_path, "--format", "png", "--out", str(out), str(briefing)).returncode == 0


def test_png_export_keeps_the_users_photos(tmp_path: Path, briefing: Path) -> None:
    out = tmp_path / "Pictures"
    out.mkdir()
    photos = {"2023-01-09.png": b"\x89PNG photo", "1-family.png": b"fam", "001-scan.png": b"scan"}
    for name, data in photos.items():
        (out / name).write_bytes(data)
    result = run_export(tmp_path, "--format", "png", "--out", str(out), str(briefing))
    assert result.returncode == 0, result.stderr
    written = snapshot(out)
    for name, data in photos.items():
        assert written[name] == data
    assert {"1-cover.png", "2-figures.png", "3-list.png", "4-donut.png"} <= set(written)


def test_a_changed_image_is_not_overwritten(tmp_path: Path, briefing: Path) -> None:
    out = tmp_path / "png"
    assert run_export(tmp_path, "--format", "png", "--out", str(out), str(briefing)).returncode == 0
    (out / "2-figures.png").write_bytes(b"retouched")
    before = snapshot(out)
    result = run_export(
        tmp_path, "--format", "png", "--out", str(out), "--theme", "dark", str(briefing)
    )
    assert_one_line_failure(result, str(out / "2-figures.png"), "did not write")
    assert snapshot(out) == before  # nothing written at all


def test_a_killed_exports_leftover_goes_and_a_look_alike_stays(
    tmp_path: Path, briefing: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    killed = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from briefing_app.files import write_atomically

        def die(fh):
            fh.write(b"half a deck")
            fh.flush()
            os.kill(os.getpid(), signal.SIGKILL)

        write_atomically(Path({str(out / "deck.pptx")!r}), die)
        """
    )
    env = dict(os.environ, BRIEFING_APP_CACHE=str(tmp_path / "cache"))
    assert subprocess.run([sys.executable, "-c", killed], env=env, timeout=60).returncode != 0
    (leftover,) = out.iterdir()
    look_alike = out / ".~briefing-app.0123456789abcdef.0123456789abcdef0123456789abcdef.tmp"
    look_alike.write_bytes(b"not ours")
    result = run_export(
        tmp_path, "--format", "pptx", "--out", str(out / "deck.pptx"), str(briefing)
    )
    assert result.returncode == 0, result.stderr
    assert not leftover.exists()
    assert look_alike.read_bytes() == b"not ours"
    assert sorted(p.name for p in out.iterdir()) == sorted(["deck.pptx", look_alike.name])


def test_the_template_is_never_the_output(tmp_path: Path, briefing: Path) -> None:
    template = tmp_path / "mine.pptx"
    shutil.copy(default_template(), template)
    before = template.read_bytes()
    (tmp_path / "sub").mkdir()
    by_another_path = tmp_path / "sub" / ".." / "mine.pptx"
    result = run_export(
        tmp_path, "--format", "pptx", "--template", str(template), "--out", str(by_another_path),
        str(briefing),
    )  # fmt: skip
    assert_one_line_failure(result, "template")
    assert template.read_bytes() == before


@pytest.mark.parametrize("fmt", ["pptx", "pdf", "png"])
def test_the_briefings_own_files_are_never_the_output(
    tmp_path: Path, briefing: Path, fmt: str
) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(briefing / "source.txt")
    before = snapshot(briefing)
    for out in (briefing / "briefing.yaml", link):
        result = run_export(tmp_path, "--format", fmt, "--out", str(out), str(briefing))
        assert_one_line_failure(result, str(out), "briefing")
    assert snapshot(briefing) == before


@pytest.mark.parametrize(("fmt", "name"), [("pdf", "handout.pdf"), ("png", "png")])
def test_export_without_a_display(tmp_path: Path, briefing: Path, fmt: str, name: str) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / name
    result = run_export(tmp_path, "--format", fmt, "--out", str(out), str(briefing), env=env)
    assert result.returncode == 0, (result.returncode, result.stderr)
    assert result.stdout.strip() == f"wrote {out}"
    if fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF-")
    else:
        assert (out / "1-cover.png").read_bytes().startswith(b"\x89PNG")
