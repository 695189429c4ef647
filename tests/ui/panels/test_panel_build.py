"""Every panel kind builds from the sample briefing and every built-in panel builds."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from panel_samples import sample_briefing
from pytestqt.qtbot import QtBot

from briefing_app.content import load_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.linebreak import unprotect
from briefing_app.model.panels import ChartPanel, TaskPanel
from briefing_app.paths import default_briefing
from briefing_app.ui.panels import PanelWidget
from briefing_app.ui.panels.chart_area import ChartArea, placeholder_rows
from briefing_app.ui.panels.parts import Text
from briefing_app.ui.panels.typeset import chinese_date, chinese_ordinal
from briefing_app.ui.theme import DARK

SAMPLE_IDS = [p.id for p in sample_briefing().panels]
BUILTIN_IDS = [p.id for p in load_briefing(default_briefing()).panels]

Make = Callable[..., PanelWidget]


def _panel(briefing: Briefing, panel_id: str) -> Any:
    return briefing.panels[briefing.index_of(panel_id)]


@pytest.mark.parametrize("panel_id", SAMPLE_IDS)
def test_sample_panel_builds(make_panel: Make, sample: Briefing, panel_id: str) -> None:
    panel = _panel(sample, panel_id)
    widget = make_panel(panel, sample)
    assert widget.panel is panel and widget.briefing is sample
    assert widget.kind is panel.kind
    assert not widget.grab().isNull()


@pytest.mark.parametrize("panel_id", BUILTIN_IDS)
def test_builtin_panel_builds(make_panel: Make, builtin: Briefing, panel_id: str) -> None:
    panel = _panel(builtin, panel_id)
    widget = make_panel(panel, builtin)
    assert widget.kind is panel.kind
    assert not widget.grab().isNull()


@pytest.mark.parametrize("panel_id", ["cover", "task_chart", "timeline", "closing"])
def test_dark_theme_builds(make_panel: Make, sample: Briefing, panel_id: str) -> None:
    widget = make_panel(_panel(sample, panel_id), sample, theme=DARK)
    assert widget.theme is DARK
    assert widget.grab().toImage().pixelColor(5, 500).name().lower() == DARK.background.lower()


def test_chart_panels_show_their_chart(make_panel: Make, sample: Briefing) -> None:
    for panel in sample.panels:
        if isinstance(panel, ChartPanel | TaskPanel) and panel.chart is not None:
            widget = make_panel(panel, sample)
            areas = widget.findChildren(ChartArea)
            assert len(areas) == 1 and areas[0].spec is panel.chart


def test_placeholder_lists_categories_and_values(sample: Briefing) -> None:
    chart = _panel(sample, "chart").chart
    rows = placeholder_rows(chart)
    assert rows[:3] == ["新开工：187 个", "续建：142 个", "前期：64 个"]
    assert rows[-1] == "合计：393"


def test_chart_area_falls_back_to_placeholder_without_charts(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sample: Briefing
) -> None:
    # A charts package that has no create_chart_view yet, as before the live charts landed.
    monkeypatch.setitem(sys.modules, "briefing_app.ui.charts", types.ModuleType("charts"))
    chart = _panel(sample, "chart").chart
    area = ChartArea(chart, sample, DARK, "全区实施项目")
    qtbot.addWidget(area)
    assert not area.is_live and area.placeholder is not None
    texts = [label.plain_text() for label in area.placeholder.findChildren(Text)]
    assert "项目构成" in texts and "续建：142 个" in texts
    area.rescale(2.0, 1.0)
    area.play(True)
    area.finish()


def test_chinese_date_and_ordinal(sample: Briefing) -> None:
    assert chinese_date(sample.meta.date) == "2023年1月9日"
    ordinals = [chinese_ordinal(n) for n in (1, 2, 8, 10, 12, 30)]
    assert ordinals == ["一", "二", "八", "十", "十二", "三十"]


def test_task_shows_ordinal_and_cover_shows_anniversary(make_panel: Make, sample: Briefing) -> None:
    from PySide6.QtWidgets import QLabel

    task = make_panel(_panel(sample, "task"), sample)
    texts = [unprotect(label.text()) for label in task.findChildren(QLabel)]
    assert any(text.startswith("任务二") for text in texts)
    cover = make_panel(_panel(sample, "cover"), sample)
    texts = [unprotect(label.text()) for label in cover.findChildren(QLabel)]
    assert "2023年1月9日" in texts and "郑州经济技术开发区" in texts
    assert cover.badge is not None and "1993—2023" in cover.badge.toolTip()


def test_preview_saves_a_panel(qtbot: QtBot, tmp_path: Path) -> None:
    from briefing_app.ui.panels.__main__ import main

    out = tmp_path / "cover.png"
    assert main(["cover", "--width", "960", "--save", str(out)]) == 0
    assert out.stat().st_size > 0
