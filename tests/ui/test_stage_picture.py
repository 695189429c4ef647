"""The stage pictures a panel once it stands still and cross-fades away from that picture."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from tests.ui.window_harness import flush, wait_until

from briefing_app.content import check_briefing
from briefing_app.paths import default_briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.panels.base import COUNT_UP_MS, PanelWidget
from briefing_app.ui.stage import Stage
from briefing_app.ui.stage_picture import SETTLE_MS
from briefing_app.ui.theme import LIGHT


@pytest.fixture
def stage() -> Iterator[Stage]:
    ensure_application()
    result = check_briefing(default_briefing())
    assert result.briefing is not None
    shown = Stage(result.briefing, LIGHT, animated=True)
    shown.resize(960, 540)
    shown.show()
    shown.show_panel(1, animate=False)
    yield shown
    shown.close()
    shown.deleteLater()
    flush()


def count_grabs(widget: QWidget, grabs: list[int]) -> None:
    real = widget.grab

    def counted(*args: object) -> object:
        grabs.append(1)
        return real(*args)  # type: ignore[arg-type]

    widget.grab = counted  # type: ignore[method-assign]


def test_a_still_panel_is_pictured_once_and_faded_from_its_picture(stage: Stage) -> None:
    widget = stage.panel_widget
    assert isinstance(widget, PanelWidget)
    wait_until(lambda: stage._settled.ready, timeout_ms=SETTLE_MS + 10_000)
    picture = stage._settled.picture_of(widget)
    assert picture is not None
    assert picture.toImage() == widget.grab().toImage()  # the panel as it stands
    grabs: list[int] = []
    count_grabs(widget, grabs)
    stage.show_panel(2)
    assert grabs == []  # the fade used the picture: no render of the panel left
    assert stage._ghost.isVisible() and stage._ghost.pixmap().toImage() == picture.toImage()


def test_no_picture_of_a_panel_that_changed(stage: Stage) -> None:
    widget = stage.panel_widget
    assert isinstance(widget, PanelWidget)
    wait_until(lambda: stage._settled.ready, timeout_ms=SETTLE_MS + 10_000)
    widget.sig_hovered.emit("2022年 地区生产总值")  # a highlight: not the still panel
    assert stage._settled.picture_of(widget) is None
    wait_until(lambda: stage._settled.ready, timeout_ms=SETTLE_MS + 10_000)
    stage.resize(1280, 720)  # another size
    flush()
    assert stage._settled.picture_of(widget) is None
    grabs: list[int] = []
    count_grabs(widget, grabs)
    stage.show_panel(2)
    assert grabs == [1]  # rendered as it stands


def test_no_picture_without_a_fade() -> None:
    ensure_application()
    result = check_briefing(default_briefing())
    assert result.briefing is not None
    still = Stage(result.briefing, LIGHT, animated=False)
    still.show_panel(0, animate=False)
    assert not still._settled._timer.isActive()  # reduced motion: nothing to picture
    still.deleteLater()
    flush()


def test_the_picture_waits_for_the_intro() -> None:
    from briefing_app.ui.charts.view import ANIMATION_MS

    assert max(COUNT_UP_MS, ANIMATION_MS) < SETTLE_MS


class PaintSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.add(id(watched))
        return False


def test_a_change_the_room_watches_is_painted_at_once(stage: Stage) -> None:
    """The new panel is painted within show_panel, before the window's other updates."""
    wait_until(lambda: stage._prefetch.isActive() is False)
    flush()
    spy = PaintSpy()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    try:
        stage.show_panel(2)
        widget = stage.panel_widget
        assert widget is not None and id(widget) in spy.painted  # no event loop turn yet
        spy.painted.clear()
        stage.show_panel(3, animate=False)  # a console's preview: painted with the rest
        assert id(stage.panel_widget) not in spy.painted
    finally:
        app.removeEventFilter(spy)
