"""The corpus of bad briefings (tests/data/bad): each is refused with one clear line, fast.

Each case is a folder holding a briefing.yaml (and its own source.txt where it matters; the
shared tests/data/bad/source.txt otherwise). `briefing-app check` runs in-process on a copy
in a temporary folder and must exit 1 without a traceback, naming the expected line and
saying the expected thing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import ROOT

from briefing_app.cli import main

CORPUS = ROOT / "tests" / "data" / "bad"

#: case folder -> (line of the first problem, a fragment of its message)
EXPECTED: dict[str, tuple[int, str]] = {
    "alias-bomb": (6, "expands to more than 50000 values, the limit"),
    "billion-laughs-in-unknown-key": (46, "unknown key 'x-laughs'"),
    "chart-value-inf": (81, "'.inf' is not a finite number"),
    "complex-key": (3, "a key must be a name, not a list"),
    "complex-key-in-panel": (52, "a key must be a name, not a mapping"),
    "date-not-a-date": (8, "expected a date (YYYY-MM-DD), got '2023-02-30'"),
    "date-with-time": (8, "expected a date (YYYY-MM-DD)"),
    "decimals-40-digits": (17, "has more than 15 digits"),
    "decimals-huge": (17, "999999999 is not from 0 to 6"),
    "decimals-negative": (17, "-3 is not from 0 to 6"),
    "deep-nesting": (5, "nest more than 50 levels deep"),
    "duplicate-key": (6, "meta.subtitle: key given twice"),
    "format-0": (1, "format 0 is not a version of the format (this app reads 1)"),
    "format-2": (1, "format 2 is newer than this app understands (1)"),
    "formula-call": (33, "unknown indicator '__import__'"),
    "formula-chain-too-long": (46, "starts a chain of more than 50 formulas"),
    "formula-cycle": (33, "formula of 'share' depends on itself"),
    "formula-huge-result": (33, "gives a number of more than 15 digits"),
    "formula-inf": (33, "inf is not a finite number"),
    "formula-power": (33, "only numbers, indicator ids, + - * / and parentheses"),
    "formula-string": (33, "only numbers, indicator ids, + - * / and parentheses"),
    "formula-true": (33, "True is not a number"),
    "indicator-id-dash": (11, "'total-2023' is not a usable indicator id"),
    "indicator-id-keyword": (11, "'True' is not a usable indicator id"),
    "mapping-for-list": (81, "expected a list, got a mapping"),
    "merge-key": (45, "unknown key '<<'"),
    "multiple-documents": (82, "expected a single document"),
    "negative-minutes-panel": (54, "-5 is negative"),
    "negative-minutes-section": (49, "-0.5 is negative"),
    "null-key": (3, "unknown key '~'"),
    "number-key": (3, "unknown key '1'"),
    "only-comments": (1, "the file is empty"),
    "panel-id-backslash": (50, "'a\\b' is not a usable id"),
    "panel-id-cjk": (50, "'封面' is not a usable id"),
    "panel-id-slash": (50, "'../../etc/cover' is not a usable id"),
    "recursive-alias": (54, "expected text, got a list"),
    "root-list": (1, "expected a mapping, got a list"),
    "root-scalar": (1, "expected a mapping, got 'just a sentence'"),
    "section-id-dotdot": (47, "'..' is not a usable id"),
    "section-id-space": (47, "'main part' is not a usable id"),
    "source-absolute": (2, "'/etc/passwd' leads outside the briefing's folder"),
    "source-dev-urandom": (2, "'/dev/urandom' leads outside the briefing's folder"),
    "source-dev-zero": (2, "'/dev/zero' leads outside the briefing's folder"),
    "source-dotdot": (2, "'../bad/source.txt' leads outside the briefing's folder"),
    "source-empty": (2, "source text is empty"),
    "source-folder": (2, "is a folder, not a file"),
    "source-is-the-yaml": (2, "is the briefing's own YAML file"),
    "source-missing": (2, "no such file or folder"),
    "tab-indentation": (5, "YAML syntax error"),
    "tag-binary": (4, "the tag 'tag:yaml.org,2002:binary' is not allowed"),
    "tag-local": (4, "the tag '!secret' is not allowed"),
    "tag-python-object": (4, "python/object/apply:os.system' is not allowed"),
    "tag-set": (54, "the tag 'tag:yaml.org,2002:set' is not allowed"),
    "undefined-alias": (5, "found undefined alias 'nothing'"),
    "underscore-number": (42, "'1_87' has an underscore; write the number without it (187)"),
    "underscore-year": (15, "'2_023' has an underscore"),
    "unknown-key": (15, "unknown key 'colour'"),
    "value-40-digits": (16, "has 40 significant digits; a figure keeps at most 15"),
    "value-inf": (16, "'.inf' is not a finite number"),
    "value-is-a-list": (16, "expected a number, got a list"),
    "value-nan": (16, "'.nan' is not a finite number"),
    "value-plain-infinity": (16, "'-Infinity' is not a finite number"),
    "value-too-large": (16, "'1e20' is out of range for a figure"),
    "value-underflow": (16, "'1e-999' is out of range for a figure"),
    "year-40-digits": (15, "has 40 significant digits"),
}

#: Seconds one case may take on a loaded two-core machine (the slowest, the alias bomb,
#: takes about 1.5 s there).
TIME_BUDGET = 20.0


def check_in_process(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[str], float]:
    """Return the exit status of `briefing-app check --lang en`, its error lines and seconds."""
    started = time.perf_counter()
    status = main(["check", "--lang", "en", str(folder)])
    elapsed = time.perf_counter() - started
    return status, capsys.readouterr().err.splitlines(), elapsed


def copy_case(name: str, tmp_path: Path) -> Path:
    folder = tmp_path / name
    shutil.copytree(CORPUS / name, folder)
    if not (folder / "source.txt").exists():
        shutil.copy(CORPUS / "source.txt", folder / "source.txt")
    return folder


def test_every_case_has_an_expectation() -> None:
    cases = {p.name for p in CORPUS.iterdir() if p.is_dir()}
    assert cases == set(EXPECTED)
    assert len(cases) >= 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_case_is_refused_with_one_clear_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line, fragment = EXPECTED[name]
    folder = copy_case(name, tmp_path)
    status, errors, elapsed = check_in_process(folder, capsys)
    assert status == 1
    assert errors, "no problem reported"
    assert elapsed < TIME_BUDGET, f"{name} took {elapsed:.1f} s"
    prefix = f"{folder / 'briefing.yaml'}:{line}:"
    assert any(e.startswith(prefix) and fragment in e for e in errors), errors
    for error in errors:  # one line each, at a line and column of the file
        assert error.startswith(f"{folder / 'briefing.yaml'}:"), error
        where = error[len(str(folder / "briefing.yaml")) + 1 :].split(":")
        assert where[0].isdigit() and int(where[0]) >= 1 and where[1].isdigit(), error
        assert "Traceback" not in error


@pytest.mark.skipif(sys.platform == "win32", reason="address-space limits are POSIX")
def test_alias_bomb_in_a_real_process_within_256_mb(tmp_path: Path) -> None:
    """`briefing-app check` as staff run it: exit 1, one line, under an address-space cap."""
    folder = copy_case("alias-bomb", tmp_path)
    capped = (
        "import resource, runpy, sys; "
        "resource.setrlimit(resource.RLIMIT_AS, (2**28, 2**28)); "
        "sys.argv = ['briefing-app', *sys.argv[1:]]; "
        "runpy.run_module('briefing_app', run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", capped, "check", "--lang", "en", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "expands to more than 50000 values" in lines[0], done.stderr
