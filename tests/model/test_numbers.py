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


def test_a_point_is_shown_as_stated_unless_a_format_overrides() -> None:
    from briefing_app.model.numbers import format_point, written_decimals

    assert [written_decimals(v) for v in (11, 6.2, 1123.0, 12.7, 0.125)] == [0, 1, 0, 1, 3]
    assert format_point(11, 0) == "11" and format_point(6.2, 1) == "6.2"
    assert format_point(17.1, 1, "0") == "17"  # a format, when given, applies
    assert format_value(6.2, "General") == "6.2" and format_value(1123.0, "General") == "1123"


def test_a_series_formats_each_point_with_its_own_decimals() -> None:
    from briefing_app.model.chart import Series

    series = Series(name="s", values=(11, 6.2, 1123, 12.7), resolved=(11, 6.2, 1123, 12.7))
    assert [series.format_at(i, v) for i, v in enumerate(series.resolved)] == [
        "11",
        "6.2",
        "1123",
        "12.7",
    ]
    assert series.point_format(1) == "0.0" and series.common_format() == "General"
    same = Series(name="s", values=("a", "b"), decimals=(1, 1))
    assert same.common_format() == "0.0" and same.point_format(0) == "0.0"
    fixed = Series(name="s", values=(11, 6.2), number_format="0.00")
    assert fixed.format_at(0, 11) == "11.00" and fixed.common_format() == "0.00"
