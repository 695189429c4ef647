"""Chart colours: the token names a spec may use, their order for series and slices, shades.

The live charts turn a `Shade` into a QColor from the theme; the deck writes it as a theme
slot (a:schemeClr) with PowerPoint's brightness. Both call the functions here, so a chart's
colours are chosen once.
"""

from __future__ import annotations

import colorsys
from collections.abc import Sequence
from dataclasses import dataclass

#: Every colour token a chart spec may name (`series[i].color`), documented in content-format.
COLOUR_TOKENS = ("primary", "accent", "secondary", "tertiary", "positive", "muted", "text")

#: The token a series has when it names none, and what an unknown token is drawn as.
DEFAULT_TOKEN = "primary"


@dataclass(frozen=True)
class Shade:
    """A colour token, lightened (brightness > 0) or darkened (< 0) as PowerPoint does it,
    and its opacity."""

    token: str
    brightness: float = 0.0
    alpha: float = 1.0  # 1 opaque; a track lets the surface show through


#: The order of series and slices: eight distinct shades, so a donut of up to 8 slices has
#: no two alike. The theme's tokens first, then two lightened ones (pink, pale slate).
SERIES_ORDER: tuple[Shade, ...] = (
    Shade("primary"),
    Shade("accent"),
    Shade("secondary"),
    Shade("tertiary"),
    Shade("muted"),
    Shade("positive"),
    Shade("primary", 0.5),
    Shade("tertiary", 0.5),
)

#: The empty part of a ring, a donut's track and a rank marker's field: muted, see-through,
#: so it reads on the light and the dark theme alike.
TRACK = Shade("muted", alpha=0.2)

#: A target band behind a line, and the dashed lines of targets and plain references.
BAND_TOKEN = "positive"
TARGET_TOKEN = "accent"
REFERENCE_TOKEN = "muted"


def is_known(token: str) -> bool:
    """Return whether `token` is a colour token a spec may name."""
    return token in COLOUR_TOKENS


def known_token(token: str) -> str:
    """Return `token` when known, else the default (the check reports unknown names)."""
    return token if is_known(token) else DEFAULT_TOKEN


def palette(first: str, count: int) -> list[Shade]:
    """Return `count` shades: the series' own token first, then `SERIES_ORDER` without it.

    Distinct for up to eight (nine when `first` is `text`); beyond that the order repeats.
    """
    own = Shade(known_token(first))
    order = [own, *(s for s in SERIES_ORDER if s != own)]
    return [order[i % len(order)] for i in range(count)]


def series_shades(tokens: Sequence[str]) -> list[Shade]:
    """Return the shade of each series of a multi-series chart (a grouped bar).

    Every series its own token when they all differ (2022 secondary, 2023 primary); when two
    share one (both left at the default, or both unknown), the first's token then the order.
    """
    known = [known_token(t) for t in tokens]
    if len(set(known)) < len(known):
        return palette(tokens[0], len(tokens))
    return [Shade(t) for t in known]


def reference_token(style: str) -> str:
    """Return the token of a reference line: gold for a target, muted for a reference."""
    return TARGET_TOKEN if style == "target" else REFERENCE_TOKEN


def alert_token(series_token: str) -> str:
    """Return the token marking a point outside its band: red, or gold on a red line."""
    return "accent" if known_token(series_token) == "primary" else "primary"


def apply_brightness(hex_rgb: str, brightness: float) -> str:
    """Return '#RRGGBB' with PowerPoint's brightness applied to its HSL luminance.

    Lighter (b > 0) is lumMod 1-b plus lumOff b; darker (b < 0) is lumMod 1+b.
    """
    if not brightness:
        return "#" + hex_rgb.lstrip("#").upper()
    r, g, b = (int(hex_rgb.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lum, sat = colorsys.rgb_to_hls(r, g, b)
    lum = lum * (1 - brightness) + brightness if brightness > 0 else lum * (1 + brightness)
    out = colorsys.hls_to_rgb(hue, min(1.0, max(0.0, lum)), sat)
    return "#" + "".join(f"{round(c * 255):02X}" for c in out)
