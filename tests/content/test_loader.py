"""The loader: valid briefings load; each kind of bad input gets one line with file:line."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import MINIMAL, SOURCE, write_briefing

from briefing_app.content import BriefingError, check_briefing, load_briefing
from briefing_app.model.panels import ChartPanel, KeyFiguresPanel


def problems_of(tmp_path: Path, yaml_text: str, source: str | None = None) -> list[str]:
    kwargs = {} if source is None else {"source": source}
    path = write_briefing(tmp_path / "b", yaml_text, **kwargs)
    result = check_briefing(path)
    assert not result.ok
    return [str(p) for p in result.problems]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_minimal_briefing_loads_with_resolved_values(minimal_briefing: Path) -> None:
    b = load_briefing(minimal_briefing.parent)
    assert [p.id for p in b.panels] == ["cover", "figures", "list", "donut"]
    assert b.indicator("share").value == 17.1  # derived: 502.8 / 2940.1 * 100
    assert b.indicator("share").formatted() == "17.1"
    assert b.indicator("total").formatted() == "2940.1"
    donut = b.panels[3]
    assert isinstance(donut, ChartPanel)
    assert donut.chart.series[0].resolved == (187, 142, 64)
    assert donut.chart.series[0].refs == ("new", "continuing", "preliminary")
    assert donut.chart.resolved_total == 393
    assert isinstance(b.panels[1], KeyFiguresPanel)


def test_yaml_file_path_works_like_the_folder(minimal_briefing: Path) -> None:
    assert load_briefing(minimal_briefing) == load_briefing(minimal_briefing.parent)


def test_changed_figure_is_reported_at_its_line(tmp_path: Path) -> None:
    text = MINIMAL.replace("target: 2940.1", "target: 2940.7")
    problems = problems_of(tmp_path, text)
    line = line_of(text, "target: 2940.7")
    assert any(
        f"briefing.yaml:{line}:" in p and "indicators[0].target" in p and "2940.7" in p
        for p in problems
    ), problems


def test_declared_arithmetic_is_checked(tmp_path: Path) -> None:
    text = MINIMAL.replace("target: 393", "target: 394").replace("项目393个", "项目394个")
    source_text = (
        MINIMAL
        and "全区共实施项目394个,总投资2940.1亿元,年度计划投资502.8亿元,计划新开工项目187个,续建项目142个,前期项目64个。地区生产总值增长8%"
    )
    problems = problems_of(tmp_path, text, source=source_text)
    assert any("indicators[3].target" in p and "394 does not equal" in p for p in problems), (
        problems
    )


@pytest.mark.parametrize(
    ("name", "edit", "expected"),
    [
        (
            "unknown key",
            ("    unit: 亿元\n", "    unit: 亿元\n    colour: red\n"),
            "unknown key 'colour'",
        ),
        (
            "wrong type",
            ("    target: 2940.1\n    decimals: 1", "    target: 2940.1\n    decimals: 一"),
            "expected a whole number, got '一'",
        ),
        (
            "unknown indicator",
            ("{indicator: projects}", "{indicator: projekts}"),
            "unknown indicator 'projekts' (did you mean 'projects'?)",
        ),
        (
            "figure with no source",
            ("    source: 年度计划投资502.8亿元\n", "\n"),
            "figure has no source",
        ),
        (
            "quote not in source",
            ("source: 总投资2940.1亿元", "source: 总投资2950.1亿元"),
            "quote not found in source.txt",
        ),
        (
            "number shown without a quote",
            ("title: 竣工项目", "title: 竣工项目77个"),
            "77 (displayed) appears in none of its quotes",
        ),
        ("emphasis artefact", ("title: 项目构成", "title: 项目**构成**"), "contains '**'"),
        ("half-width punctuation", ("title: 项目构成", "title: 项目,构成"), "full-width"),
        ("missing notes", ("        notes: 看图。\n", ""), "missing required key 'notes'"),
        ("unknown panel kind", ("kind: bullets", "kind: bulets"), "'bulets' is not one of"),
        ("unknown chart kind", ("kind: donut", "kind: pie"), "'pie' is not one of"),
        (
            "wrong number of values",
            ("values: [new, continuing, preliminary]", "values: [new, continuing]"),
            "has 2 values for 3 categories",
        ),
        ("duplicate panel id", ("id: list", "id: figures"), "panel id 'figures' is used twice"),
        (
            "values in the wrong order",
            (
                "values: [new, continuing, preliminary]",
                "values: [continuing, new, preliminary]",
            ),
            "'新开工' does not name 'continuing'",
        ),
        (
            "a figure's label names another figure",
            ("{indicator: total}", "{indicator: total, label: 前期项目}"),
            "'前期项目' does not name 'total'",
        ),
        (
            "a fall written as a rise",
            (
                "target: 8, source: 地区生产总值**增长8%**}",
                "target: -8, source: 地区生产总值**增长8%**}",
            ),
            "-8: its source “地区生产总值**增长8%**” states no fall",
        ),
        (
            "rounding hides the figure",
            ("    target: 2940.1\n    decimals: 1\n", "    target: 2940.1\n"),
            "shows 2940 for 2940.1; set decimals: 1",
        ),
        (
            "decimals out of range",
            ("    decimals: 1\n", "    decimals: -1\n"),
            "-1 is not from 0 to 6",
        ),
        (
            "number format rounds a value",
            (
                "              values: [new, continuing, preliminary]\n",
                "              values: [annual, continuing, preliminary]\n"
                '              number_format: "0"\n',
            ),
            "'0' shows 503 for 502.8",
        ),
        (
            "unknown number format",
            (
                "              unit: 个\n",
                '              unit: 个\n              number_format: "0.0x"\n',
            ),
            "'0.0x' is not a number format",
        ),
        ("donut total is not the sum", ("total: projects", "total: new"), "187 is not the sum"),
        (
            "literal total without a quote",
            ("total: projects", "total: 400"),
            "400 appears in none of the panel's quotes",
        ),
        (
            "bad formula",
            ("formula: annual / total * 100", "formula: annual / totl * 100"),
            "unknown indicator 'totl'",
        ),
    ],
)
def test_bad_input_is_one_clear_line(
    tmp_path: Path, name: str, edit: tuple[str, str], expected: str
) -> None:
    old, new = edit
    assert old in MINIMAL, name
    text = MINIMAL.replace(old, new, 1)
    problems = problems_of(tmp_path, text)
    matching = [p for p in problems if expected in p]
    assert matching, (name, problems)
    file, line, column = matching[0].split(":")[:3]
    assert file.endswith("briefing.yaml")
    assert int(line) > 0 and int(column) > 0
    assert "Traceback" not in "\n".join(problems)


def test_missing_path(tmp_path: Path) -> None:
    result = check_briefing(tmp_path / "nowhere")
    assert [str(p) for p in result.problems] == [f"{tmp_path / 'nowhere'}: no such file or folder"]


def test_folder_without_briefing_yaml(tmp_path: Path) -> None:
    result = check_briefing(tmp_path)
    assert "no such file or folder" in str(result.problems[0])
    assert str(result.problems[0]).startswith(str(tmp_path / "briefing.yaml"))


def test_not_utf8_names_line_and_column(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    data = (
        MINIMAL.replace("测试会议", "XX").encode("utf-8").replace(b"XX", "测试会议".encode("gbk"))
    )
    path.write_bytes(data)
    problems = [str(p) for p in check_briefing(path).problems]
    line = line_of(MINIMAL, "测试会议")
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:{line}:12: is not UTF-8"), problems


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    text = MINIMAL.replace("  title: 测试简报\n", "  title: [测试简报\n", 1)
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1
    assert "YAML syntax error" in problems[0]
    assert problems[0].split(":")[1].isdigit()


def test_empty_file(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, "# only a comment\n")
    assert problems == [f"{tmp_path / 'b' / 'briefing.yaml'}:1:1: the file is empty"]


def test_missing_source_text(tmp_path: Path) -> None:
    path = write_briefing(tmp_path / "b")
    (path.parent / "source.txt").unlink()
    problems = [str(p) for p in check_briefing(path).problems]
    assert any("source: source text" in p and "no such file" in p for p in problems), problems


def test_load_raises_with_every_problem(tmp_path: Path) -> None:
    text = MINIMAL.replace("target: 2940.1", "target: 2940.7").replace("colour", "x")
    text = text.replace("    unit: 亿元\n", "    unit: 亿元\n    colour: red\n", 1)
    path = write_briefing(tmp_path / "b", text)
    with pytest.raises(BriefingError) as info:
        load_briefing(path)
    assert len(info.value.problems) >= 1
    assert "colour" in str(info.value)


def test_page_breaks_and_emphasis_in_the_source_are_seen_through(minimal_briefing: Path) -> None:
    # The bullet quotes "宇通国家电动客车工程技术中心" which the source splits over blank lines,
    # and the gdp indicator quotes "增长8%" which the source wraps in ** **.
    assert check_briefing(minimal_briefing).ok


def test_section_title_may_state_what_its_panels_quote(tmp_path: Path) -> None:
    ok = MINIMAL.replace("    title: 主体\n", "    title: 393个项目\n")
    assert check_briefing(write_briefing(tmp_path / "ok", ok)).ok
    bad = MINIMAL.replace("    title: 主体\n", "    title: 394个项目\n")
    problems = [str(p) for p in check_briefing(write_briefing(tmp_path / "bad", bad)).problems]
    assert any("sections[0].title" in p and "394" in p for p in problems), problems


def test_a_fall_in_the_source_must_be_negative(tmp_path: Path) -> None:
    source = SOURCE.replace("**增长8%**", "**下降8%**")
    text = MINIMAL.replace("source: 地区生产总值**增长8%**}", "source: 地区生产总值**下降8%**}")
    problems = problems_of(tmp_path, text, source=source)
    assert any("8: its source" in p and "states a fall" in p for p in problems), problems
    fixed = text.replace("target: 8, source: 地区生产总值", "target: -8, source: 地区生产总值")
    assert check_briefing(write_briefing(tmp_path / "fixed", fixed, source=source)).ok
