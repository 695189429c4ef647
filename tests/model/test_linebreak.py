"""Tests of the Chinese line-breaking rule shared by the panels and the deck."""

from __future__ import annotations

import itertools

import pytest

from briefing_app.model.linebreak import (
    CLOSING,
    OPENING,
    WORD_JOINER,
    break_lines,
    clusters,
    protect,
    unprotect,
)


def em(text: str) -> float:
    """A width like the deck's estimate: CJK 1 em, others 0.55 em, joiners nothing."""
    return sum(0.0 if ch == WORD_JOINER else 1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text)


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in clusters(text)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("前期项目64个", "64个"),
        ("总投资1280亿元，", "1280亿元，"),
        ("高于全省0.5个百分点", "0.5个百分点"),
        ("增长8%。", "8%。"),
        ("迈入前20强", "20强"),
        ("续建：142 个", "142 个"),
        ("实施“四大工程”", "“四大工程”"),
        ("GDP增长", "GDP"),
    ],
)
def test_a_number_its_unit_a_word_and_a_short_quote_are_one_cluster(text: str, whole: str) -> None:
    assert whole in pieces(text)


def test_closing_punctuation_goes_with_what_is_before_and_opening_with_what_is_after() -> None:
    assert pieces("大开放。") == ["大", "开", "放。"]
    assert pieces("（一）坚持") == ["（一）", "坚", "持"]


def test_a_word_joiner_in_the_text_joins_its_neighbours() -> None:
    assert pieces(f"一{WORD_JOINER}半") == [f"一{WORD_JOINER}半"]


def test_protect_joins_clusters_and_the_last_two_characters_and_unprotect_undoes_it() -> None:
    text = "前期项目64个，接近一半"
    shown = protect(text)
    assert unprotect(shown) == text
    assert f"6{WORD_JOINER}4{WORD_JOINER}个{WORD_JOINER}，" in shown
    assert shown.endswith(f"一{WORD_JOINER}半")
    assert "期项" in shown  # ideographs between words stay breakable
    assert f"项{WORD_JOINER}目" in shown  # a word's characters stay together
    assert protect("多行\n大开放。").endswith(f"开{WORD_JOINER}放{WORD_JOINER}。")


@pytest.mark.parametrize(
    "text",
    [
        "连续两年在全市4个开发区中排名第一",
        "迈入全国经开区前20强",
        "谋划储备项目142个，前期项目64个",
        "2022年76个，2023年计划125个",
        "推动更大范围、更宽领域和深层次的大开放。",
        "坚持以“万人助万企”“三个一批”为引领，牢固树立“项目为王”理念",
        "带一路”国际商务区形象初具",
    ],
)
@pytest.mark.parametrize("limit", [4.0, 5.0, 7.0, 9.0, 12.0, 15.0])
def test_no_line_breaks_a_rule(text: str, limit: float) -> None:
    lines = break_lines(text, em, limit)
    assert "".join(lines) == text.replace(" ", "")
    for previous, line in itertools.pairwise(lines):
        assert line[0] not in CLOSING, lines
        assert previous[-1] not in OPENING, lines
        assert not (previous[-1].isdigit() and line[0] in "个亿元年强%"), lines
    if len(lines) > 1:
        assert len(lines[-1].strip("".join(CLOSING))) > 1, lines
    for line in lines:
        clustered = max(em(text[a:b]) for a, b in clusters(text))
        assert em(line) <= max(limit, clustered), lines


def test_the_fewest_lines_and_breaks_after_punctuation_where_they_cost_no_line() -> None:
    assert break_lines("增长8%，高于全省0.5个百分点", em, 9) == ["增长8%，高于全省", "0.5个百分点"]
    assert break_lines("实施“四大工程”，坚持“第一要务”", em, 9) == [
        "实施“四大工程”，",
        "坚持“第一要务”",
    ]


def test_text_that_fits_is_one_line_and_newlines_are_kept() -> None:
    assert break_lines("前期项目64个", em, 20) == ["前期项目64个"]
    assert break_lines("第一行\n第二行", em, 20) == ["第一行", "第二行"]
    assert break_lines("", em, 20) == [""]


def test_balance_evens_the_lines() -> None:
    text = "抢抓新机遇开辟新未来而立之年再造新经开"
    plain = break_lines(text, em, 15)
    even = break_lines(text, em, 15, balance=True)
    assert len(plain) == len(even) == 2
    assert abs(em(even[0]) - em(even[1])) < abs(em(plain[0]) - em(plain[1]))


def test_a_cluster_wider_than_the_line_takes_a_line_of_its_own() -> None:
    assert break_lines("合计1280亿元", em, 3) == ["合计", "1280亿元"]


@pytest.mark.parametrize("limit", [3.0, 4.5, 6.0, 8.0, 11.0, 17.0])
def test_greedy_fill_takes_as_many_lines_as_the_rule(limit: float) -> None:
    from briefing_app.model.linebreak import break_points, fill_points

    text = "坚持以“万人助万企”“三个一批”为引领，牢固树立“项目为王”理念。\n前期项目64个 GDP增长8%"
    running = [0.0]
    for ch in text:
        running.append(running[-1] + em(ch))

    def width(a: int, b: int) -> float:
        return running[b] - running[a]

    assert len(fill_points(text, width, limit)) == len(break_points(text, width, limit))
