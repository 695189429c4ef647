"""KPI numbers count up to their exact value and tell their value, unit and source on hover."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.model.briefing import Briefing
from briefing_app.ui.panels import PanelWidget
from briefing_app.ui.panels.base import COUNT_UP_MS
from briefing_app.ui.panels.figures import KpiCard, hover_text

Make = Callable[..., PanelWidget]


def _panel(briefing: Briefing, panel_id: str) -> Any:
    return briefing.panels[briefing.index_of(panel_id)]


def test_finish_shows_exact_values(make_panel: Make, sample: Briefing) -> None:
    widget = make_panel(_panel(sample, "figures"), sample)
    assert widget.count_up_values() == ["2940.1", "17.1", "8", "千亿级"]


def test_count_up_starts_at_zero_and_ends_exact(
    qtbot: QtBot, make_panel: Make, sample: Briefing
) -> None:
    widget = make_panel(_panel(sample, "figures"), sample)
    widget.enter(True)
    assert widget.count_up_values() == ["0.0", "0.0", "0", "千亿级"]
    seen: list[float] = []

    def ended() -> bool:  # called every few ms by waitUntil: notes each value shown
        seen.append(float(widget.count_up_values()[0]))
        return seen[-1] == 2940.1

    qtbot.waitUntil(ended, timeout=COUNT_UP_MS + 10_000)
    assert any(0 < value < 2940.1 for value in seen), f"no value between 0 and the end: {seen}"
    assert widget.count_up_values() == ["2940.1", "17.1", "8", "千亿级"]


def test_finish_during_count_up_jumps_to_exact(make_panel: Make, sample: Briefing) -> None:
    widget = make_panel(_panel(sample, "task"), sample)
    widget.enter(True)
    widget.finish()
    assert widget.count_up_values() == ["2940.1", "502.8", "17.1"]
    assert all(card.graphicsEffect() is None for card in widget.findChildren(KpiCard))


def test_enter_without_animation_is_final(make_panel: Make, builtin: Briefing) -> None:
    for panel in builtin.panels:
        widget = make_panel(panel, builtin)
        widget.enter(False)
        expected = [card.number.indicator.formatted() for card in widget.findChildren(KpiCard)]
        assert sorted(widget.count_up_values()) == sorted(expected)


def test_hover_text_has_value_unit_and_source(sample: Briefing) -> None:
    figures = _panel(sample, "figures").figures
    total = hover_text(figures[0], sample.indicator("total"), sample)
    assert total == "总投资：2940.1亿元 — 来源：全区共实施项目393个,总投资2940.1亿元"
    share = hover_text(figures[1], sample.indicator("share"), sample)
    assert share.startswith("年度计划投资占总投资：17.1% — 来源：")
    assert "年度计划投资" in share.split("来源：")[1]  # derived: says how
    count = hover_text(figures[2], sample.indicator("tasks"), sample)
    assert count.startswith("八项重点工作：8项 — 来源：实现目标")
    label = hover_text(figures[3], sample.indicator("cluster"), sample)
    assert label.startswith("装备制造产业集群：千亿级 — 来源：")
    gdp = hover_text(_panel(sample, "task_chart").figures[0], sample.indicator("gdp"), sample)
    assert gdp.endswith("来源：地区生产总值增长8%")  # markdown emphasis stripped


def test_hover_emits_and_sets_tooltip(qtbot: QtBot, make_panel: Make, sample: Briefing) -> None:
    widget = make_panel(_panel(sample, "figures"), sample)
    card = widget.findChildren(KpiCard)[0]
    assert card.toolTip() == card.hover and "2940.1亿元" in card.hover
    point = QPointF(10, 10)
    with qtbot.waitSignal(widget.sig_hovered) as entered:
        QApplication.sendEvent(card, QEnterEvent(point, point, point))
    assert entered.args == [card.hover]
    with qtbot.waitSignal(widget.sig_hovered) as left:
        QApplication.sendEvent(card, QEvent(QEvent.Type.Leave))
    assert left.args == [""]


def test_builtin_figures_end_on_formatted_values(make_panel: Make, builtin: Briefing) -> None:
    seen = {}
    for panel in builtin.panels:
        for figure in getattr(panel, "figures", ()):
            seen[figure.indicator] = builtin.indicator(figure.indicator).formatted()
        if getattr(panel, "figures", ()):
            widget = make_panel(panel, builtin)
            widget.enter(True)
            widget.finish()
            assert widget.count_up_values() == [
                builtin.indicator(f.indicator).formatted() for f in panel.figures
            ]
    if "investment_total_2023" in seen:
        assert seen["investment_total_2023"] == "2940.1"


def test_chart_hover_reaches_the_panel(qtbot: QtBot, make_panel: Make, sample: Briefing) -> None:
    from briefing_app.ui.panels.chart_area import ChartArea

    widget = make_panel(_panel(sample, "chart"), sample)
    area = widget.findChildren(ChartArea)[0]
    with qtbot.waitSignal(widget.sig_hovered) as hovered:
        area.sig_hovered.emit("新开工: 187个 — 来源：计划新开工项目187个")
    assert hovered.args == ["新开工: 187个 — 来源：计划新开工项目187个"]
