"""The command line: check, dump --json, --version, --help and clear errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import BUILTIN, MINIMAL, ROOT, write_briefing

from briefing_app import __version__


def run(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    """Run the command line under the locale `lang` (English unless a test asks otherwise)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", LANG=lang)
    for name in ("LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
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


# -- messages people can read: Chinese with a Chinese interface, English otherwise ---------------

MEETING_ITEM = "text: 总结2022年经济工作，部署2023年经济工作"


def falsified_copy(tmp_path: Path) -> Path:
    """Return a copy of the built-in briefing with a year changed in a panel and a figure."""
    folder = tmp_path / "copy"
    folder.mkdir()
    (folder / "source.txt").write_bytes((BUILTIN / "source.txt").read_bytes())
    text = (BUILTIN / "briefing.yaml").read_text(encoding="utf-8")
    assert text.count(MEETING_ITEM) == 1 and "target: 2940.1" in text
    text = text.replace(MEETING_ITEM, MEETING_ITEM.replace("2022", "2021"))
    (folder / "briefing.yaml").write_text(
        text.replace("target: 2940.1", "target: 2940.7"), encoding="utf-8"
    )
    return folder


def test_check_in_chinese_names_the_panel_in_words(tmp_path: Path) -> None:
    folder = falsified_copy(tmp_path)
    result = run("check", "--lang", "zh_CN", str(folder))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    prefix = re.compile(re.escape(str(folder / "briefing.yaml")) + r":\d+:\d+: ")
    assert lines and all(prefix.match(line) for line in lines), lines
    said = [prefix.sub("", line, count=1) for line in lines]
    assert any(s.startswith("「会议概况」第2条") and "2021" in s for s in said), said
    assert any("2940.7 在引用的原文" in s for s in said), said
    # Chinese through and through: no English word outside the file path.
    assert not [s for s in said if re.search(r"[A-Za-z]{4,}", s)], said


def test_check_in_english_keeps_english(tmp_path: Path) -> None:
    folder = falsified_copy(tmp_path)
    result = run("check", "--lang", "en", str(folder), lang="zh_CN.UTF-8")
    assert result.returncode == 1
    assert "2021 (displayed) appears in none of its quotes" in result.stderr
    assert "2940.7 does not appear in its source" in result.stderr
    assert "在引用的原文" not in result.stderr and "「" not in result.stderr


def test_check_follows_the_system_locale_without_lang(tmp_path: Path) -> None:
    folder = falsified_copy(tmp_path)
    chinese = run("check", str(folder), lang="zh_CN.UTF-8")
    assert "「会议概况」第2条" in chinese.stderr and "在引用的原文" in chinese.stderr
    english = run("check", str(folder), lang="en_US.UTF-8")
    assert "appears in none of its quotes" in english.stderr and "「" not in english.stderr
    ok = run("check", lang="zh_CN.UTF-8")
    assert ok.returncode == 0 and "检查通过" in ok.stdout, ok.stderr
