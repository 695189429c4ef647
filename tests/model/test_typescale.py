"""Tests of the one type scale: sizes per role, fixed steps, floors, and the deck's points."""

from __future__ import annotations

import pytest

from briefing_app.model.typescale import (
    DECK_FLOOR_PT,
    FLOOR_PX,
    PT_PER_PX,
    SIZE_PX,
    STEPS,
    Role,
    deck_floor_pt,
    deck_pt,
    fit_px,
    size_px,
    sizes_px,
    step_for,
)


def test_floors_of_body_and_captions() -> None:
    assert FLOOR_PX[Role.BODY] == 28 and FLOOR_PX[Role.CAPTION] == 22
    for role in Role:
        assert FLOOR_PX[role] <= SIZE_PX[role]


@pytest.mark.parametrize("role", list(Role))
def test_every_step_is_a_size_of_the_scale_and_never_under_the_floor(role: Role) -> None:
    sizes = [size_px(role, step) for step in range(len(STEPS) + 2)]
    assert sizes[0] == SIZE_PX[role]
    assert sizes == sorted(sizes, reverse=True)
    assert min(sizes) >= FLOOR_PX[role]
    assert set(sizes) == set(sizes_px(role))


def test_a_fit_maps_to_the_step_at_or_below_it_and_never_grows() -> None:
    assert step_for(1.45) == 0 and step_for(1.0) == 0
    assert step_for(0.95) == 1 and step_for(0.9) == 1
    assert step_for(0.61) == len(STEPS) - 1 and step_for(0.1) == len(STEPS) - 1
    assert fit_px(Role.BODY, 1.3) == SIZE_PX[Role.BODY]
    assert fit_px(Role.BODY, 0.3) == FLOOR_PX[Role.BODY]
    assert fit_px(Role.TITLE, 0.85) == round(SIZE_PX[Role.TITLE] * 0.8)


@pytest.mark.parametrize("role", list(Role))
def test_the_deck_is_the_same_scale_in_points_never_under_12(role: Role) -> None:
    assert deck_pt(role) == max(12.0, round(SIZE_PX[role] * PT_PER_PX + 0.01))
    assert deck_floor_pt(role) >= DECK_FLOOR_PT
    for step in range(len(STEPS)):
        assert deck_floor_pt(role) <= deck_pt(role, step) <= deck_pt(role)


def test_the_deck_keeps_its_designed_title_and_figure_sizes() -> None:
    assert deck_pt(Role.TITLE) == 36 and deck_pt(Role.BIG_NUMBER) == 54
    assert deck_pt(Role.BODY) == 18 and deck_pt(Role.CAPTION) == 14
