"""Typesetting helpers of the panels: the briefing font, Chinese dates, numerals, line breaks."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from briefing_app.model.numerals import chinese_date as chinese_date  # the model's rule
from briefing_app.model.numerals import chinese_numeral
from briefing_app.model.text import balanced_break as balanced_lines
from briefing_app.ui.theme import FALLBACK_FAMILIES, FONT_FAMILY

#: The model's Chinese numerals (1..99), the one rule the panels and the deck share.
chinese_ordinal = chinese_numeral


def panel_font(px: float, *, bold: bool = False) -> QFont:
    """Return the briefing font at `px` device-independent pixels (bundled family first)."""
    font = QFont()
    font.setFamilies([FONT_FAMILY, *FALLBACK_FAMILIES])
    font.setPixelSize(max(1, round(px)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return font


def balanced_break(text: str, px: float, width: float, *, bold: bool = True) -> str:
    """Return `text` in two balanced lines when wider than `width` at `px` (the rule of
    `model.text.balanced_break`, measured with the panel font); longer text is left to wrap."""
    metrics = QFontMetricsF(panel_font(px, bold=bold))
    return balanced_lines(text, metrics.horizontalAdvance, width)
