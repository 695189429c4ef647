"""The show steps over hidden panels; a jump by number still reaches one."""

from __future__ import annotations

from briefing_app.model.presentation import Blank, PresentationState


def test_next_and_previous_step_over_hidden_panels() -> None:
    state = PresentationState(5, 0, hidden=frozenset({1, 2}))
    seen: list[int] = []
    state.current_changed.connect(seen.append)
    state.next()
    assert state.current == 3 and seen == [3]
    state.previous()
    assert state.current == 0 and state.is_first


def test_first_and_last_are_the_first_and_last_shown() -> None:
    state = PresentationState(5, 2, hidden=frozenset({0, 4}))
    state.last()
    assert state.current == 3 and state.is_last
    state.next()  # nothing shown beyond: stays
    assert state.current == 3
    state.first()
    assert state.current == 1 and state.is_first


def test_a_jump_reaches_a_hidden_panel_and_hiding_can_change() -> None:
    state = PresentationState(4)
    state.go_to(2)
    state.set_hidden(frozenset({2}))
    assert state.current == 2  # the presenter asked for it
    state.set_blank(Blank.BLACK)
    state.next()  # un-blanks first, as always
    assert state.current == 2 and state.blank is Blank.NONE
    state.next()
    assert state.current == 3
    state.previous()
    assert state.current == 1
