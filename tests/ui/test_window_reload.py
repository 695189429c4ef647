"""Hot reload: saving the briefing (new file renamed over it, as editors do) updates the
panels within 0.5 s on the same panel; a bad save shows a banner and keeps the last good one.

The check runs on a thread of its own: a loader that raises, or one that runs too long, shows
the banner while the show goes on, and a result never replaces that of a newer save.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from tests.ui.window_harness import (
    build_controller,
    close_controller,
    copy_builtin,
    wait_until,
)

from briefing_app.content.result import CheckResult
from briefing_app.model.briefing import Briefing
from briefing_app.ui import session as session_module
from briefing_app.ui.controller import AppController


def save_like_an_editor(path: Path, text: str) -> None:
    """Write a new file beside `path` and rename it over `path` (vim, VS Code, WPS)."""
    tmp = path.with_name(f".{path.name}.swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@pytest.fixture
def yaml_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    return copy_builtin(tmp_path / "briefing")


@pytest.fixture
def controller(qapp, yaml_file: Path) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    c = build_controller(yaml_file)
    c.session.watch()
    yield c
    close_controller(c)


def without_meeting_panel(text: str) -> str:
    """Return the YAML with the third panel (会议概况) removed and panel 2 retitled."""
    start = text.index("      - id: meeting\n")
    end = text.index("  # == 2022年回顾")
    text = text[:start] + text[end:]
    return text.replace("title: 奋进新征程 再造新经开", "title: 奋进新征程 再造新经开（修订）", 1)


def test_renamed_save_updates_panels_on_the_same_panel(
    controller: AppController, yaml_file: Path
) -> None:
    c = controller
    c.state.go_to(c.briefing.index_of("review_figures"))
    QTest.keyClick(c.main, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert c.audience is not None and c.state.current == 4
    old = c.briefing
    old_widget = c.audience.stage.panel_widget

    save_like_an_editor(yaml_file, without_meeting_panel(yaml_file.read_text(encoding="utf-8")))
    # Its cost is measured by bench/benchmarks/reload_ms.py, not here.
    wait_until(lambda: c.briefing is not old, timeout_ms=10_000)

    assert len(c.briefing.panels) == 36
    assert c.briefing.panels[1].title == "奋进新征程 再造新经开（修订）"
    # The show stays on the panel it was on, now one place earlier.
    assert c.state.showing and c.state.current == 3
    assert c.briefing.panels[3].id == "review_figures"
    assert c.audience is not None and c.audience.stage.index == 3
    assert c.audience.stage.panel_widget is not old_widget
    assert c.main.stage.index == 3
    assert c.main.position.text().startswith("第 4 / 36 页")
    assert c.main.navigator.findItems("2. 奋进新征程 再造新经开（修订）", Qt.MatchFlag.MatchExactly)
    assert not c.main.banner.isVisible()
    QTest.keyClick(c.audience, Qt.Key.Key_Right)
    assert c.briefing.panels[c.state.current].id == "review_hub"

    # A second save is watched as well (the renamed file is a new inode).
    again = c.briefing
    text = yaml_file.read_text(encoding="utf-8").replace("（修订）", "（再修订）", 1)
    save_like_an_editor(yaml_file, text)
    wait_until(lambda: c.briefing is not again, timeout_ms=10_000)
    assert c.briefing.panels[1].title == "奋进新征程 再造新经开（再修订）"
    assert c.briefing.panels[c.state.current].id == "review_hub"


def test_in_place_save_reloads_too(controller: AppController, yaml_file: Path) -> None:
    old = controller.briefing
    text = yaml_file.read_text(encoding="utf-8").replace("title: 会议概况", "title: 会议情况", 1)
    yaml_file.write_text(text, encoding="utf-8")
    wait_until(lambda: controller.briefing is not old, timeout_ms=10_000)
    assert controller.briefing.panels[2].title == "会议情况"


def test_bad_save_shows_banner_and_keeps_last_good(
    controller: AppController, yaml_file: Path
) -> None:
    c = controller
    c.state.go_to(5)
    good = c.briefing
    text = yaml_file.read_text(encoding="utf-8")
    line = text[: text.index("target: 2940.1")].count("\n") + 1
    save_like_an_editor(yaml_file, text.replace("target: 2940.1", "target: 2940.7", 1))
    wait_until(lambda: c.main.banner.isVisible(), timeout_ms=10_000)
    banner = c.main.banner.text()
    assert f"{yaml_file}:{line}:" in banner and "2940.7" in banner
    assert c.briefing is good and c.state.current == 5 and c.main.stage.index == 5
    QTest.keyClick(c.main, Qt.Key.Key_Right)
    assert c.main.stage.index == 6, "the last good briefing still presents"

    # A YAML syntax error names its file and line too.
    broken = text.replace("title: 会议概况", "title: 会议概况: 冒号", 1)
    broken_line = text[: text.index("title: 会议概况")].count("\n") + 1
    save_like_an_editor(yaml_file, broken)
    wait_until(lambda: f"{yaml_file}:{broken_line}" in c.main.banner.text(), timeout_ms=10_000)
    assert c.briefing is good

    # Fixed: the banner goes and the fixed briefing shows.
    save_like_an_editor(yaml_file, text)
    wait_until(lambda: not c.main.banner.isVisible(), timeout_ms=10_000)
    assert c.briefing is not good and c.state.current == 6


REAL_CHECK = session_module.check_file


def retitled(yaml_file: Path, title: str) -> str:
    """Return the briefing's YAML with the meeting panel (whatever its title) titled `title`."""
    text = yaml_file.read_text(encoding="utf-8")
    start = text.index("title: ", text.index("      - id: meeting\n"))
    end = text.index("\n", start)
    return f"{text[:start]}title: {title}{text[end:]}"


