"""The splicing saver: each change replaces exactly its node's text, in PyYAML's words."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml
from tests.conftest import MINIMAL, write_briefing

from briefing_app.content import check_briefing, load_briefing
from briefing_app.content.edit_session import EditSession
from briefing_app.content.emit import Layout, scalar_lines
from briefing_app.model.edit_lists import InsertItem, RemoveItem
from briefing_app.model.edits import (
    DeletePanel,
    DuplicatePanel,
    MovePanel,
    SetIndicatorField,
    SetMeta,
    SetPanelField,
    SetPanelHidden,
)
from briefing_app.model.panels import BulletsPanel
from briefing_app.model.text import TextItem


def _diff(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def _edited(tmp_path: Path, text: str, *edits: object) -> tuple[str, str, Path]:
    file = write_briefing(tmp_path / "b", text)
    session = EditSession(file)
    before = session.document_text()
    for edit in edits:
        session.apply(edit)  # type: ignore[arg-type]
    session.save()
    return before, file.read_text(encoding="utf-8"), file


def test_an_element_of_a_flow_list_is_replaced_in_place(tmp_path: Path) -> None:
    before, after, file = _edited(
        tmp_path, MINIMAL, SetPanelField("donut", "chart.categories[1]", "a, b")
    )
    assert _diff(before, after) == [
        "-          categories: [新开工, 续建, 前期]",
        "+          categories: [新开工, 'a, b', 前期]",
    ]
    loaded = check_briefing(file).briefing  # a category the chart's values do not name: a problem
    assert loaded is not None and loaded.panels[3].chart.categories[1] == "a, b"  # type: ignore[attr-defined]


def test_a_flow_list_that_changes_length_is_written_again_in_flow_style(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "          - text: 宇通国家电动客车工程技术中心等76个项目竣工投产投入\n"
        "            source: 宇通国家电动客车工程技术中心等76个项目竣工投产投入\n"
        "          - 不带数字的一条\n",
        "          [不带数字的一条, 另一条]  # two lines\n",
    ).replace("        items:\n          [", "        items: [")
    before, after, file = _edited(tmp_path, text, InsertItem("list", "items", 1, TextItem("yes")))
    assert _diff(before, after) == [
        "-        items: [不带数字的一条, 另一条]  # two lines",
        "+        items: [不带数字的一条, 'yes', 另一条]  # two lines",
    ]
    panel = load_briefing(file).panels[2]
    assert isinstance(panel, BulletsPanel)
    assert [i.text for i in panel.items] == ["不带数字的一条", "yes", "另一条"]


def test_an_empty_flow_list_that_gets_panels_is_written_as_a_block(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "  - id: main\n", "  - id: empty\n    title: 空\n    panels: []\n  - id: main\n"
    )
    _, after, file = _edited(tmp_path, text, MovePanel("cover", "empty", 0))
    assert "    panels:\n      - id: cover\n        kind: cover\n        title: 测试简报\n" in after
    assert [p.id for p in load_briefing(file).sections[0].panels] == ["cover"]


def test_a_text_in_a_flow_mapping_is_quoted_for_flow(tmp_path: Path) -> None:
    before, after, _ = _edited(tmp_path, MINIMAL, SetIndicatorField("new", "name", "新开工, 续建"))
    assert _diff(before, after)[1].startswith("+  - {id: new, name: '新开工, 续建', kind: count")


def test_a_plain_text_that_becomes_emphasised_is_written_as_a_block_mapping(tmp_path: Path) -> None:
    before, after, file = _edited(
        tmp_path, MINIMAL, SetPanelField("list", "items[1].emphasis", True)
    )
    assert _diff(before, after) == [
        "-          - 不带数字的一条",
        "+          - text: 不带数字的一条",
        "+            emphasis: true",
    ]
    assert load_briefing(file).panels[2].items[1].emphasis  # type: ignore[attr-defined]


def test_lines_become_a_literal_block_and_a_folded_text_stays_folded(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "        notes: 开场。", "        notes: >-\n          开场，\n          先讲这个。"
    )
    before, after, file = _edited(
        tmp_path,
        text,
        SetPanelField("list", "notes", "先讲成绩\n再讲任务"),
        SetPanelField("cover", "notes", "换一句开场。"),
    )
    assert sorted(_diff(before, after)) == sorted(
        [
            "-          开场，",
            "-          先讲这个。",
            "+          换一句开场。",
            "-        notes: 说一下竣工。",
            "+        notes: |-",
            "+          先讲成绩",
            "+          再讲任务",
        ]
    )
    loaded = load_briefing(file)
    assert [loaded.panels[0].notes, loaded.panels[2].notes] == [
        "换一句开场。",
        "先讲成绩\n再讲任务",
    ]


def test_a_comment_beside_an_edited_value_and_inside_a_moved_panel_stays(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "        title: 竣工项目", "        title: 竣工项目  # 标题\n        # 这一页讲竣工"
    )
    _, after, _ = _edited(
        tmp_path, text, SetPanelField("list", "title", "已竣工"), MovePanel("list", "main", 0)
    )
    assert (
        "      - id: list\n        kind: bullets\n        title: 已竣工  # 标题\n        # 这一页讲竣工\n"
        in after
    )
    assert after.index("id: list") < after.index("id: cover")


def test_a_key_set_back_to_nothing_takes_its_line_with_it(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "        notes: 说一下竣工。\n", "        notes: 说一下竣工。\n        minutes: 3\n"
    )
    before, after, _ = _edited(
        tmp_path, text, SetPanelField("list", "minutes", None), SetMeta("anniversary", None)
    )
    assert _diff(before, after) == [
        "-  anniversary: {years: 30, founded: 1993}",
        "-        minutes: 3",
    ]


def test_removing_the_last_panel_leaves_the_next_sections_heading_in_place(tmp_path: Path) -> None:
    second = "  # == the second section ==\n  - id: two\n    title: 二\n    panels:\n"
    second += "      - id: p2\n        kind: cover\n        title: 二\n        notes: 二。\n"
    before, after, _ = _edited(tmp_path, MINIMAL + "\n" + second, DeletePanel("donut"))
    assert after.endswith("不带数字的一条\n\n" + second)
    lines = before.splitlines()
    start = lines.index("      - id: donut")
    assert _diff(before, after) == ["-" + line for line in lines[start : start + 12]]


def test_list_edits_change_only_that_elements_lines(tmp_path: Path) -> None:
    before, after, _ = _edited(
        tmp_path,
        MINIMAL,
        InsertItem("list", "items", 2, TextItem("第三条", emphasis=True)),
        RemoveItem("list", "items", 1),
    )
    assert _diff(before, after) == [
        "-          - 不带数字的一条",
        "+          - text: 第三条",
        "+            emphasis: true",
    ]


@pytest.mark.parametrize(
    "text", ["yes", "010", "1_48", "on", "~", "0x1F", "1e3", "12:30", "=", "多\n行"]
)
def test_every_text_pyyaml_reads_otherwise_is_written_to_read_back_as_itself(text: str) -> None:
    written = "\n".join(scalar_lines(text, None, flow=False, column=2))
    assert yaml.safe_load(f"k: {written}\n") == {"k": text}
    flow = scalar_lines(text, None, flow=True, column=0)[0]
    assert yaml.safe_load(f"k: [{flow}]\n") == {"k": [text]}


def test_the_layout_follows_the_file() -> None:
    assert Layout.of("a:\n    b: 1\nc:\n- 1\n") == Layout(indent=4, dash=0)
    assert Layout.of(MINIMAL) == Layout(indent=2, dash=2)


def test_undo_history_keeps_texts_and_the_node_trees_of_a_few_texts_only(tmp_path: Path) -> None:
    session = EditSession(write_briefing(tmp_path / "b", MINIMAL))
    leads = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"]
    for lead in leads:
        session.apply(SetPanelField("list", "lead", lead))
    assert len(session._doc._trees) <= 3  # a tree is about 25 times its text
    for lead in reversed(leads[:-1]):
        session.undo()
        assert session.briefing.panels[2].lead == lead
        assert f"lead: {lead}\n" in session.document_text()
    session.undo()
    session.apply(SetPanelField("list", "title", "新标题"))  # composes the restored text
    assert "lead:" not in session.document_text() and "title: 新标题" in session.document_text()


INDENTLESS = """\
format: 1
source: source.txt
meta:
    title: 测试简报
    subtitle: 副标题
    organisation: 测试单位
    meeting: 测试会议
    date: 2023-01-09
