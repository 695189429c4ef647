"""Chart test fixtures: the built-in briefing and ChartViews in a host widget."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from briefing_app.content import load_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartSpec
from briefing_app.paths import default_briefing
from briefing_app.ui.theme import LIGHT, Theme


@pytest.fixture(scope="session")
def builtin() -> Briefing:
    return load_briefing(default_briefing())


@pytest.fixture
def make_view(qtbot, builtin: Briefing) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    """Return a factory: (spec, briefing=builtin, size=(1600, 800), scale=1.0) -> ChartView.

    The view fills a shown host widget and is in its final state.
    """
    try:
        from briefing_app.ui.fonts import register_fonts

        register_fonts()
    except ImportError:  # the system's Noto Sans CJK SC is the fallback
        pass
    from briefing_app.ui.charts import create_chart_view

    hosts: list[QWidget] = []  # qtbot holds widgets weakly; the hosts must outlive the test

    def make(
        spec: ChartSpec,
        briefing: Briefing | None = None,
        size: tuple[int, int] = (1600, 800),
        scale: float = 1.0,
        theme: Theme = LIGHT,
    ) -> object:
        host = QWidget()
        hosts.append(host)
        qtbot.addWidget(host)
        host.resize(*size)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        view = create_chart_view(spec, briefing or builtin, theme, host)
        layout.addWidget(view)
        host.show()
        qtbot.waitExposed(host)
        view.apply_scale(scale)
        view.finish()
        QApplication.processEvents()  # lets pyqtgraph lay out and map its views
        return view

    yield make
    hosts.clear()
