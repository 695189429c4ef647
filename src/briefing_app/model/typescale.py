"""The one type scale of panels and deck: a size per role at 1920×1080, fixed steps, floors.

Each role has one size on a 1920×1080 canvas. A panel whose content does not fit steps all
its text down together through `STEPS` (never a size in between), and no role goes below its
floor: body text 28 px and captions 22 px stay readable from the back of a meeting room, and
content that needs less belongs on two panels. The deck takes its point sizes from the same
scale (`PT_PER_PX`, whole points) and never writes text under 12 pt.
"""

from __future__ import annotations

from enum import Enum


class Role(Enum):
    """What a piece of text is on a panel; its size follows from the role alone."""

    DISPLAY = "display"  # the cover's and the closing panel's title
    TITLE = "title"
    LEAD = "lead"
    BODY = "body"
    CARD_LABEL = "card_label"  # card titles, headlines, figure names, timeline labels
    CAPTION = "caption"  # kickers, captions, footers
    CHART_LABEL = "chart_label"
    BIG_NUMBER = "big_number"


#: The size of each role at 1920×1080, in px.
SIZE_PX: dict[Role, int] = {
    Role.DISPLAY: 88,
    Role.TITLE: 64,
    Role.LEAD: 32,
    Role.BODY: 32,
    Role.CARD_LABEL: 40,
    Role.CAPTION: 24,
    Role.CHART_LABEL: 24,
    Role.BIG_NUMBER: 96,
}

#: The smallest size of each role, in px.
FLOOR_PX: dict[Role, int] = {
    Role.DISPLAY: 56,
    Role.TITLE: 48,
    Role.LEAD: 28,
    Role.BODY: 28,
    Role.CARD_LABEL: 32,
    Role.CAPTION: 22,
    Role.CHART_LABEL: 22,
    Role.BIG_NUMBER: 56,
}

#: The factors a panel steps its text down through when its content does not fit.
STEPS: tuple[float, ...] = (1.0, 0.9, 0.8, 0.7, 0.6)

#: Points per canvas px in the deck. A slide is read closer up than a projected panel (on a
#: laptop, in print), so 9/16 pt a px rather than the geometric 1/2: titles 36 pt, big
#: numbers 54 pt, body 18 pt, captions and chart labels 14 pt.
PT_PER_PX = 9 / 16
#: No text in the deck is smaller.
DECK_FLOOR_PT = 12.0


def size_px(role: Role, step: int = 0) -> int:
    """Return the size of `role` at shrink step `step` (0: full size), in canvas px."""
    factor = STEPS[min(max(step, 0), len(STEPS) - 1)]
    return max(FLOOR_PX[role], round(SIZE_PX[role] * factor))


def sizes_px(role: Role) -> tuple[int, ...]:
    """Return every size `role` may take, largest first."""
    return tuple(sorted({size_px(role, step) for step in range(len(STEPS))}, reverse=True))


def step_for(fit: float) -> int:
    """Return the shrink step for a panel's continuous fit factor: the largest step not
    above it (a fit of 1 or more is step 0: text never grows past its role's size)."""
    for step, factor in enumerate(STEPS):
        if fit >= factor - 1e-9:
            return step
    return len(STEPS) - 1


def fit_px(role: Role, fit: float) -> int:
    """Return the size of `role` on a panel laid out at fit factor `fit`, in canvas px."""
    return size_px(role, step_for(fit))


def deck_pt(role: Role, step: int = 0) -> float:
    """Return the deck's point size of `role` at `step`: the scale's size, at least 12 pt."""
    return max(DECK_FLOOR_PT, float(int(size_px(role, step) * PT_PER_PX + 0.5)))


def deck_floor_pt(role: Role) -> float:
    """Return the smallest point size the deck writes for `role`."""
    return max(DECK_FLOOR_PT, float(int(FLOOR_PX[role] * PT_PER_PX + 0.5)))
