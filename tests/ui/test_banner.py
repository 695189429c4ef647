"""The error banner: each problem in the interface language, naming its panel; a click opens it."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.ui.window_harness import build_controller, close_controller, copy_builtin, wait_until

from briefing_app.content import check_briefing
from briefing_app.ui import i18n
from briefing_app.ui.controller import AppController
from briefing_app.ui.problem_banner import ProblemBanner, panel_index_of

ORIGINAL = "text: 总结2022年经济工作，部署2023年经济工作"
FALSIFIED = "text: 总结2021年经济工作，部署2023年经济工作"  # 2021 is in no quote of 会议概况


@pytest.fixture
def yaml_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    return copy_builtin(tmp_path / "briefing")


@pytest.fixture
def controller(qapp, yaml_file: Path) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    c = build_controller(yaml_file)
    yield c
    close_controller(c)
    i18n.set_language("zh_CN")


def falsify(yaml_file: Path) -> Path:
    text = yaml_file.read_text(encoding="utf-8")
    assert text.count(ORIGINAL) == 1
    yaml_file.write_text(text.replace(ORIGINAL, FALSIFIED), encoding="utf-8")
    return yaml_file


def click_problem(banner: ProblemBanner, row: int) -> None:
    view = banner.problem_list
    rect = view.visualItemRect(view.item(row))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_problem_opens_its_panel(controller: AppController, yaml_file: Path) -> None:
    c = controller
    meeting = c.briefing.index_of("meeting")
    c.state.go_to(meeting + 3)
    problems = check_briefing(falsify(yaml_file)).problems
    c.main.on_problems(problems)
    wait_until(lambda: c.main.banner.isVisible() and c.main.banner.problem_list.isVisible())

    lines = c.main.banner.text().splitlines()
    row = next(i for i, line in enumerate(lines[1:]) if "2021" in line)
    # Chinese interface: the panel by its title, the field in words, file:line:column kept.
    line_no = line_of_falsified(yaml_file)
    assert lines[row + 1].startswith(f"{yaml_file}:{line_no}:"), lines
    assert "「会议概况」第2条" in lines[row + 1] and "在引用的原文中找不到" in lines[row + 1]

    click_problem(c.main.banner, row)
    wait_until(lambda: c.state.current == meeting and c.main.stage.index == meeting)


def test_the_banner_speaks_the_interface_language(qapp, yaml_file: Path) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("en")
    c = build_controller(yaml_file)
    try:
        c.main.on_problems(check_briefing(falsify(yaml_file)).problems)
        wait_until(c.main.banner.isVisible)
        text = c.main.banner.text()
        assert "panel “会议概况”, item 2" in text and "appears in none of its quotes" in text
        assert "在引用的原文中找不到" not in text
    finally:
        close_controller(c)
        i18n.set_language("zh_CN")


def test_a_problem_finds_its_panel_by_id_in_the_briefing_shown(yaml_file: Path) -> None:
    shown = check_briefing(yaml_file).briefing
    assert shown is not None
    # The saved file has the meeting panel one place earlier (the panel before it removed).
    text = yaml_file.read_text(encoding="utf-8").replace(ORIGINAL, FALSIFIED)
    start = text.index("      - id: meeting\n")
    previous = text.rindex("      - id: ", 0, start)
    yaml_file.write_text(text[:previous] + text[start:], encoding="utf-8")
    [problem] = [p for p in check_briefing(yaml_file).problems if "2021" in str(p)]
    assert problem.place is not None and problem.place.panel_index == shown.index_of("meeting") - 1
    assert panel_index_of(problem, shown) == shown.index_of("meeting")


def line_of_falsified(yaml_file: Path) -> int:
    text = yaml_file.read_text(encoding="utf-8")
    return text[: text.index(FALSIFIED)].count("\n") + 1


def test_a_problem_with_an_indicator_opens_the_first_panel_showing_it(yaml_file: Path) -> None:
    shown = check_briefing(yaml_file).briefing
    assert shown is not None
    text = yaml_file.read_text(encoding="utf-8")
    yaml_file.write_text(text.replace("target: 2940.1", "target: 2940.7"), encoding="utf-8")
    problems = check_briefing(yaml_file).problems
    problem = next(p for p in problems if p.path.startswith("indicators[") and "2940.7" in str(p))
    # investment_total_2023 is first shown as a figure card of the task panel 四大工程.
    assert panel_index_of(problem, shown) == shown.index_of("task_2")
