"""Text colours read from the back of a meeting room: WCAG contrast of at least 4.5:1."""

from __future__ import annotations

import pytest

from briefing_app.ui.theme import THEMES, Theme


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_text_colours_have_contrast_on_both_grounds(theme: Theme) -> None:
    for ground in (theme.background, theme.surface):
        for name in ("text", "primary", "accent_text", "muted"):
            ratio = contrast(getattr(theme, name), ground)
            assert ratio >= 4.5, f"{theme.name}: {name} on {ground} is {ratio:.2f}:1"
