"""Big numbers: the count-up figure with its unit, and the KPI card that tells its source."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QEnterEvent, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.explain import hover_line, where_from
from briefing_app.model.indicator import Indicator
from briefing_app.model.numbers import format_number
from briefing_app.model.panels import Figure
from briefing_app.model.typescale import Role, size_px, step_for
from briefing_app.ui.panels.parts import Surface, Text
from briefing_app.ui.panels.typeset import Run, draw_runs, panel_font
from briefing_app.ui.theme import Theme


def figure_name(figure: Figure, indicator: Indicator) -> str:
    """Return the name shown under a big number (the figure's label or the indicator's)."""
    return figure.label or indicator.name


def hover_text(figure: Figure, indicator: Indicator, briefing: Briefing) -> str:
    """Return the hover line of a big number: name, exact value with unit, and source."""
    name = figure_name(figure, indicator)
    number = format_number(indicator.amount, indicator.decimals)
    # A figure the source states only as a class (千亿级) is given as stated: its amount
    # (1000) orders the bars but is not a figure of the source.
    value = indicator.label or f"{number}{indicator.unit}"
    return hover_line(name, value, where_from(indicator, briefing) or "未注明")


class BigNumber(QWidget):
    """A big number and its unit on one baseline; counts up from 0 to the exact value.

    The number keeps the slot of its final text while counting so the unit stays still, and
    both shrink together when the slot is narrower than the text (never clipped).
    """

    def __init__(
        self,
        indicator: Indicator,
        theme: Theme,
        *,
        step: int = 0,
        centred: bool = True,
    ) -> None:
        super().__init__()
        self.indicator = indicator
        self._theme = theme
        # The scale's big-number size, `step` steps down (a compact card); a word like 千亿级
        # is set two steps smaller than digits: CJK glyphs fill the whole em square.
        self._step = step + (2 if indicator.label else 0)
        self._size = size_px(Role.BIG_NUMBER, self._step)
        self._unit_size = round(size_px(Role.BIG_NUMBER, step) * 0.4)
        # The label already says the magnitude (千亿级), so it takes no unit.
        self._unit = "" if indicator.label else indicator.unit
        self._centred = centred
        self._final = indicator.formatted()
        self._text = self._final
        self._px = float(self._size)
        self._peers: list[BigNumber] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.rescale(1.0, 1.0)

    @property
    def counts(self) -> bool:
        """Return whether the figure is a number that counts up (not a label like 千亿级)."""
        return not self.indicator.label

    def shown_text(self) -> str:
        return self._text

    def set_progress(self, progress: float) -> None:
        """Show the value at `progress` (0..1) of the count-up; 1 shows the exact text."""
        if progress >= 1.0 or not self.counts:
            text = self._final
        else:
            amount = self.indicator.amount * max(0.0, progress)
            text = format_number(amount, self.indicator.decimals)
        if text != self._text:
            self._text = text
            self.update()

    def rescale(self, scale: float, fit: float) -> None:
        self._px = size_px(Role.BIG_NUMBER, self._step + step_for(fit)) * scale
        self.setFixedHeight(max(1, round(self._px * 1.08)))
        self.update()

    def join(self, peers: list[BigNumber]) -> None:
        """Share one size with `peers` (a row of cards): all shrink as much as the widest."""
        self._peers = peers

    def _fonts(self, shrink: float) -> tuple[QFont, QFont]:
        px = self._px * shrink
        return panel_font(px, bold=True), panel_font(self._unit_size * px / self._size, bold=True)

    def needed_shrink(self) -> float:
        """Return the factor (<= 1) at which the final text and unit fit the width."""
        number_font, unit_font = self._fonts(1.0)
        total = self._extent(QFontMetricsF(number_font), QFontMetricsF(unit_font), 1.0)
        return min(1.0, self.width() / total) if total > 0 else 1.0

    def _extent(self, numbers: QFontMetricsF, units: QFontMetricsF, shrink: float) -> float:
        gap = self._px * shrink * 0.08 if self._unit else 0.0
        return numbers.horizontalAdvance(self._final) + gap + units.horizontalAdvance(self._unit)

    def paintEvent(self, event: QPaintEvent) -> None:
        peers = self._peers or [self]
        shrink = min(peer.needed_shrink() for peer in peers)
        number_font, unit_font = self._fonts(shrink)
        numbers, units = QFontMetricsF(number_font), QFontMetricsF(unit_font)
        slot = numbers.horizontalAdvance(self._final)
        total = self._extent(numbers, units, shrink)
        x = (self.width() - total) / 2 if self._centred else 0.0
        baseline = self.height() * 0.86
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        shown = numbers.horizontalAdvance(self._text)
        unit_x = x + total - units.horizontalAdvance(self._unit)
        # One line of a PDF's text layer: the number is read back with its unit ("393个").
        runs = [
            Run(x + slot - shown, number_font, QColor(self._theme.primary), self._text),
            Run(unit_x, unit_font, QColor(self._theme.secondary), self._unit),
        ]
        draw_runs(painter, runs, baseline)
        painter.end()


class KpiCard(Surface):
    """A key figure: big count-up number with unit, its name and caption, its source on hover."""

    def __init__(
        self,
        figure: Figure,
        briefing: Briefing,
        theme: Theme,
        on_hover: Callable[[str], None],
        *,
        compact: bool = False,
        tight: bool = False,
    ) -> None:
        # `tight`: a grid of three rows, whose cards keep their look with less air inside
        padding = (28, 22, 28, 24) if compact or tight else (32, 48, 32, 44)
        spacing = 4 if tight else 10
        super().__init__(theme, bar="left" if compact else "top", padding=padding, spacing=spacing)
        indicator = briefing.indicator(figure.indicator)
        self.figure = figure
        self._on_hover = on_hover
        self.hover = hover_text(figure, indicator, briefing)
        centred = not compact
        align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        self.number = BigNumber(indicator, theme, step=3 if compact else 0, centred=centred)
        name_role = Role.CAPTION if compact else Role.CARD_LABEL
        self.name = Text(
            figure_name(figure, indicator), name_role, theme.text, bold=True, align=align
        )
        self.caption = Text(figure.caption, Role.CAPTION, theme.muted, align=align)
        self.caption.setVisible(bool(figure.caption))
        # Top-aligned, so the numbers of a row of cards stand on one line.
        self.box.addWidget(self.number)
        self.box.addWidget(self.name)
        self.box.addWidget(self.caption)
        self.box.addStretch(1)
        self.setToolTip(self.hover)
        self.setMouseTracking(True)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._on_hover(self.hover)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._on_hover("")
        super().leaveEvent(event)
