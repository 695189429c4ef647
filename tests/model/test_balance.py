"""Short content spreads its paragraphs up to a limit, then stands in the middle of its room."""

from __future__ import annotations

import pytest

from briefing_app.model.balance import FILL_SHARE, SPREAD_EM, centred_top, spread_gap


def test_short_paragraphs_spread_until_the_block_takes_its_share() -> None:
    # 3 paragraphs, 100 high in a room of 400: the two gaps take what brings it to the share
    gap = spread_gap(100.0, 400.0, 2, em=200.0)
    assert gap == pytest.approx((400 * FILL_SHARE - 100) / 2)


def test_the_spread_is_capped_in_em() -> None:
    assert spread_gap(10.0, 1000.0, 2, em=18.0) == pytest.approx(SPREAD_EM * 18.0)


@pytest.mark.parametrize(
    ("content", "gaps"), [(300.0, 2), (500.0, 3), (100.0, 0)], ids=["full", "over", "one"]
)
def test_a_full_block_or_a_single_paragraph_does_not_spread(content: float, gaps: int) -> None:
    assert spread_gap(content, 400.0, gaps, em=18.0) == 0.0


def test_a_block_stands_in_the_middle_and_a_tall_one_at_the_top() -> None:
    assert centred_top(100.0, 50.0, 300.0) == 150.0
    assert centred_top(400.0, 50.0, 300.0) == 50.0
