"""Splitting a report: title lines, sections by heading, paragraphs with their offsets."""

from __future__ import annotations

from briefing_app.draft.structure import outline

REPORT = """青山区2024年政府工作报告

——2024年3月21日在青山区第三届人民代表大会第四次会议上

各位代表：

一、2023年工作回顾

（一）经济运行

地区生产总值完成1123亿元。

二、2024年主要目标

- 2 -
第3页
地区生产总值增长6%左右。
"""


def test_title_lines_sections_and_sub_headings() -> None:
    doc = outline(REPORT)
    assert [s.text for s in doc.title_lines] == [
        "青山区2024年政府工作报告",
        "——2024年3月21日在青山区第三届人民代表大会第四次会议上",
    ]
    assert [b.title for b in doc.blocks] == ["", "2023年工作回顾", "2024年主要目标"]
    ((sub, paragraph),) = doc.blocks[1].paragraphs
    assert sub == "经济运行" and paragraph.text == "地区生产总值完成1123亿元。"
    assert REPORT[paragraph.start : paragraph.end] == paragraph.text
    assert [p.text for _, p in doc.blocks[2].paragraphs] == [
        "地区生产总值增长6%左右。"
    ]  # no page numbers


def test_second_level_headings_make_sections_when_there_is_no_first_level() -> None:
    doc = outline(
        "总结\n\n（一）学前教育\n\n新建幼儿园14所。\n\n2025年工作思路\n\n新增学位6000个。\n"
    )
    assert [b.title for b in doc.blocks] == ["学前教育", "2025年工作思路"]


def test_a_sentence_broken_by_a_page_break_is_one_paragraph() -> None:
    head = "获批打造新能源及智能网联汽车和高端装备2个产业集群，上汽发动机一期、宇通国家电动客车工程"
    text = f"标题\n\n{head}\n\n\n\n技术中心等76个项目竣工投产投入。\n"
    (paragraph,) = [p for _, p in outline(text).blocks[0].paragraphs]
    assert paragraph.text.startswith(head) and paragraph.text.endswith("竣工投产投入。")
    assert text[paragraph.start : paragraph.end] == paragraph.text
