"""Check messages: the catalog in both languages, places in words, the system's language."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from tests.conftest import MINIMAL, write_briefing

from briefing_app.content import check_briefing, messages
from briefing_app.content.catalog import MESSAGES
from briefing_app.content.messages import msg, text
from briefing_app.content.problems import Problem, with_places
from briefing_app.content.where import place_of
from briefing_app.system_language import system_language

ROOT_NODE = yaml.compose(MINIMAL)


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    messages.set_language("en")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_entry_has_both_languages_with_the_same_fields(key: str) -> None:
    en, zh = MESSAGES[key]
    assert en.strip() and zh.strip(), key
    assert fields(en) == fields(zh), key
    # A Chinese template is Chinese, not English pasted twice (YAML keys such as value stay).
    if zh != en:
        words = "".join(literal for literal, *_ in string.Formatter().parse(zh))
        assert re.search(r"[\u4e00-\u9fff]", words) or not re.search(r"[A-Za-z]{4,}", words)


def test_a_message_renders_in_either_language_with_nested_messages() -> None:
    message = msg("numbers.not_quoted", number=Decimal("149"), what=msg("numbers.displayed"))
    assert message.render("en") == "149 (displayed) appears in none of its quotes"
    assert message.render("zh_CN") == "149（显示的文字）在引用的原文中找不到"
    listed = msg("decode.not_one_of", got="covr", choices=["cover", "chart"])
    assert listed.render("en") == "'covr' is not one of: cover, chart"
    assert listed.render("zh_CN") == "“covr”不是以下之一：cover、chart"


def test_str_follows_the_module_language_and_english_is_the_default() -> None:
    message = msg("file.empty")
    assert str(message) == "the file is empty"
    messages.set_language("zh_CN.UTF-8")
    assert messages.language() == "zh_CN" and str(message) == "文件是空的"
    messages.set_language("C")
    assert str(message) == "the file is empty"


def test_unknown_key_is_refused() -> None:
    with pytest.raises(KeyError, match=r"no\.such\.key"):
        msg("no.such.key")


def test_messages_hash_compare_and_sort_like_problems_need() -> None:
    a = Problem("f.yaml", 3, 1, "x", msg("decode.missing", key="id"))
    b = Problem("f.yaml", 3, 1, "x", msg("decode.missing", key="id"))
    c = Problem("f.yaml", 3, 1, "x", msg("decode.key_twice"))
    d = Problem("f.yaml", 3, 1, "x", "a check not yet in the catalog")
    assert a == b and len({a, b, c, d}) == 3
    assert sorted([a, d, c]) == sorted([c, a, d])  # mixed keys and argument types sort
    assert d.text == text("a check not yet in the catalog")
    assert d.render("zh_CN").endswith("：a check not yet in the catalog")


@pytest.mark.parametrize(
    ("path", "zh", "en"),
    [
        ("sections[0].panels[1].figures[1].indicator", "「项目投资」第2张数字卡", "panel “项目投资”, figure card 2"),
        ("sections[0].panels[1].figures[2].caption", "「项目投资」第3张数字卡说明", "panel “项目投资”, figure card 3, caption"),
        ("sections[0].panels[2].items[0].text", "「竣工项目」第1条文字", "panel “竣工项目”, item 1, text"),
        ("sections[0].panels[3].chart.series[0].values[2]", "「项目构成」图表第1个数据系列第3个数值", "panel “项目构成”, chart, series 1, value 3"),
        ("sections[0].panels[3].chart.categories[0]", "「项目构成」图表第1个类别", "panel “项目构成”, chart, category 1"),
        ("sections[0].panels[0].notes", "「测试简报」备注", "panel “测试简报”, notes"),
        ("sections[0].title", "章节「主体」标题", "section “主体”, title"),
        ("indicators[1].target", "指标“年度计划投资”目标值", "indicator “年度计划投资”, target"),
        ("meta.date", "封面信息会议日期", "cover details, meeting date"),
        ("source", "原文文件", "source file"),
    ],
)  # fmt: skip
def test_a_path_in_words(path: str, zh: str, en: str) -> None:
    place = place_of(path, ROOT_NODE)
    assert place is not None
    assert (place.render("zh_CN"), place.render("en")) == (zh, en)


def test_the_place_names_the_panel_to_open() -> None:
    place = place_of("sections[0].panels[3].chart.total", ROOT_NODE)
    assert place is not None and (place.panel_index, place.panel_id) == (3, "donut")
    two_sections = yaml.compose("sections:\n - panels: [{id: a}, {id: b}]\n - panels: [{id: c}]\n")
    later = place_of("sections[1].panels[0].title", two_sections)
    assert later is not None and (later.panel_index, later.panel_id) == (2, "c")
    # Untitled: the panel by its number, counting every section.
    assert later.render("zh_CN") == "第3页标题"


@pytest.mark.parametrize(
    "path", ["", "sections[7].panels[0]", "sections[0].panels[9].title", "a.b[x]"]
)
def test_a_path_that_cannot_be_followed_has_no_words(path: str) -> None:
    assert place_of(path, ROOT_NODE) is None


def test_problem_lines_in_each_language() -> None:
    [problem] = with_places(
        [
            Problem(
                "b.yaml", 84, 13, "sections[0].panels[1].figures[0].indicator", msg("file.empty")
            )
        ],
        ROOT_NODE,
    )
    assert problem.render("zh_CN") == "b.yaml:84:13: 「项目投资」第1张数字卡：文件是空的"
    assert (
        problem.render("en")
        == "b.yaml:84:13: sections[0].panels[1].figures[0].indicator: the file is empty"
    )
    assert (
        problem.render("en", words=True)
        == "b.yaml:84:13: panel “项目投资”, figure card 1: the file is empty"
    )
    whole_file = Problem("b.yaml", 0, 0, "", msg("file.missing"))
    assert whole_file.render("zh_CN") == "b.yaml: 找不到该文件或文件夹"


def test_the_loader_places_its_problems(tmp_path: Path) -> None:
    bad = MINIMAL.replace("caption: 年度计划投资占总投资", "caption: 年度计划投资占总投资9成")
    result = check_briefing(write_briefing(tmp_path / "b", bad))
    zh = [p.render("zh_CN") for p in result.problems]
    assert any("「项目投资」第3张数字卡说明：" in line for line in zh), zh


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LANG": "C.UTF-8"}, "en"),
    ],
)
def test_the_system_language_on_linux(environ: dict[str, str], expected: str) -> None:
    assert system_language(environ, "linux") == expected


def test_the_system_language_on_windows_is_the_ui_language() -> None:
    assert system_language({}, "win32", lambda: 0x0804) == "zh_CN"  # zh-CN
    assert system_language({}, "win32", lambda: 0x0409) == "en"  # en-US


SOURCES = Path(__file__).resolve().parents[2] / "src" / "briefing_app" / "content"
REPORTERS = {"problem", "problem_at", "Problem", "FormulaError", "ScalarError", "ReadRefused"}
REPORTERS |= {"EncodingProblem", "TooBig"}


def _literal_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_literal_text(node.left) or _literal_text(node.right))


def test_every_check_reports_a_catalog_message() -> None:
    """No check writes its message as a literal string: each goes through the catalog."""
    literal = []
    for path in sorted(SOURCES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in REPORTERS and any(_literal_text(a) for a in node.args[-1:]):
                literal.append(f"{path.name}:{node.lineno}")
    assert not literal, literal
