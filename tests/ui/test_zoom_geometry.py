"""Zoom regions: a dragged rectangle becomes a 16:9 region inside the canvas; Ctrl+wheel
zooms about the mouse and back out to the whole panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from briefing_app.ui.zoom import MIN_SIDE, fit_region, zoom_about


def test_a_drag_becomes_a_canvas_shaped_region_about_its_centre() -> None:
    region = fit_region(QRectF(0.1, 0.2, 0.3, 0.1))
    assert region.width() == pytest.approx(0.3) and region.height() == pytest.approx(0.3)
    assert region.center().x() == pytest.approx(0.25) and region.center().y() == pytest.approx(0.25)


def test_a_region_at_the_edge_stays_inside_the_canvas() -> None:
    region = fit_region(QRectF(0.9, 0.9, 0.2, 0.05))
    assert region.right() <= 1.0 + 1e-9 and region.bottom() <= 1.0 + 1e-9
    assert region.left() >= 0 and region.top() >= 0


def test_a_tiny_drag_zooms_at_most_twenty_times() -> None:
    assert fit_region(QRectF(0.5, 0.5, 0.001, 0.001)).width() == pytest.approx(MIN_SIDE)


def test_wheel_zooms_about_the_mouse_and_back_out_to_nothing() -> None:
    mouse = QPointF(0.25, 0.5)
    region = zoom_about(None, mouse, zoom_in=True)
    assert region is not None and region.width() == pytest.approx(0.8)
    # the point under the mouse stays under the mouse
    assert (mouse.x() - region.x()) / region.width() == pytest.approx(0.25)
    again = zoom_about(region, mouse, zoom_in=True)
    assert again is not None and again.width() == pytest.approx(0.64)
    out = zoom_about(again, mouse, zoom_in=False)
    assert out is not None and out.width() == pytest.approx(0.8)
    assert zoom_about(out, mouse, zoom_in=False) is None
