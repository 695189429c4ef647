"""The chart colour rules of the model: palette order, distinct slices, unknown tokens."""

from __future__ import annotations

from briefing_app.model.colors import (
    COLOUR_TOKENS,
    SERIES_ORDER,
    Shade,
    alert_token,
    apply_brightness,
    known_token,
    palette,
    reference_token,
    series_shades,
)


def test_eight_slices_get_eight_distinct_shades_whatever_the_first_token() -> None:
    for first in (*COLOUR_TOKENS, "gold", ""):
        shades = palette(first, 8)
        assert len(set(shades)) == 8, (first, shades)
        assert shades[0].token == known_token(first)


def test_unknown_token_is_primary_and_not_repeated() -> None:
    # `color: gold` once painted the first two slices the same red on screen.
    assert palette("gold", 3) == [Shade("primary"), Shade("accent"), Shade("secondary")]
    assert known_token("gold") == "primary"


def test_palette_starts_with_the_series_own_token() -> None:
    assert palette("secondary", 3) == [Shade("secondary"), Shade("primary"), Shade("accent")]
    assert palette("primary", 9)[8] == SERIES_ORDER[0]  # beyond eight the order repeats


def test_grouped_series_keep_their_tokens_unless_two_share_one() -> None:
    tokens = lambda *names: [s.token for s in series_shades(names)]  # noqa: E731
    assert tokens("secondary", "primary") == ["secondary", "primary"]
    assert tokens("primary", "primary") == ["primary", "accent"]
    assert tokens("gold", "silver") == ["primary", "accent"]
    assert tokens("secondary", "secondary", "primary") == ["secondary", "primary", "accent"]


def test_reference_and_alert_tokens() -> None:
    assert reference_token("target") == "accent"
    assert reference_token("reference") == "muted"
    assert alert_token("primary") == "accent"
    assert alert_token("tertiary") == "primary"
    assert alert_token("gold") == "accent"  # drawn as primary, so marked in gold


def test_brightness_as_powerpoint_applies_it() -> None:
    assert apply_brightness("#b71c1c", 0.0) == "#B71C1C"
    assert apply_brightness("#000000", 0.5) == "#808080"
    assert apply_brightness("#FFFFFF", -0.1) == "#E6E6E6"
    light = apply_brightness("#B71C1C", 0.5)
    assert light != "#B71C1C" and int(light[1:3], 16) > 0xB7
