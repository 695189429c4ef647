"""The deck's style: colour tokens as theme slots, type sizes, and the template's fonts."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR

from briefing_app.model.typescale import Role, deck_pt

#: Chart-spec colour tokens as theme slots, so a re-themed deck recolours text and charts.
#: The default template fills these slots with the app's LIGHT palette.
THEME_SLOTS: dict[str, MSO_THEME_COLOR] = {
    "primary": MSO_THEME_COLOR.ACCENT_1,
    "accent": MSO_THEME_COLOR.ACCENT_2,
    "secondary": MSO_THEME_COLOR.ACCENT_3,
    "tertiary": MSO_THEME_COLOR.ACCENT_4,
    "positive": MSO_THEME_COLOR.ACCENT_5,
    "muted": MSO_THEME_COLOR.ACCENT_6,
    "text": MSO_THEME_COLOR.TEXT_1,
    "surface": MSO_THEME_COLOR.BACKGROUND_1,
    "background": MSO_THEME_COLOR.BACKGROUND_2,
}

# Type sizes in points (the largest; text shrinks to fit its box), from the one type scale.
DISPLAY_PT = deck_pt(Role.DISPLAY)  # 50
TITLE_PT = deck_pt(Role.TITLE)  # 36
BODY_PT = deck_pt(Role.BODY)  # 18
LEAD_PT = deck_pt(Role.LEAD)  # 18
FIGURE_PT = deck_pt(Role.BIG_NUMBER)  # 54
CARD_PT = deck_pt(Role.CARD_LABEL)  # 23: card titles, timeline labels
CAPTION_PT = deck_pt(Role.CAPTION)  # 14
CHART_PT = deck_pt(Role.CHART_LABEL)  # 14: axis ticks at CHART_PT - 2, still 12

#: The East Asian face used when a template's theme names none.
DEFAULT_EA_FACE = "微软雅黑"


#: The same slots as DrawingML writes them (a:schemeClr val).
SCHEME_VALUES: dict[str, str] = {
    "primary": "accent1",
    "accent": "accent2",
    "secondary": "accent3",
    "tertiary": "accent4",
    "positive": "accent5",
    "muted": "accent6",
    "text": "tx1",
    "surface": "bg1",
    "background": "bg2",
}


def scheme_value(token: str) -> str:
    """Return the a:schemeClr value of a colour token, e.g. 'accent1' for primary."""
    return SCHEME_VALUES[token]


def theme_color(token: str) -> MSO_THEME_COLOR:
    """Return the theme slot of a colour token; an unknown token raises KeyError."""
    return THEME_SLOTS[token]
