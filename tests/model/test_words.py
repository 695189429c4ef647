"""Tests of the word segmenter and of line breaks that keep words whole."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing_app.model import words
from briefing_app.model.linebreak import (
    CLOSING,
    OPENING,
    WORD_JOINER,
    break_points,
    clusters,
    protect,
    unprotect,
)
from briefing_app.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
BRIEFINGS = [
    resources_dir() / "briefings" / "etdz-2023",
    *(ROOT / "tests" / "data" / name for name in ("dongbao-2020", "state-council-2018")),
    *(ROOT / "tests" / "data" / name for name in ("qingshan-2024", "pptx-all-kinds")),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("规上工业增加值", ["规上", "工业", "增加值"]),  # 规上 is not listed: the model finds it
        ("一般公共预算收入", ["一般", "公共", "预算", "收入"]),
        ("是中铁、郑煤机、卫华，宇通", ["是", "中铁", "、", "郑煤机", "、", "卫华", "，", "宇通"]),
        ("发展是第一要务", ["发展", "是", "第一", "要务"]),
        ("“四大工程”增长8.5%", ["“", "四大", "工程", "”", "增长", "8.5%"]),
    ],
)
def test_segment_known_phrases(text: str, expected: list[str]) -> None:
    assert words.segment(text) == expected


def test_inside_lists_the_places_inside_words_up_to_a_length() -> None:
    assert words.inside("规上工业增加值") == {1, 3, 5, 6}
    assert words.inside("规上工业增加值", 2) == {1, 3}


def test_load_reads_the_format_the_generator_writes(tmp_path: Path) -> None:
    lines = ["u -9.0", "s B -0.3", "s S -1.4"]
    lines += [f"t {a} {b} -0.7" for a, b in ("BE", "BM", "EB", "ES", "ME", "MM", "SB", "SS")]
    lines += ["e B -2.0\t戊", "e E -2.0\t己", "e S -5.0\t戊己"]
    lines += [
        "w 丁\t丁\t30",
        "w 丙\t丙丁 丙\t10 30",
        "w 乙\t乙\t30",
        "w 甲\t甲乙 甲\t10 30",
    ]
    data = ("\n".join(lines) + "\n").encode()
    firsts = [line[2] for line in lines if line.startswith("w ")]  # by code point
    offsets = [data.index(f"\nw {first}".encode()) + 1 for first in firsts] + [len(data)]
    path = tmp_path / "words.txt"
    path.write_bytes(data)
    index = "".join(firsts) + "\n" + " ".join(f"{n:05d}" for n in offsets) + "\n"
    path.with_suffix(".index").write_text(index, encoding="utf-8")
    lexicon = words.load(path)
    assert lexicon.starting("甲") == {"甲乙": -1.0, "甲": -3.0} and lexicon.unknown == -9.0
    assert lexicon.starting("丙") == {"丙丁": -1.0, "丙": -3.0} and lexicon.starting("戊") == {}
    assert words.segment("甲乙丙丁戊己", lexicon) == ["甲乙", "丙丁", "戊己"]
    assert lexicon.model.emit("S", "己") == -5.0 and lexicon.model.emit("M", "己") < -1e99


def test_loading_parses_only_the_characters_asked_for() -> None:
    lexicon = words.load()
    assert lexicon.parsed == {} and lexicon._model is None
    assert words.segment("规上工业", lexicon) == ["规上", "工业"]
    assert set(lexicon.parsed) == set("规上工业")


def test_segmenting_a_run_again_is_served_from_the_memo() -> None:
    words.segment("经济工作会议")
    hits = words._bundled_cut.cache_info().hits
    assert words.segment("召开经济工作会议")[1:] == ["经济", "工作", "会议"]
    assert words.segment("经济工作会议") == ["经济", "工作", "会议"]
    assert words._bundled_cut.cache_info().hits == hits + 1


def em(text: str) -> float:
    return sum(0.0 if ch == WORD_JOINER else 1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text)


def fewest_lines(text: str, limit: float, allowed: set[int]) -> int:
    """Return the fewest lines of `text` no wider than `limit` breaking only at `allowed`
    cluster boundaries, with no last line of one character (greedy filling is optimal for
    the count; a huge number when none exists)."""
    spans = [(a, b) for a, b in clusters(text) if not text[a].isspace()]
    best = {0: 0}  # the fewest lines before each cluster index
    for i in range(len(spans)):
        if i not in best:
            continue
        for j in range(i + 1, len(spans) + 1):
            a, b = spans[i][0], spans[j - 1][1]
            if em(text[a:b]) > limit:
                break
            if j < len(spans) and spans[j - 1][1] not in allowed:
                continue
            letters = sum(ch not in CLOSING | OPENING | {WORD_JOINER} for ch in text[a:b])
            orphan = j == len(spans) and i > 0 and letters <= 1
            if not orphan and best.get(j, 1 << 30) > best[i] + 1:
                best[j] = best[i] + 1
    return best.get(len(spans), 1 << 30)


@pytest.mark.parametrize(
    "text", ["规上工业增加值增长8.5%，高于全省", "一般公共预算收入完成102.5亿元"]
)
def test_narrow_lines_keep_words_whole_where_a_break_between_words_fits(text: str) -> None:
    inside = words.inside(text)
    boundaries = {b for _, b in clusters(text)}
    for tenths in range(40, 10 * len(text)):
        limit = tenths / 10
        lines = break_points(text, lambda a, b: em(text[a:b]), limit)
        fitting = fewest_lines(text, limit, boundaries - inside)
        if fitting == len(lines):
            assert not {b for _, b in lines[:-1]} & inside, (limit, lines)


def briefing_texts() -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str) and any("\u4e00" <= ch <= "\u9fff" for ch in node):
            found.extend(line for line in node.split("\n") if 8 <= len(line) <= 200)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for folder in BRIEFINGS:
        for path in sorted(folder.rglob("*.yaml")):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def test_every_briefing_breaks_inside_a_word_only_when_nothing_else_fits() -> None:
    texts = briefing_texts()
    assert len(texts) > 200
    checked = 0
    for text in texts[::3]:
        inside = words.inside(text)
        boundaries = {b for _, b in clusters(text)}
        for limit in (7.0, 11.0, 16.0):
            lines = break_points(text, lambda a, b, t=text: em(t[a:b]), limit)
            if fewest_lines(text, limit, boundaries - inside) == len(lines):
                checked += 1
                assert not {b for _, b in lines[:-1]} & inside, (text, limit)
    assert checked > 100


def test_protect_joins_short_words_and_leaves_breaks_between_words() -> None:
    text = "一般公共预算收入完成102.5亿元，同比增长"
    shown = protect(text)
    assert unprotect(shown) == text
    for word in ("一般", "公共", "预算", "收入", "完成", "同比"):
        assert WORD_JOINER.join(word) in shown
    assert "般公" in shown and "算收" in shown