indicators:
-   {id: total, name: 总投资, kind: amount, unit: 亿元, year: 2023, target: 2940.1, decimals: 1, source: 总投资2940.1亿元}
sections:
-   id: main
    title: 主体
    panels:
    -   id: cover
        kind: cover
        title: 测试简报
        notes: 开场。
    -   id: list
        kind: bullets
        title: 竣工项目
        notes: 说一下竣工。
        items:
        - 不带数字的一条
-   id: two
    title: 尾声
    panels:
    -   id: p2  # 唯一的一页
        kind: cover
        title: 尾声
        notes: 结束。
"""


def test_a_file_indented_by_four_with_indentless_lists_keeps_its_layout(tmp_path: Path) -> None:
    _, after, file = _edited(
        tmp_path,
        INDENTLESS,
        DuplicatePanel("list", "list2"),
        MovePanel("p2", "main", 0),
        SetPanelHidden("cover", True),
    )
    assert "    panels:\n    -   id: p2  # 唯一的一页\n        kind: cover\n" in after
    assert "    -   id: list2\n        kind: bullets\n" in after
    assert "        items:\n        - 不带数字的一条\n" in after
    assert "-   id: two\n    title: 尾声\n    panels: []\n" in after
    assert [p.id for p in load_briefing(file).panels] == ["p2", "cover", "list", "list2"]


def test_an_alias_in_a_list_is_rewritten_as_that_use_only(tmp_path: Path) -> None:
    shared = MINIMAL.replace(
        "          - {indicator: projects}\n", "          - &figure {indicator: projects}\n"
    ).replace(
        "          - {indicator: share, caption: 年度计划投资占总投资}",
        "          - {indicator: share, caption: 年度计划投资占总投资}\n          - *figure",
    )
    before, after, file = _edited(
        tmp_path, shared, SetPanelField("figures", "figures[3].caption", "全部项目")
    )
    assert _diff(before, after) == [
        "-          - *figure",
        "+          - {indicator: projects, caption: 全部项目}",
    ]
    figures = load_briefing(file).panels[1].figures  # type: ignore[attr-defined]
    assert [f.caption for f in figures][::3] == ["", "全部项目"]
