"""Hover and click: '<category>: <exact value><unit> — 来源：<source>', '' when leaving."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from chart_specs import SPECS, builtin_charts
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefing_app.model.chart import ChartKind
from briefing_app.model.text import plain_quote
from briefing_app.ui.charts.text import exact_value, source_of

#: (kind, series, index) -> the hover text the spec implies.
EXPECTED = {
    (ChartKind.BAR, 0, 1): "规模以上工业增加值：10% — 来源：地区生产总值增长8%",
    (ChartKind.GROUPED_BAR, 1, 0): "开工 / 2023年计划：187个 — 来源：计划新开工项目187个",
    (ChartKind.DONUT, 0, 2): "前期：64个 — 来源：全区共实施项目393个",
    (ChartKind.PROGRESS_RING, 0, 0): "年度计划投资：502.8亿元 — 来源：年度计划投资502.8亿元",
    (ChartKind.RANK_MARKER, 0, 1): "“十四五”末目标：20名 — 来源：提前迈入全国经开区前20强",
    (ChartKind.SCALE_BARS, 0, 1): "汽车制造：2000亿元 — 来源：三个千亿级先进制造业集群",
    (ChartKind.LINE_TARGET, 0, 1): "2020：3.1% — 来源：地区生产总值增长8%",
}


@pytest.mark.parametrize(("kind", "series", "index"), list(EXPECTED), ids=lambda v: str(v))
def test_hover_over_each_kind_emits_value_unit_and_source(qtbot, make_view, kind, series, index):  # type: ignore[no-untyped-def]
    view = make_view(SPECS[kind])
    with qtbot.waitSignal(view.sig_hovered) as blocker:
        text = view.hover_at(view.scene_point_of(series, index))
    assert text == EXPECTED[(kind, series, index)]
    assert blocker.args == [text]
    assert view.hover_text == text
    # Far outside every mark: the text clears.
    with qtbot.waitSignal(view.sig_hovered) as blocker:
        view.hover_at(QPointF(-1000.0, -1000.0))
    assert blocker.args == [""]


def test_hover_text_shows_under_the_chart_never_over_it(make_view) -> None:  # type: ignore[no-untyped-def]
    view = make_view(SPECS[ChartKind.DONUT])
    view.hover_at(view.scene_point_of(0, 0))
    label = view._hover_label
    assert label.isVisible() and label.text()
    assert view.hover_text.startswith(label.text().rstrip("…"))
    assert view.rect().contains(label.geometry())
    assert not label.geometry().intersects(view.canvas.geometry())  # no data hidden under it
    view.hover_at(QPointF(-1000.0, -1000.0))
    assert label.text() == ""


def test_real_mouse_move_over_a_bar_and_leave(qtbot, make_view) -> None:  # type: ignore[no-untyped-def]
    view = make_view(SPECS[ChartKind.BAR])
    viewport = view.canvas.viewport()
    at = QPointF(view.viewport_point_of(0, 3))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        at,
        viewport.mapToGlobal(at),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(view.sig_hovered) as blocker:
        QApplication.sendEvent(viewport, move)  # through QGraphicsView and pyqtgraph's scene
    assert blocker.args[0].startswith("社会消费品零售总额：13%")
    assert view._hover_label.text().startswith("社会消费品零售总额：13%")
    with qtbot.waitSignal(view.sig_hovered) as blocker:
        QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert blocker.args == [""]


def test_click_emits_even_when_the_text_is_unchanged(qtbot, make_view) -> None:  # type: ignore[no-untyped-def]
    view = make_view(SPECS[ChartKind.SCALE_BARS])
    point = view.viewport_point_of(0, 0)
    view.hover_at(view.scene_point_of(0, 0))
    with qtbot.waitSignal(view.sig_hovered) as blocker:
        QTest.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args[0].startswith("装备制造：1000亿元")


def test_built_in_hover_quotes_the_indicator_source(make_view, builtin) -> None:  # type: ignore[no-untyped-def]
    charts = builtin_charts(builtin)
    assert charts
    for panel_id, spec in charts:
        view = make_view(spec)
        for s, series in enumerate(spec.series):
            for i in range(len(series.resolved)):
                text = view.hover_at(view.scene_point_of(s, i))
                value = exact_value(spec, s, i)
                source = source_of(spec, builtin, s, i)
                assert value in text, (panel_id, text)
                assert source and f"来源：{source}" in text, (panel_id, text)
                ref = series.refs[i]
                if ref and builtin.indicator(ref).source:
                    assert plain_quote(builtin.indicator(ref).source) in text


def test_progress_ring_track_tells_the_total(make_view) -> None:  # type: ignore[no-untyped-def]
    view = make_view(SPECS[ChartKind.PROGRESS_RING])
    track = view.renderer.track
    opposite = track.mapToScene(track.point_at(0.7))  # about 8 o'clock: track, not fill
    assert view.hover_at(opposite) == "总投资：2940.1亿元 — 来源：总投资2940.1亿元"
