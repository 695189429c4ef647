"""Lining up two versions of a list: a move is one element going and coming, not a rewrite."""

from __future__ import annotations

from briefing_app.content.align import align


def test_a_moved_element_goes_and_comes_and_the_others_stay() -> None:
    ops = align(("a", "b", "c", "d"), ("b", "c", "a", "d"))
    assert sorted(op for op in ops if op[0] != "keep") == [("del", 0, -1), ("ins", -1, 2)]
    assert [(i, j) for op, i, j in ops if op == "keep"] == [(1, 0), (2, 1), (3, 3)]


def test_a_changed_element_is_paired_in_place() -> None:
    assert align(("a", "b", "c"), ("a", "B", "c")) == [
        ("keep", 0, 0),
        ("pair", 1, 1),
        ("keep", 2, 2),
    ]


def test_inserted_and_removed_elements_in_the_order_of_the_text() -> None:
    assert align(("a", "b"), ("x", "a", "b", "y")) == [
        ("ins", -1, 0),
        ("keep", 0, 1),
        ("keep", 1, 2),
        ("ins", -1, 3),
    ]
    assert align(("a", "b", "c"), ("c",)) == [("del", 0, -1), ("del", 1, -1), ("keep", 2, 0)]
