"""One chart spec, two renderers: the live and the PowerPoint registries cover the same kinds."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from briefing_app.export.pptx.charts import CHART_WRITERS
from briefing_app.model.chart import ChartKind
from briefing_app.ui.charts.registry import RENDERERS


def test_live_and_pptx_registries_cover_exactly_every_chart_kind() -> None:
    assert set(RENDERERS) == set(ChartKind)
    assert set(CHART_WRITERS) == set(ChartKind)
    assert set(RENDERERS) == set(CHART_WRITERS)
