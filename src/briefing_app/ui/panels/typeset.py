"""Typesetting helpers of the panels: the briefing font, Chinese dates, numerals, line breaks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintEngine, QPainter, QPainterPath

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


@dataclass(frozen=True)
class Run:
    """Text in one font and colour, starting at `x` on a shared baseline."""

    x: float
    font: QFont
    color: QColor
    text: str

    def end(self) -> float:
        return self.x + QFontMetricsF(self.font).horizontalAdvance(self.text)


def writes_text_layer(painter: QPainter) -> bool:
    """Return whether `painter` draws into a PDF, whose text is read back (copy, search)."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Pdf


def draw_runs(painter: QPainter, runs: Sequence[Run], baseline: float) -> None:
    """Draw `runs` side by side on one baseline; in a PDF, as ONE line of its text layer.

    Text of very different sizes is never one line of a PDF's text layer: readers (pdftotext,
    a viewer's copy and search) group text by size, so a big number and its small unit come
    back as two blocks, the unit lines away from its number ("393", then "个" after other
    text). Into a PDF the runs are therefore drawn as outlines, under one invisible text of
    their joined words at the first run's size, squeezed to span them: what is read back is
    what is seen ("393个"). Elsewhere (screen, PNG) they are drawn as text, hinted.
    """
    runs = [run for run in runs if run.text]
    if len(runs) < 2 or not writes_text_layer(painter):
        for run in runs:
            painter.setFont(run.font)
            painter.setPen(run.color)
            painter.drawText(QPointF(run.x, baseline), run.text)
        return
    painter.save()
    for run in runs:
        outline = QPainterPath()
        outline.addText(QPointF(run.x, baseline), run.font, run.text)
        painter.fillPath(outline, run.color)
    joined = "".join(run.text for run in runs)
    natural = QFontMetricsF(runs[0].font).horizontalAdvance(joined)
    span = runs[-1].end() - runs[0].x
    painter.translate(runs[0].x, baseline)
    if natural > 0 and span > 0:
        painter.scale(span / natural, 1.0)  # the height, hence the size read back, stays
    painter.setFont(runs[0].font)
    painter.setPen(QColor(0, 0, 0, 0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawText(QPointF(0.0, 0.0), joined)
    painter.restore()
