"""The gallery of panel kinds: a new panel from a plain template, placed after the current one.

A template says what it needs in words (标题, 要点 …) and quotes nothing yet: what the check
still asks for (a figure, a source sentence) appears at once in the check list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from briefing_app.model.chart import ChartKind, ChartSpec, Series
from briefing_app.model.panels import (
    BulletsPanel,
    CardsPanel,
    ChartPanel,
    ClosingPanel,
    CoverPanel,
    ImagePanel,
    KeyFiguresPanel,
    PanelBase,
    PanelKind,
    QuotePanel,
    TaskPanel,
    TimelineEvent,
    TimelinePanel,
)
from briefing_app.model.text import Card, TextItem
from briefing_app.ui.i18n import tr

NOTES = "在此填写讲稿备注。"


def template(kind: PanelKind, panel_id: str, number: int = 1) -> PanelBase:
    """Return a new panel of `kind` with placeholder text (`number`: a new task's number)."""
    title = tr(f"gallery.{kind.value}")
    common: dict[str, Any] = {"id": panel_id, "title": title, "notes": NOTES}
    if kind is PanelKind.COVER:
        return CoverPanel(**common, subtitle="副标题")
    if kind is PanelKind.KEY_FIGURES:
        return KeyFiguresPanel(**common, figures=())
    if kind is PanelKind.CARDS:
        return CardsPanel(**common, cards=(Card("卡片标题", "卡片内容"),))
    if kind is PanelKind.TASK:
        return TaskPanel(**common, number=number, headline=TextItem("任务要点"))
    if kind is PanelKind.TIMELINE:
        return TimelinePanel(**common, events=(TimelineEvent("年份", "事件"),))
    if kind is PanelKind.QUOTE:
        return QuotePanel(**common, quote=TextItem("引语"))
    if kind is PanelKind.CHART:
        chart = ChartSpec(
            kind=ChartKind.BAR, categories=("类别",), series=(Series(name="系列", values=(0,)),)
        )
        return ChartPanel(**common, chart=chart)
    if kind is PanelKind.CLOSING:
        return ClosingPanel(**common, text=TextItem("谢谢"))
    if kind is PanelKind.IMAGE:  # check asks for the picture's file name until it is given
        return ImagePanel(**common, image="", caption="图片说明")
    return BulletsPanel(**common, items=(TextItem("要点"),))


def gallery_menu(parent: QWidget, on_chosen: Callable[[PanelKind], None]) -> QMenu:
    """Return a menu of every panel kind; choosing one calls `on_chosen(kind)`."""
    menu = QMenu(tr("gallery.title"), parent)
    for kind in PanelKind:
        menu.addAction(tr(f"gallery.{kind.value}"), lambda k=kind: on_chosen(k))
    return menu
