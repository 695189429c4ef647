"""Panel test fixtures: the built-in and sample briefings, and panels built at a size."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable

import pytest
from panel_samples import sample_briefing
from pytestqt.qtbot import QtBot

from briefing_app.content import load_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import PanelBase
from briefing_app.paths import default_briefing
from briefing_app.ui.panels import PanelWidget, create_panel_widget
from briefing_app.ui.theme import CANVAS_WIDTH, LIGHT, Theme


@pytest.fixture(scope="session")
def builtin() -> Briefing:
    return load_briefing(default_briefing())


@pytest.fixture(scope="session")
def sample() -> Briefing:
    return sample_briefing()


@pytest.fixture
def make_panel(qtbot: QtBot) -> Callable[..., PanelWidget]:
    """Return a factory: (panel, briefing, size=(1920, 1080), theme=LIGHT) -> PanelWidget.

    The widget is sized and scaled as the stage does it, in its final state, not shown.
    """
    try:
        from briefing_app.ui.fonts import register_fonts

        register_fonts()
    except ImportError:  # the system's Noto Sans CJK SC is the fallback
        pass

    def make(
        panel: PanelBase,
        briefing: Briefing,
        size: tuple[int, int] = (1920, 1080),
        theme: Theme = LIGHT,
    ) -> PanelWidget:
        widget = create_panel_widget(panel, briefing, theme)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.apply_scale(size[0] / CANVAS_WIDTH)
        widget.finish()
        return widget

    return make
