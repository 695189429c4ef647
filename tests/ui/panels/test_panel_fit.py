"""At 1366x768, 1920x1080 and 3840x2160 no text is clipped, overlapped or outside the panel."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import itertools
from collections.abc import Callable

import pytest
from panel_samples import SIZES, sample_briefing
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel

from briefing_app.content import load_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.paths import default_briefing
from briefing_app.ui.panels import PanelWidget
from briefing_app.ui.panels.chart_area import ChartArea
from briefing_app.ui.panels.fitting import MIN_FIT
from briefing_app.ui.panels.parts import Text

Make = Callable[..., PanelWidget]
SAMPLE_IDS = [p.id for p in sample_briefing().panels]
BUILTIN_IDS = [p.id for p in load_briefing(default_briefing()).panels]


def _problems(widget: PanelWidget) -> list[str]:
    """Return what is wrong with the panel's labels, as readable lines."""
    bounds = widget.rect()
    problems = []
    rects: list[tuple[QLabel, QRect]] = []
    for label in widget.findChildren(QLabel):
        if not label.isVisibleTo(widget) or not label.text():
            continue
        rect = QRect(label.mapTo(widget, label.rect().topLeft()), label.size())
        rects.append((label, rect))
        name = repr(label.text()[:24])
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height():
            need = label.heightForWidth(label.width())
            problems.append(f"{name} clipped: needs {need}px, has {label.height()}px")
        if not label.wordWrap() and label.sizeHint().width() > label.width() + 1:
            problems.append(f"{name} cut: needs {label.sizeHint().width()}px wide")
        if not bounds.contains(rect):
            problems.append(f"{name} sticks out of the panel: {rect} not in {bounds}")
    footer_top = widget.footer.y() if widget.chrome else widget.height()
    for area in widget.findChildren(ChartArea):
        rect = QRect(area.mapTo(widget, area.rect().topLeft()), area.size())
        if rect.bottom() >= footer_top or not bounds.contains(rect):
            problems.append(f"chart {rect} runs past the body (footer at {footer_top})")
    for (a, ra), (b, rb) in itertools.combinations(rects, 2):
        if ra.intersects(rb) and not (a.isAncestorOf(b) or b.isAncestorOf(a)):
            problems.append(f"{a.text()[:12]!r} overlaps {b.text()[:12]!r}")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
@pytest.mark.parametrize("panel_id", BUILTIN_IDS)
def test_builtin_text_fits(make_panel: Make, builtin: Briefing, panel_id: str, size: str) -> None:
    widget = make_panel(builtin.panels[builtin.index_of(panel_id)], builtin, SIZES[size])
    assert _problems(widget) == []
    assert widget.fit >= MIN_FIT


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
@pytest.mark.parametrize("panel_id", SAMPLE_IDS)
def test_sample_text_fits(make_panel: Make, sample: Briefing, panel_id: str, size: str) -> None:
    widget = make_panel(sample.panels[sample.index_of(panel_id)], sample, SIZES[size])
    assert _problems(widget) == []


def test_type_is_set_at_the_scale_not_scaled_as_pixels(make_panel: Make, sample: Briefing) -> None:
    panel = sample.panels[sample.index_of("timeline")]
    small = make_panel(panel, sample, (1920, 1080))
    large = make_panel(panel, sample, (3840, 2160))
    assert small.fit == large.fit
    for a, b in zip(small.findChildren(Text), large.findChildren(Text), strict=True):
        assert abs(b.font().pixelSize() - 2 * a.font().pixelSize()) <= 1, a.text()
    assert large.root.contentsMargins().left() == 2 * small.root.contentsMargins().left()


def test_rescale_after_resize_and_back(make_panel: Make, sample: Briefing) -> None:
    widget = make_panel(sample.panels[sample.index_of("bullets")], sample, (3840, 2160))
    widget.resize(1366, 768)
    widget.apply_scale(1366 / 1920)
    assert _problems(widget) == []
    widget.resize(1920, 1080)
    widget.apply_scale(1.0)
    assert _problems(widget) == []


def test_long_text_steps_down_and_sparse_text_grows(make_panel: Make, sample: Briefing) -> None:
    many = make_panel(sample.panels[sample.index_of("bullets_many")], sample)
    assert many.fit < 1.0
    few = make_panel(sample.panels[sample.index_of("cards_two")], sample)
    assert few.fit > 1.0