def meeting_title(briefing: Briefing) -> str:
    return briefing.panels[briefing.index_of("meeting")].title


class BlockingCheck:
    """Stands in for the check: checks the file as it is now, then blocks until released.

    The result is that of the save it was called for, however late it is handed back.
    """

    def __init__(self, block_calls: int = 1) -> None:
        self.block_calls = block_calls
        self.calls = 0
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, path: Path) -> CheckResult:
        self.calls += 1
        result = REAL_CHECK(path)
        if self.calls <= self.block_calls:
            self.started.set()
            if not self.release.wait(timeout=60):
                raise TimeoutError("the test never released the check")
        return result


@pytest.fixture
def blocking(monkeypatch: pytest.MonkeyPatch) -> Iterator[BlockingCheck]:
    check = BlockingCheck()
    monkeypatch.setattr(session_module, "check_file", check)
    yield check
    check.release.set()  # never leave a thread blocked behind the test


def test_a_check_that_raises_shows_the_banner(
    controller: AppController, yaml_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    QTest.keyClick(c.main, Qt.Key.Key_F5)
    good = c.briefing

    def broken_loader(path: Path) -> CheckResult:
        raise RuntimeError(f"loader bug reading {path.name}")

    monkeypatch.setattr(session_module, "check_file", broken_loader)
    save_like_an_editor(yaml_file, retitled(yaml_file, "会议情况"))
    wait_until(lambda: c.main.banner.isVisible(), timeout_ms=10_000)
    assert "RuntimeError: loader bug reading briefing.yaml" in c.main.banner.text()
    assert c.briefing is good and c.state.showing
    QTest.keyClick(c.audience, Qt.Key.Key_Right)  # type: ignore[arg-type]
    assert c.state.current == 1 and c.audience is not None and c.audience.stage.index == 1

    # The loader fixed, the next save is checked and shown, and the banner goes.
    monkeypatch.setattr(session_module, "check_file", BlockingCheck(block_calls=0))
    save_like_an_editor(yaml_file, retitled(yaml_file, "会议情况（再改）"))
    wait_until(lambda: meeting_title(c.briefing) == "会议情况（再改）", timeout_ms=10_000)
    assert not c.main.banner.isVisible()


def test_a_slow_check_keeps_the_show_running_then_times_out(
    controller: AppController, yaml_file: Path, blocking: BlockingCheck
) -> None:
    c = controller
    c.session.check_timeout_ms = 400
    QTest.keyClick(c.main, Qt.Key.Key_F5)
    good = c.briefing
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    save_like_an_editor(yaml_file, retitled(yaml_file, "会议情况"))
    wait_until(blocking.started.is_set, timeout_ms=10_000)
    # The check is blocked on its thread; the GUI thread goes on: timers fire, keys work.
    before = len(ticks)
    wait_until(lambda: len(ticks) >= before + 5, timeout_ms=10_000)
    QTest.keyClick(c.audience, Qt.Key.Key_Right)  # type: ignore[arg-type]
    assert c.state.current == 1 and c.audience is not None and c.audience.stage.index == 1
    wait_until(lambda: c.main.banner.isVisible(), timeout_ms=10_000)
    assert "0.4" in c.main.banner.text() and c.session.checking
    assert c.briefing is good
    timer.stop()

    # A save while the given-up check still runs waits for it, then is checked; the late
    # result of the first save is dropped, the second one shows. (That check may take its
    # time: a loaded machine takes longer than 0.4 s over a real one.)
    c.session.check_timeout_ms = 60_000
    save_like_an_editor(yaml_file, retitled(yaml_file, "会议情况（再改）"))
    wait_until(lambda: c.session._again, timeout_ms=10_000)
    assert blocking.calls == 1, "no second check while one runs"
    shown: list[str] = []
    c.session.sig_briefing_changed.connect(lambda b: shown.append(meeting_title(b)))
    blocking.release.set()
    wait_until(lambda: meeting_title(c.briefing) == "会议情况（再改）", timeout_ms=10_000)
    assert shown == ["会议情况（再改）"] and blocking.calls == 2
    assert not c.main.banner.isVisible() and not c.session.checking


def test_two_quick_saves_end_with_the_newer_content(
    controller: AppController, yaml_file: Path, blocking: BlockingCheck
) -> None:
    c = controller
    shown: list[str] = []
    c.session.sig_briefing_changed.connect(lambda b: shown.append(meeting_title(b)))
    save_like_an_editor(yaml_file, retitled(yaml_file, "初稿"))
    wait_until(blocking.started.is_set, timeout_ms=10_000)
    save_like_an_editor(yaml_file, retitled(yaml_file, "终稿"))
    wait_until(lambda: c.session._again, timeout_ms=10_000)
    blocking.release.set()  # the first save's result arrives after the second save
    wait_until(lambda: meeting_title(c.briefing) == "终稿", timeout_ms=10_000)
    assert shown == ["终稿"], "an older save's result never replaces a newer one"


def test_saves_in_a_row_without_waiting_show_the_last(
    controller: AppController, yaml_file: Path
) -> None:
    c = controller
    for name in ("甲稿", "乙稿", "丙稿", "丁稿", "戊稿"):  # no numerals: titles are checked too
        save_like_an_editor(yaml_file, retitled(yaml_file, name))
    wait_until(lambda: meeting_title(c.briefing) == "戊稿" and not c.session.checking)
    assert not c.main.banner.isVisible()
