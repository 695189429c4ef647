"""The panel canvases: 16:9 (1920×1080) and 4:3 (1440×1080), and which one a screen wants.

Both canvases are 1080 px high, so the type scale (model/typescale.py, sizes in px at a
1080 px height) holds on either: a 4:3 panel is the same type on a narrower page, laid out
by the same rules, not a 16:9 panel shrunk into a letterbox. The deck and the handouts take
the aspect by its name ("16:9", "4:3").
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Canvas:
    """A logical canvas panels are laid out on, in canvas px."""

    width: int
    height: int
    aspect: str  # "16:9" or "4:3"

    def scale_for(self, width: int, height: int) -> float:
        """Return the scale at which this canvas fills the largest rect inside width×height."""
        return min(width / self.width, height / self.height)


WIDE = Canvas(1920, 1080, "16:9")
STANDARD = Canvas(1440, 1080, "4:3")

#: Every canvas by its aspect's name, the default first.
CANVASES: dict[str, Canvas] = {c.aspect: c for c in (WIDE, STANDARD)}
ASPECTS: tuple[str, ...] = tuple(CANVASES)


def canvas_of(aspect: str) -> Canvas:
    """Return the canvas of an aspect's name ("16:9" or "4:3"); ValueError for another."""
    try:
        return CANVASES[aspect]
    except KeyError:
        raise ValueError(f"unknown aspect {aspect!r}: use {' or '.join(ASPECTS)}") from None


def canvas_for_screen(width: int, height: int) -> Canvas:
    """Return the canvas whose shape is nearest a screen's (1024×768, 1400×1050 and 1280×1024
    projectors get 4:3; 1366×768, 1920×1080 and 1920×1200 get 16:9).

    The nearest by the ratio's logarithm, so 4:3 and 16:9 are compared fairly; a 16:10 screen
    (1.6) is nearer 16:9 (1.78) than 4:3 (1.33) and keeps the wide canvas.
    """
    if width <= 0 or height <= 0:
        return WIDE
    ratio = width / height
    return min(CANVASES.values(), key=lambda c: abs(math.log(ratio / (c.width / c.height))))
