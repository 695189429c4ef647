"""The command line: check, dump --json, --version, --help and clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import BUILTIN, MINIMAL, ROOT, write_briefing

from briefing_app import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_check_builtin_passes() -> None:
    result = run("check")
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout


def test_check_reports_changed_figure_with_file_line_column(tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    text = (BUILTIN / "briefing.yaml").read_text(encoding="utf-8")
    assert "target: 2940.1" in text
    (folder / "source.txt").write_bytes((BUILTIN / "source.txt").read_bytes())
    # The figure alone, and then every 2940.1 of the file (quotes and notes too): both caught.
    for edited in (
        text.replace("target: 2940.1", "target: 2940.7"),
        text.replace("2940.1", "2940.7"),
    ):
        (folder / "briefing.yaml").write_text(edited, encoding="utf-8")
        result = run("check", str(folder))
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert lines and all(line.startswith(str(folder / "briefing.yaml") + ":") for line in lines)
        assert any("2940.7" in line for line in lines), lines
        assert "Traceback" not in result.stderr
    figure_line = next(i for i, line in enumerate(text.splitlines(), 1) if "target: 2940.1" in line)
    (folder / "briefing.yaml").write_text(
        text.replace("target: 2940.1", "target: 2940.7"), encoding="utf-8"
    )
    lines = run("check", str(folder)).stderr.splitlines()
    assert any(
        line.startswith(f"{folder / 'briefing.yaml'}:{figure_line}:")
        and "does not appear in its source" in line
        for line in lines
    ), lines


def test_check_accepts_the_yaml_file_too(minimal_briefing: Path) -> None:
    assert run("check", str(minimal_briefing)).returncode == 0


def test_check_missing_path_is_one_line(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "missing"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"{tmp_path / 'missing'}: no such file or folder"


def test_dump_json_is_utf8_and_unescaped(minimal_briefing: Path) -> None:
    result = run("dump", str(minimal_briefing.parent), "--json")
    assert result.returncode == 0, result.stderr
    assert "总投资" in result.stdout  # not \\u escapes
    data = json.loads(result.stdout)
    values = {
        i["id"]: i["value"] if i["value"] is not None else i["target"] for i in data["indicators"]
    }
    assert values["total"] == 2940.1
    assert values["share"] == 17.1
    assert "source_text" not in data


def test_dump_builtin_holds_the_key_figures() -> None:
    result = run("dump", "--json")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    for needle in (
        "2940.1",
        "502.8",
        "393",
        "187",
        "142",
        "64",
        "125",
        "148",
        "76",
        "230",
        "抢抓新机遇",
        "郑州经开区",
    ):
        assert needle in text, needle


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"briefing-app {__version__}"
    help_text = run("--help").stdout
    for word in ("check", "dump", "export", "--smoke"):
        assert word in help_text


def test_bad_briefing_error_is_not_a_traceback(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b", MINIMAL.replace("kind: cover", "kind: covr"))
    result = run("dump", str(path), "--json")
    assert result.returncode == 1
    assert "'covr' is not one of" in result.stderr
    assert "Traceback" not in result.stderr
