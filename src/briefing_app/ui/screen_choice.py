"""Which screen gets the audience and which the presenter console (pure; tested without Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenChoice:
    audience: str
    console: str | None  # None: one screen, so no console and the notes stay hidden


def choose_screens(
    names: Sequence[str], primary: str, preferred_audience: str | None = None
) -> ScreenChoice:
    """Return the screens for the show.

    One screen: the audience gets it and there is no console. Two or more: the audience goes
    to `preferred_audience` when it is connected (the remembered or swapped choice), else to
    the first non-primary screen; the console goes to the primary screen, or to another one
    when the audience has the primary.
    """
    if not names:
        raise ValueError("no screen")
    if len(names) == 1:
        return ScreenChoice(names[0], None)
    if preferred_audience is not None and preferred_audience in names:
        audience = preferred_audience
    else:
        audience = next((n for n in names if n != primary), names[0])
    console = (
        primary
        if primary != audience and primary in names
        else next(n for n in names if n != audience)
    )
    return ScreenChoice(audience, console)
