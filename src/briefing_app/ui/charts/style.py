"""Type, pen and colour choices shared by the chart renderers, in 1920x1080 canvas px."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from briefing_app.model.colors import (
    Shade,
    apply_brightness,
    known_token,
    palette,
    series_shades,
)
from briefing_app.model.linebreak import break_lines
from briefing_app.ui import theme as theme_module
from briefing_app.ui.theme import Theme

# Canvas px; everything is multiplied by the view's scale. The brief's floor: category
# labels >= 26, value labels >= 30, so a hall's back row can read them.
CATEGORY_PX = 30
VALUE_PX = 34
TICK_PX = 24  # numeric axis ticks (line chart, rank scale)
LEGEND_PX = 28
HOVER_PX = 26
CENTRE_PX = 88  # the big figure in the middle of a donut or ring
CENTRE_LABEL_PX = 30
LINE_WIDTH = 5
MARKER_PX = 22
AXIS_GAP = 10  # between an axis line and its labels


def chart_font(px: float, bold: bool = False) -> QFont:
    """Return the bundled CJK family at `px` pixels, with the system CJK fonts as fallback."""
    font = QFont()
    font.setFamilies([theme_module.FONT_FAMILY, *theme_module.FALLBACK_FAMILIES])
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def text_height(font: QFont) -> float:
    """Return the line height of `font` in px (CJK glyphs are taller than Latin ones)."""
    return QFontMetricsF(font).height()


def text_width(font: QFont, text: str) -> float:
    """Return the advance width of the widest line of `text` in px."""
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0.0)


def shade_colour(theme: Theme, shade: Shade) -> QColor:
    """Return the colour of a model shade in `theme` (an unknown token is drawn as primary)."""
    color = QColor(apply_brightness(theme.token(known_token(shade.token)), shade.brightness))
    color.setAlpha(round(shade.alpha * 255))
    return color


def colour(theme: Theme, token: str) -> QColor:
    """Return the colour of a chart colour token; an unknown token falls back to primary."""
    return shade_colour(theme, Shade(token))


def series_colours(theme: Theme, first: str, count: int) -> list[QColor]:
    """Return `count` distinct colours (up to 8): the model's palette after `first`."""
    return [shade_colour(theme, shade) for shade in palette(first, count)]


def grouped_colours(theme: Theme, tokens: list[str]) -> list[QColor]:
    """Return the colour of each series of a grouped bar (the model's `series_shades`)."""
    return [shade_colour(theme, shade) for shade in series_shades(tokens)]


def faded(color: QColor, alpha: int) -> QColor:
    """Return `color` with alpha (0..255), for bands and tracks."""
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def wrap_to_width(font: QFont, text: str, width: float, max_lines: int = 3) -> str:
    """Return `text` in the fewest lines that fit `width` px, broken by the model's rule
    (`model.linebreak`: numbers keep their units, no lone last character), as the deck
    breaks its category names; a text that fits, or a width not known yet (0), stays on one
    line. More than `max_lines` lines are not taken: the lines then grow wider instead."""
    if width <= 0 or "\n" in text:
        return text
    key = (font.key(), text, round(width, 1), max_lines)
    wrapped = _WRAPPED.get(key)
    if wrapped is None:  # a chart relays its axes on every resize and edit: measure once
        if len(_WRAPPED) >= 4096:
            _WRAPPED.clear()
        wrapped = _WRAPPED[key] = _wrap(font, text, round(width, 1), max_lines)
    return wrapped


_WRAPPED: dict[tuple[str, str, float, int], str] = {}


def _wrap(font: QFont, text: str, width: float, max_lines: int) -> str:
    limit = width * 0.92
    whole = text_width(font, text)
    if whole <= limit:
        return text
    advance = QFontMetricsF(font).horizontalAdvance
    lines = break_lines(text, advance, limit)
    while len(lines) > max_lines and limit < whole:
        limit = max(limit * 1.15, whole / max_lines)
        lines = break_lines(text, advance, limit)
    return "\n".join(lines)
