"""The donut label rule: labels stand at their slices while they fit, else a legend."""

from __future__ import annotations

import pytest

from briefing_app.model.donut_labels import (
    Placement,
    Rect,
    label_rects,
    labels_fit,
    slice_directions,
)

VIEW = Rect(-1.55, -1.45, 1.55, 1.45)


def test_slices_sweep_clockwise_from_twelve() -> None:
    (x1, y1), (x2, y2) = slice_directions([1.0, 1.0], 2.0)
    assert (x1, y1) == pytest.approx((1.0, 0.0), abs=1e-9)  # the first half: its middle at 3
    assert (x2, y2) == pytest.approx((-1.0, 0.0), abs=1e-9)


def test_an_outside_label_touches_the_radius_with_its_near_side() -> None:
    right, left = label_rects([(1.0, 0.0), (-1.0, 0.0)], [(0.4, 0.2)] * 2, 1.1, Placement.OUTSIDE)
    assert (right.left, right.bottom, right.top) == pytest.approx((1.1, -0.1, 0.1))
    assert left.right == pytest.approx(-1.1)


def test_two_halves_with_short_labels_fit_outside() -> None:
    assert labels_fit([50, 50], 100, [(0.3, 0.2)] * 2, 1.1, Placement.OUTSIDE, VIEW)


def test_thin_neighbouring_slices_overlap_and_go_to_a_legend() -> None:
    values = [90, 3, 3, 4]
    assert not labels_fit(values, 100, [(0.3, 0.2)] * 4, 1.1, Placement.OUTSIDE, VIEW)


def test_a_label_leaving_the_view_does_not_fit() -> None:
    assert not labels_fit([50, 50], 100, [(0.6, 0.2)] * 2, 1.1, Placement.OUTSIDE, VIEW)


def test_a_label_on_its_slice_must_stay_in_the_band() -> None:
    sizes = [(0.2, 0.1)] * 2
    assert labels_fit([50, 50], 100, sizes, 0.8, Placement.ON_SLICE, VIEW, inner=0.6)
    wide = [(0.5, 0.1)] * 2  # beyond the outer edge at 3 and 9 o'clock: white on white
    assert not labels_fit([50, 50], 100, wide, 0.8, Placement.ON_SLICE, VIEW, inner=0.6)
    near = [(0.3, 0.1)] * 2  # set nearer the centre, its inner edge reaches into the hole
    assert labels_fit([50, 50], 100, near, 0.75, Placement.ON_SLICE, VIEW, inner=0.6)
    assert not labels_fit([50, 50], 100, near, 0.7, Placement.ON_SLICE, VIEW, inner=0.6)
