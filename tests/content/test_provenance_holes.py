"""Holes the check had: a bare month or day, Chinese numerals, counts, swapped shared quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.content.provenance_helpers import briefing_text, bullets, problems

from briefing_app.content.numerals import NOT_FIGURES, read_numbers

SOURCE = (
    "出台稳经济21条措施。地区生产总值年均增长9.2%。增量全市第一。"
    "全年营业收入突破三千亿元。着力打造三个千亿级先进制造业集群。实施“十四五”规划。"
)


def test_a_bare_number_equal_to_the_meeting_day_is_not_free(tmp_path: Path) -> None:
    ok = bullets("措施", ["出台稳经济21条措施"], sources=("出台稳经济21条措施",))
    assert problems(tmp_path, briefing_text(ok), SOURCE) == []
    # The meeting is on 3月21日: "3条" equals its month and was let through.
    bad = briefing_text(ok.replace("    - 出台稳经济21条措施", "    - 出台稳经济3条措施", 1))
    assert any("3 (displayed) appears in none" in p for p in problems(tmp_path, bad, SOURCE))


def test_a_bare_number_equal_to_the_meeting_month_is_not_free(tmp_path: Path) -> None:
    ok = bullets("增长", ["年均增长9.2%"], sources=("年均增长9.2%",))
    text = briefing_text(ok, date="2023-12-24")
    assert problems(tmp_path, text, SOURCE) == []
    bad = text.replace("    - 年均增长9.2%", "    - 年均增长12%", 1)
    assert any("12 (displayed) appears in none" in p for p in problems(tmp_path, bad, SOURCE))


@pytest.mark.parametrize(
    "shown",
    [
        "会议于12月24日召开",
        "2023年12月24日",
        "2023-12-24",
        "2023年12月",
        "十二月二十四日",
        "2023年",
    ],
)
def test_the_meeting_date_may_be_shown_as_a_date(tmp_path: Path, shown: str) -> None:
    text = briefing_text(bullets("会议", [shown]), date="2023-12-24")
    assert problems(tmp_path, text, SOURCE) == []


def test_the_anniversary_is_free_as_an_anniversary_only(tmp_path: Path) -> None:
    panel = bullets("周年", ["建区30周年", "三十周年", "1993年建区"])
    text = briefing_text(panel, date="2023-01-09", anniversary="{years: 30, founded: 1993}")
    assert problems(tmp_path, text, SOURCE) == []
    bare = text.replace("    - 建区30周年", "    - 增长30%")
    assert any("30 (displayed)" in p for p in problems(tmp_path, bare, SOURCE))


@pytest.mark.parametrize(
    ("quoted", "falsified", "expected"),
    [
        ("增量全市第一", "增量全市第二", "第二 “"),
        ("全年营业收入突破三千亿元", "全年营业收入突破三千五百亿元", "三千五百亿 “"),
        ("着力打造三个千亿级先进制造业集群", "着力打造四个千亿级先进制造业集群", "四 “"),
    ],
)
def test_chinese_numerals_are_held_to_their_quotes(
    tmp_path: Path, quoted: str, falsified: str, expected: str
) -> None:
    panel = bullets("要点", [quoted, "五项"], sources=(quoted,))
    text = briefing_text(panel.replace("    - 五项\n", ""))
    assert problems(tmp_path, text, SOURCE) == []
    bad = text.replace(f"    - {quoted}", f"    - {falsified}", 1)
    found = problems(tmp_path, bad, SOURCE)
    assert any(expected in p and "appears in none of its quotes" in p for p in found), found


@pytest.mark.parametrize("word", NOT_FIGURES)
def test_words_that_contain_a_numeral_are_not_figures(word: str) -> None:
    assert read_numbers(f"推进{word}建设") == []


@pytest.mark.parametrize(
    "shown",
    [
        "一、推进统一大市场建设",
        "（二）共建“一带一路”",
        "一般公共预算",
        "实施“十四五”规划",
        "进一步推动区域一体化",
        "建设一流园区",
        "以党建“第一责任”引领发展“第一要务”",
        "千方百计稳就业",
        "一句话概括",
        "建设5G网络，降低PM2.5浓度",
    ],
)
def test_names_list_markers_and_set_phrases_pass_unquoted(tmp_path: Path, shown: str) -> None:
    assert problems(tmp_path, briefing_text(bullets("要点", [shown])), SOURCE) == []


def _cards(title: str, count: int) -> str:
    cards = "\n".join(f"    - {{title: 成就{'甲乙丙丁戊己庚辛壬癸'[i]}}}" for i in range(count))
    return f"- id: p\n  kind: cards\n  title: {title}\n  notes: 说明。\n  cards:\n{cards}"


def test_a_count_of_what_the_panel_shows_is_proven_by_it(tmp_path: Path) -> None:
    assert problems(tmp_path, briefing_text(_cards("六个“新”成就", 6)), SOURCE) == []
    found = problems(tmp_path, briefing_text(_cards("六个“新”成就", 5)), SOURCE)
    assert any("六 “" in p for p in found), found


def _task(n: int) -> str:
    return (
        f"- id: t{n}\n  kind: task\n  number: {n}\n  title: 任务\n  notes: 说明。\n"
        f"  headline: 抓好工作"
    )


def test_a_section_title_counts_its_task_panels(tmp_path: Path) -> None:
    panels = "\n".join(_task(n) for n in (1, 2, 3))
    assert problems(tmp_path, briefing_text(panels, section="三项重点工作"), SOURCE) == []
    found = problems(tmp_path, briefing_text(panels, section="八项重点工作"), SOURCE)
    assert any("八 “" in p for p in found), found


INCOME = "城镇、农村居民人均可支配收入分别增长4.8%、7.2%"


def _income(urban: str, rural: str, at: tuple[str, str] | None) -> str:
    rows = []
    for ident, name, value, where in (
        ("urban", "城镇居民人均可支配收入", urban, at[0] if at else None),
        ("rural", "农村居民人均可支配收入", rural, at[1] if at else None),
    ):
        rows.append(
            f"- id: {ident}\n  name: {name}\n  kind: growth_rate\n  unit: '%'\n  year: 2022\n"
            f"  value: {value}\n  decimals: 1\n  source: {INCOME}"
            + (f"\n  at: '{where}'" if where else "")
        )
    return "\n".join(rows)


FIGURES = (
    "- id: p\n  kind: key_figures\n  title: 收入\n  notes: 说明。\n"
    "  figures:\n    - {indicator: urban}\n    - {indicator: rural}"
)


def test_values_sharing_a_quote_must_say_which_number_they_take(tmp_path: Path) -> None:
    source = INCOME + "。"
    right = briefing_text(FIGURES, indicators=_income("4.8", "7.2", ("4.8%", "7.2%")))
    assert problems(tmp_path, right, source) == []
    swapped = briefing_text(FIGURES, indicators=_income("7.2", "4.8", ("4.8%", "7.2%")))
    found = problems(tmp_path, swapped, source)
    assert any("indicators[0].at" in p and "does not state 7.2" in p for p in found), found
    unsaid = briefing_text(FIGURES, indicators=_income("7.2", "4.8", None))
    found = problems(tmp_path, unsaid, source)
    assert any("states several figures (4.8、7.2)" in p for p in found), found


def test_at_must_be_part_of_the_quote_and_name_one_number(tmp_path: Path) -> None:
    source = INCOME + "。"
    elsewhere = briefing_text(FIGURES, indicators=_income("4.8", "7.2", ("城镇增长4.8%", "7.2%")))
    found = problems(tmp_path, elsewhere, source)
    assert any("is not part of its quote" in p for p in found), found
    both = briefing_text(FIGURES, indicators=_income("4.8", "7.2", ("4.8%、7.2%", "7.2%")))
    found = problems(tmp_path, both, source)
    assert any("states more than one figure" in p for p in found), found


def test_a_year_in_the_quote_does_not_compete_with_the_value(tmp_path: Path) -> None:
    indicator = (
        "- {id: invest, name: 完成投资, kind: amount, unit: 亿元, year: 2022, value: 502.8,"
        " decimals: 1, source: 2022年完成投资502.8亿元}"
    )
    panel = "- id: p\n  kind: key_figures\n  title: 投资\n  notes: 说明。\n  figures:\n    - {indicator: invest}"
    text = briefing_text(panel, indicators=indicator)
    assert problems(tmp_path, text, "2022年完成投资502.8亿元。") == []


def test_a_rank_is_proven_only_by_a_rank(tmp_path: Path) -> None:
    quote = "连续两年在全市4个开发区排名第一"
    ok = bullets("考评", [quote], sources=(quote,))
    assert problems(tmp_path, briefing_text(ok), quote + "。") == []
    # 两年 states 2, but not a second place.
    bad = briefing_text(ok.replace(f"    - {quote}", "    - 连续两年在全市4个开发区排名第二", 1))
    found = problems(tmp_path, bad, quote + "。")
    assert any("第二 “" in p for p in found), found


def test_tenths_in_the_notes_are_a_measure(tmp_path: Path) -> None:
    text = briefing_text(bullets("要点", ["推进产业发展"], notes="约占全年任务的三成。"))
    found = problems(tmp_path, text, "推进产业发展。")
    assert any("三 “" in p and "(in the notes)" in p for p in found), found


def test_a_task_number_must_be_the_one_its_headline_quote_gives(tmp_path: Path) -> None:
    source = "一是坚持产业强区。二是坚持改革开放。"
    task = (
        "- id: t\n  kind: task\n  number: {n}\n  title: 改革开放\n  notes: 说明。\n"
        "  headline:\n    text: 坚持改革开放\n    source: 二是坚持改革开放"
    )
    assert problems(tmp_path, briefing_text(task.format(n=2)), source) == []
    found = problems(tmp_path, briefing_text(task.format(n=3)), source)
    assert any("number: 3: its headline's quote numbers it 2" in p for p in found), found


def test_a_plans_name_is_not_a_figure_but_must_be_the_sources(tmp_path: Path) -> None:
    source = SOURCE
    ok = briefing_text(bullets("规划", ["实施“十四五”规划"]))
    assert problems(tmp_path, ok, source) == []
    found = problems(tmp_path, ok.replace("十四五", "十五五"), source)
    assert any("“十五五” (displayed) is not named in the source" in p for p in found), found


def test_an_ordinal_in_a_quote_proves_a_place_not_a_number(tmp_path: Path) -> None:
    quote = "2023年3月21日在第三届人民代表大会第四次会议上"
    ok = bullets("会议", ["2023年3月21日 第三届人民代表大会第四次会议"], sources=(quote,))
    assert problems(tmp_path, briefing_text(ok), quote + "。") == []
    moved = briefing_text(ok.replace("    - 2023年3月21日", "    - 2023年4月21日", 1))
    found = problems(tmp_path, moved, quote + "。")
    assert any("4 (displayed)" in p for p in found), found


def test_a_quote_naming_each_figure_gives_each_its_number(tmp_path: Path) -> None:
    quote = "地区生产总值增长8%，规模以上工业增加值增长10%"

    def indicators(gdp: int, industry: int) -> str:
        return "\n".join(
            f"- {{id: {ident}, name: {name}, kind: growth_rate, unit: '%', year: 2023,"
            f" target: {value}, source: {quote}}}"
            for ident, name, value in (
                ("gdp", "地区生产总值", gdp),
                ("ind", "规模以上工业增加值", industry),
            )
        )

    panel = (
        "- id: p\n  kind: key_figures\n  title: 目标\n  notes: 说明。\n"
        "  figures:\n    - {indicator: gdp}\n    - {indicator: ind}"
    )
    assert problems(tmp_path, briefing_text(panel, indicators=indicators(8, 10)), quote) == []
    found = problems(tmp_path, briefing_text(panel, indicators=indicators(10, 8)), quote)
    assert any("10: its quote gives 地区生产总值 8" in p for p in found), found


def test_a_title_counting_the_panels_items_must_match_them_even_when_quoted(
    tmp_path: Path,
) -> None:
    source = SOURCE + "必须着力抓好八项重点工作。"
    quoted = "  sources:\n    - 必须着力抓好八项重点工作\n"
    assert (
        problems(tmp_path, briefing_text(_cards("八项重点工作", 8) + "\n" + quoted), source) == []
    )
    found = problems(tmp_path, briefing_text(_cards("八项重点工作", 7) + "\n" + quoted), source)
    assert any("the title counts 八 but the panel shows 7" in p for p in found), found


def test_a_figure_may_not_show_more_decimals_than_its_quote_writes(tmp_path: Path) -> None:
    row = (
        "- {{id: annual, name: 年度计划投资, kind: amount, unit: 亿元, year: 2023,"
        " target: 502.8, decimals: {d}, source: 年度计划投资502.8亿元}}"
    )
    panel = (
        "- id: p\n  kind: key_figures\n  title: 投资\n  notes: 说明。\n"
        "  figures:\n    - {indicator: annual}"
    )
    source = "年度计划投资502.8亿元。"
    assert problems(tmp_path, briefing_text(panel, indicators=row.format(d=1)), source) == []
    found = problems(tmp_path, briefing_text(panel, indicators=row.format(d=2)), source)
    assert any("shows 502.80 where its quote writes 502.8; set decimals: 1" in p for p in found)
