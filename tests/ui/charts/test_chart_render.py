"""Every built-in chart renders at 1920x1080 scale into a temporary folder (look at the PNGs:
set CHARTS_OUT to a folder to keep them)."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from chart_specs import SPECS, builtin_charts
from PySide6.QtGui import QColor

from briefing_app.model.chart import ChartKind
from briefing_app.ui.theme import DARK, LIGHT, Theme


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return where the pictures go: CHARTS_OUT when set, else a temporary folder."""
    chosen = os.environ.get("CHARTS_OUT")
    return Path(chosen) if chosen else tmp_path_factory.mktemp("charts")


def check_picture(view, theme: Theme, path: Path) -> None:  # type: ignore[no-untyped-def]
    image = view.grab().toImage()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path))
    # The surface colour, not pyqtgraph's default black, fills the corners.
    assert image.pixelColor(2, 2) == QColor(theme.surface)
    assert image.pixelColor(image.width() - 3, image.height() - 3) == QColor(theme.surface)
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 8, "the chart drew next to nothing"


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_built_in_charts_render(make_view, builtin, theme: Theme, out: Path) -> None:  # type: ignore[no-untyped-def]
    for panel_id, spec in builtin_charts(builtin):
        view = make_view(spec, theme=theme)
        check_picture(view, theme, out / f"{panel_id}-{theme.name}.png")


@pytest.mark.parametrize("kind", list(ChartKind), ids=lambda k: k.value)
def test_test_specs_render_at_two_scales(make_view, kind: ChartKind, out: Path) -> None:  # type: ignore[no-untyped-def]
    for scale in (1.0, 0.5):
        size = (round(1600 * scale), round(800 * scale))
        view = make_view(SPECS[kind], size=size, scale=scale)
        check_picture(view, LIGHT, out / f"spec-{kind.value}-{scale:g}.png")
