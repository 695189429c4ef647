"""One number formatter for panels, live charts and the deck: half-up, as PowerPoint rounds."""

from __future__ import annotations

from briefing_app.model.numbers import (
    format_decimals,
    format_number,
    format_value,
    share_percent,
    shows_exactly,
)


def test_rounds_half_up_like_excel_and_powerpoint() -> None:
    assert format_number(2.5, 0) == "3"  # Python's round() would say 2
    assert format_number(0.125, 2) == "0.13"
    assert format_number(2940.1, 1) == "2940.1"
    assert format_number(-0.2, 0) == "0"  # a count-up passing zero never reads "-0"


def test_excel_style_formats() -> None:
    assert (
        format_decimals("0") == 0 and format_decimals("0.0") == 1 and format_decimals("0.00%") == 2
    )
    assert format_value(187.0, "0") == "187"
    assert format_value(502.8, "0.0") == "502.8"
    assert format_value(2940.1, "#,##0.0") == "2,940.1"
    assert format_value(0.171, "0%") == "17%"


def test_shows_exactly_tells_when_rounding_would_hide_a_figure() -> None:
    assert shows_exactly(2940.1, 1) and not shows_exactly(2940.1, 0)
    assert shows_exactly(393.0, 0)


def test_share_of_this_years_investment() -> None:
    assert share_percent(502.8, 2940.1) == "17.1"
    assert share_percent(1, 0) == "0.0"
