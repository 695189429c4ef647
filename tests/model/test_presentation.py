"""PresentationState without any Qt: navigation, blanking, show mode, reload."""

from __future__ import annotations

import pytest

from briefing_app.model.presentation import Blank, PresentationState


def test_navigation_clamps_and_emits_only_on_change() -> None:
    state = PresentationState(3)
    seen: list[int] = []
    state.current_changed.connect(seen.append)
    state.previous()
    state.next()
    state.next()
    state.next()
    state.first()
    state.last()
    state.go_to(99)
    assert seen == [1, 2, 0, 2]
    assert state.is_last


def test_navigation_while_blanked_first_unblanks() -> None:
    state = PresentationState(3)
    state.toggle_blank(Blank.BLACK)
    assert state.blank is Blank.BLACK
    state.next()
    assert state.blank is Blank.NONE and state.current == 0
    state.toggle_blank(Blank.WHITE)
    state.toggle_blank(Blank.BLACK)
    assert state.blank is Blank.BLACK
    state.toggle_blank(Blank.BLACK)
    assert state.blank is Blank.NONE


def test_ending_the_show_keeps_the_place() -> None:
    state = PresentationState(5, current=3)
    state.set_showing(True)
    state.toggle_blank(Blank.WHITE)
    state.set_showing(False)
    assert state.current == 3 and state.blank is Blank.NONE


def test_set_count_keeps_place_or_clamps() -> None:
    state = PresentationState(5, current=3)
    state.set_count(10)
    assert state.current == 3
    state.set_count(2)
    assert state.current == 1
    with pytest.raises(ValueError):
        state.set_count(0)
