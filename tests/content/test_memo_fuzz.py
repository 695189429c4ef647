"""The memoized check gives exactly the problems of a fresh full check, over random edits.

Random text edits (digits changed, numbers and words put into values, lines dropped or
doubled, panels' lines swapped, the meeting's date or an indicator changed, a digit of the
source text changed) are made one after the other on copies of the built-in briefing and the
briefings of tests/data; after each, the check with the memo warm from every earlier check
(of every briefing) is compared, problem by problem (file, line, column, field path, message,
place in words, rendering in both languages), with a check that starts from an empty memo.
Derandomized, no database, hypothesis's caches in a temporary folder; the copies are written
under pytest's temporary folder only.
"""

from __future__ import annotations

import atexit
import dataclasses
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from briefing_app.content import provenance
from briefing_app.content.decode import Decoder
from briefing_app.content.loader import check_text
from briefing_app.content.memo import ProblemMemo
from briefing_app.content.problems import Problem
from briefing_app.paths import default_briefing

_HOME = tempfile.mkdtemp(prefix="briefing-hypothesis-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
set_hypothesis_home_dir(_HOME)

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = [
    default_briefing() / "briefing.yaml",
    DATA / "dongbao-2020" / "briefing.yaml",
    DATA / "qingshan-2024" / "briefing.yaml",
    DATA / "state-council-2018" / "briefing.yaml",
    DATA / "pptx-all-kinds" / "briefing.yaml",
]
WORDS = [
    "8",
    "9.0",
    "10",
    "2023",
    "30周年",
    "第一",
    "八项",
    "三个",
    "yes",
    "增长8%",
    "下降",
    "1月9日",
]

FUZZ = settings(
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# One edit: (what to do, where in the text as a fraction, a word, a digit).
KINDS = ["digit", "insert", "drop_line", "double_line", "swap_lines", "value"]
KINDS += ["date", "indicator", "source"]
DATES = ["2023-01-09", "2023-01-10", "2022-01-09", "2019-12-25", "2024-03-21", "2018-03-05"]
edit = st.tuples(
    st.sampled_from(KINDS),
    st.floats(0, 1, allow_nan=False),
    st.sampled_from(WORDS),
    st.integers(0, 9),
)


def mutate(text: str, how: str, at: float, word: str, digit: int) -> str:
    """Return `text` with one edit made near position `at` (a fraction of its length)."""
    lines = text.split("\n")
    n = min(int(at * len(lines)), len(lines) - 1)
    if how in ("digit", "source"):  # the next digit from there becomes `digit`
        return _digit(text, int(at * len(text)), len(text), digit)
    if how == "indicator":  # a digit of the indicators' block
        start, end = text.find("\nindicators:"), text.find("\nsections:")
        return _digit(text, start + int(at * (end - start)), end, digit)
    if how == "date":  # the meeting's date
        return "\n".join(
            f"  date: {DATES[digit % len(DATES)]}" if line.startswith("  date: ") else line
            for line in lines
        )
    if how == "insert":  # a word at the end of a line's value
        lines[n] = lines[n] + word if ": " in lines[n] else lines[n]
    elif how == "value":  # a line's value replaced
        key, sep, _ = lines[n].partition(": ")
        lines[n] = f"{key}{sep}{word}" if sep else lines[n]
    elif how == "drop_line":
        del lines[n]
    elif how == "double_line":
        lines.insert(n, lines[n])
    elif how == "swap_lines" and n + 1 < len(lines):
        lines[n], lines[n + 1] = lines[n + 1], lines[n]
    return "\n".join(lines)


def _digit(text: str, start: int, end: int, digit: int) -> str:
    for i in range(max(start, 0), end):
        if text[i].isdigit():
            return text[:i] + str(digit) + text[i + 1 :]
    return text


def facts(problems: list[Problem]) -> list[tuple[object, ...]]:
    return [
        (p.file, p.line, p.column, p.path, p.message, p.render("en"), p.render("zh_CN"))
        for p in problems
    ]


def fresh(text: str, file: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """Return the facts of a check of `text` that remembers nothing from earlier checks."""
    with monkeypatch.context() as m:
        m.setattr(provenance, "PANEL_MEMO", ProblemMemo())
        return facts(check_text(text, file).problems)


@pytest.fixture(scope="module")
def monkeypatch_module() -> pytest.MonkeyPatch:
    return pytest.MonkeyPatch()


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Copies of the briefing folders (their source texts are edited too)."""
    root = tmp_path_factory.mktemp("memo-fuzz")
    return [shutil.copytree(file.parent, root / str(i)) / file.name for i, file in enumerate(FILES)]


@FUZZ
@given(st.integers(0, len(FILES) - 1), st.lists(edit, min_size=1, max_size=5))
def test_memoized_check_equals_a_fresh_check(
    monkeypatch_module: pytest.MonkeyPatch,
    copies: list[Path],
    which: int,
    edits: list[tuple[str, float, str, int]],
) -> None:
    file = copies[which]
    text = FILES[which].read_text(encoding="utf-8")
    source_file = file.parent / "source.txt"
    source = (FILES[which].parent / "source.txt").read_text(encoding="utf-8")
    source_file.write_text(source, encoding="utf-8")
    check_text(text, file)  # the memo now holds the unedited briefing
    for how, at, word, digit in edits:
        if how == "source":
            source = mutate(source, how, at, word, digit)
            source_file.write_text(source, encoding="utf-8")
        else:
            text = mutate(text, how, at, word, digit)
        memoized = facts(check_text(text, file).problems)
        assert memoized == fresh(text, file, monkeypatch_module)


def test_the_memo_is_used_and_bounded() -> None:
    file = FILES[0]
    text = file.read_text(encoding="utf-8")
    memo = ProblemMemo(max_entries=10_000)
    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(provenance, "PANEL_MEMO", memo)
        first = check_text(text, file).problems
        filled = len(memo)
        assert filled > 0
        assert check_text(text, file).problems == first and len(memo) == filled  # all reused
        monkeypatch.setattr(provenance, "PANEL_MEMO", small := ProblemMemo(max_entries=5))
        assert check_text(text, file).problems == first
        assert len(small) <= 5
    finally:
        monkeypatch.undo()


def test_a_problem_found_twice_is_kept_once_either_way() -> None:
    # a briefing with problems: the memo must give the same list, duplicates and order alike
    file = FILES[1]
    text = file.read_text(encoding="utf-8").replace("1", "7")
    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(provenance, "PANEL_MEMO", ProblemMemo())
        cold = facts(check_text(text, file).problems)
        warm = facts(check_text(text, file).problems)
    finally:
        monkeypatch.undo()
    assert cold and warm == cold


def _provenance(briefing: object, memo: ProblemMemo) -> list[Problem]:
    dec = Decoder("briefing.yaml")
    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(provenance, "PANEL_MEMO", memo)
        provenance.check_provenance(briefing, dec)  # type: ignore[arg-type]
    finally:
        monkeypatch.undo()
    return sorted(dec.problems)


def test_a_panel_is_checked_again_when_an_indicator_it_shows_loses_its_quote() -> None:
    # an indicator's quote proves its panels' numbers: the memo must not outlive it
    file = FILES[0]
    briefing = check_text(file.read_text(encoding="utf-8"), file).briefing
    assert briefing is not None
    memo = ProblemMemo()
    before = _provenance(briefing, memo)
    panel_changes = 0
    for i, indicator in enumerate(briefing.indicators):
        if not indicator.source:
            continue
        indicators = list(briefing.indicators)
        indicators[i] = dataclasses.replace(indicator, source=None)
        edited = dataclasses.replace(briefing, indicators=tuple(indicators))
        fresh_problems = _provenance(edited, ProblemMemo())
        assert _provenance(edited, memo) == fresh_problems
        panel_changes += {p for p in fresh_problems if p.path.startswith("sections")} != {
            p for p in before if p.path.startswith("sections")
        }
    assert panel_changes > 0  # the case above happened: a panel's problems changed
