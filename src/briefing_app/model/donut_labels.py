"""Whether a donut's value labels stand at their slices or go to a legend: one rule for all views.

Each renderer measures its labels with its own font (the screen font live, the deck's estimate
in export) and gives their sizes in units of the ring's outer radius; the rule places them
around the ring and says whether they fit: no label overlaps another, and each stays where it
can be read (inside the chart's view when it stands outside the ring, inside the ring's band
when it is written on its slice in white). When they do not fit, a view lists the slices in a
legend beside the ring instead.

Coordinates: the ring's centre is the origin, y points up, the outer radius is 1; slices
sweep clockwise from 12 o'clock.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class Placement(Enum):
    """Where a label stands relative to its slice's middle direction at `radius`."""

    #: Outside the ring: the label's side nearest the centre touches the radius (its anchor
    #: moves with the direction, so a label at 3 o'clock starts there, one at 12 sits on it).
    OUTSIDE = "outside"
    #: On the slice: the label is centred at the radius, and must stay within the ring's band.
    ON_SLICE = "on_slice"


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in ring units (y up)."""

    left: float
    bottom: float
    right: float
    top: float

    def overlaps(self, other: Rect) -> bool:
        """Return whether the two share some area (touching edges do not)."""
        return (
            self.left < other.right
            and other.left < self.right
            and self.bottom < other.top
            and other.bottom < self.top
        )

    def within(self, other: Rect) -> bool:
        """Return whether this rectangle lies inside `other` (edges included)."""
        return (
            other.left <= self.left
            and self.right <= other.right
            and other.bottom <= self.bottom
            and self.top <= other.top
        )


def slice_directions(values: Sequence[float], whole: float) -> list[tuple[float, float]]:
    """Return the unit vector (x, y) to the middle of each slice, clockwise from 12 o'clock."""
    whole = whole or 1.0
    directions = []
    start = 0.0
    for value in values:
        span = value / whole * 360.0
        middle = math.radians(90.0 - (start + span / 2))
        start += span
        directions.append((math.cos(middle), math.sin(middle)))
    return directions


def label_rects(
    directions: Sequence[tuple[float, float]],
    sizes: Sequence[tuple[float, float]],
    radius: float,
    placement: Placement,
) -> list[Rect]:
    """Return each label's rectangle: `sizes` are (width, height) in ring units."""
    rects = []
    for (x, y), (w, h) in zip(directions, sizes, strict=True):
        cx, cy = radius * x, radius * y
        if placement is Placement.OUTSIDE:
            left = cx - w * (1 - x) / 2
            top = cy + h * (1 - y) / 2
        else:
            left, top = cx - w / 2, cy + h / 2
        rects.append(Rect(left, top - h, left + w, top))
    return rects


def labels_fit(
    values: Sequence[float],
    whole: float,
    sizes: Sequence[tuple[float, float]],
    radius: float,
    placement: Placement,
    view: Rect,
    inner: float = 0.0,
) -> bool:
    """Return whether the labels of `values` (sizes in ring units) fit around the ring.

    OUTSIDE: each label lies within `view`. ON_SLICE: each lies within the band between
    `inner` and the outer radius (a white label beyond it would vanish on the background).
    Either way no two labels overlap.
    """
    rects = label_rects(slice_directions(values, whole), sizes, radius, placement)
    if placement is Placement.OUTSIDE:
        if not all(r.within(view) for r in rects):
            return False
    elif not all(_in_band(r, inner, 1.0) for r in rects):
        return False
    return not any(a.overlaps(b) for a, b in itertools.combinations(rects, 2))


def _in_band(rect: Rect, inner: float, outer: float) -> bool:
    """Return whether every point of `rect` lies between the two radii."""
    corners = [(x, y) for x in (rect.left, rect.right) for y in (rect.bottom, rect.top)]
    if max(math.hypot(x, y) for x, y in corners) > outer:
        return False
    # the nearest point of the rectangle to the centre
    nx = min(max(0.0, rect.left), rect.right)
    ny = min(max(0.0, rect.bottom), rect.top)
    return math.hypot(nx, ny) >= inner
