"""PanelWidget: the base of every panel view, laid out on its canvas and scaled crisply.

Every size in a panel is written in canvas pixels; the canvas (16:9 1920x1080 or 4:3 1440x1080,
model/canvas.py) is given to the widget, and its width is the only width a panel may assume.
`apply_scale()` re-applies each font size,
margin, spacing, radius and pen width as canvas px x scale (no pixmap scaling, so text stays
sharp at any resolution) and then fits the text: when the wrapped text of the panel needs more
room than the panel has, all text steps down together (`fit` < 1) until nothing is clipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QParallelAnimationGroup,
    QPropertyAnimation,
    QRect,
    QSequentialAnimationGroup,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGraphicsOpacityEffect,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model.balance import spread_gap
from briefing_app.model.briefing import Briefing
from briefing_app.model.canvas import WIDE, Canvas
from briefing_app.model.panels import PanelBase, PanelKind, logo_of
from briefing_app.ui.panels.fitting import (
    clipped_labels,
    fit_steps,
    inked_rect,
    lay_out_now,
    squeezed_boxes,
)
from briefing_app.ui.panels.parts import BulletList, Footer, Text, TitleBlock
from briefing_app.ui.theme import Theme

FOOTER_LOGO_PX = 34  # the logo's height in the footer, canvas px

if TYPE_CHECKING:
    from briefing_app.ui.panels.chart_area import ChartArea

#: Intro timing (ms): count-ups finish within COUNT_UP_MS; blocks fade in one after another.
COUNT_UP_MS = 800
FADE_MS = 320
STAGGER_MS = 70


@runtime_checkable
class Scaled(Protocol):
    """A part of a panel that re-applies its canvas sizes (fonts, pens, margins) at a scale."""

    def rescale(self, scale: float, fit: float) -> None: ...


@runtime_checkable
class CountUp(Protocol):
    """A big number that counts up during the intro."""

    def set_progress(self, progress: float) -> None: ...

    def shown_text(self) -> str: ...


class PanelWidget(QWidget):
    """One panel of the briefing as a widget; subclasses fill `self.body` in `build()`.

    The windows use: `canvas` for the shape of its rect, `apply_scale(scale)` after placing
    the widget in its letterboxed rect, `enter(animated)` when it appears, `finish()` for the
    final state at once, `sig_hovered` for the source of a big number, and
    `count_up_values()` in tests.
    """

    kind: PanelKind
    sig_hovered = Signal(str)

    #: Content panels get the red band, the title block and the footer; cover/closing don't.
    chrome = True
    #: Canvas-px margins of the whole panel (left, top, right, bottom).
    root_margins = (96, 64, 96, 32)
    #: Sparse panels let their body text grow up to this factor to fill the room; the
    #: titles keep their size (see `Text`).
    max_fit = 1.0

    def __init__(
        self,
        panel: PanelBase,
        briefing: Briefing,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        canvas: Canvas = WIDE,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.briefing = briefing
        self.theme = theme
        self.canvas = canvas
        self._scale = 1.0
        self._fit = 1.0
        self._fitting = False
        self._spaced: list[tuple[QLayout, tuple[int, int, int, int], int]] = []
        self._intro: list[QWidget] = []
        self._count_ups: list[CountUp] = []
        self._charts: list[ChartArea] = []
        self._group: QParallelAnimationGroup | None = None
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

        # Side margins keep their share of the width (96 px on 16:9, 72 on 4:3): on the
        # narrower canvas the columns of text need the room more than the edges do.
        narrow = canvas.width / WIDE.width
        self.margin = round(theme.margin * narrow)
        left, top, right, bottom = self.root_margins
        self.root = QVBoxLayout(self)
        # The panel never grows to its layout's minimum: the stage decides its size.
        self.root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.space(self.root, (round(left * narrow), top, round(right * narrow), bottom), 24)
        self.body = QVBoxLayout()
        self.space(self.body, (0, 0, 0, 0), theme.gap)
        if self.chrome:
            self.header = self.make_header()
            self.root.addWidget(self.header)
            self.root.addLayout(self.body, 1)
            self.footer = Footer(self._footer_texts(), theme)
            logo = logo_of(briefing.panels)
            if logo:  # the briefing's logo (its cover's) before the organisation
                from briefing_app.ui.panels.image import Picture

                row = self.footer.layout()
                if isinstance(row, QBoxLayout):
                    row.insertWidget(0, Picture(logo, height=FOOTER_LOGO_PX))
            self.root.addWidget(self.footer)
        else:
            self.root.addLayout(self.body, 1)
        self.build()
        self.resize(canvas.width, canvas.height)
        self.apply_scale(1.0)

    # -- for subclasses -------------------------------------------------------------------

    def build(self) -> None:
        """Fill `self.body` with the panel's content (subclasses)."""
        raise NotImplementedError

    def make_header(self) -> QWidget:
        """Return the header of a content panel: title, gold rule, lead (tasks add a badge)."""
        return TitleBlock(self.panel.title, self.panel.lead, self.theme)

    def space(self, layout: QLayout, margins: tuple[int, int, int, int], spacing: int) -> QLayout:
        """Register canvas-px margins and spacing of `layout`; return the layout."""
        self._spaced.append((layout, margins, spacing))
        return layout

    def intro(self, widget: QWidget) -> QWidget:
        """Fade `widget` in during the intro, after the ones registered before; return it."""
        self._intro.append(widget)
        return widget

    def count_up(self, number: CountUp) -> None:
        """Count `number` up from 0 during the intro."""
        self._count_ups.append(number)

    def update_panel(self, panel: PanelBase, briefing: Briefing) -> bool:
        """Show an edit of this panel in place and return True when this kind can (a chart
        panel whose chart's values changed); here False: the stage builds a new widget."""
        return False

    def add_chart(self, area: ChartArea) -> ChartArea:
        """Play `area`'s chart with the intro and pass on its hover texts; return it."""
        self._charts.append(area)
        area.sig_hovered.connect(self.sig_hovered)
        return area

    def paint_background(self, painter: QPainter) -> None:
        """Paint the ground and the chrome; cover and closing paint their own."""
        s = self._scale
        painter.fillRect(self.rect(), QColor(self.theme.background))
        painter.fillRect(
            QRect(0, 0, self.width(), max(1, round(10 * s))), QColor(self.theme.primary)
        )
        painter.fillRect(
            QRect(0, round(10 * s), self.width(), max(1, round(2 * s))), QColor(self.theme.accent)
        )

    # -- the API used by the windows ------------------------------------------------------

    @property
    def scale(self) -> float:
        return self._scale

    @property
    def fit(self) -> float:
        """Return the text shrink factor chosen so the text fits (1.0 = designed size)."""
        return self._fit

    def apply_scale(self, scale: float) -> None:
        """Re-apply every canvas size at `scale` (rect width / canvas width) and fit the text."""
        self._scale = max(0.05, float(scale))
        self._refit()

    def enter(self, animated: bool) -> None:
        """Show the panel's intro (count-ups, fades), or its final state when not animated."""
        self._stop()
        if not animated:
            self.finish()
            return
        group = QParallelAnimationGroup(self)
        for i, widget in enumerate(self._intro):
            effect = QGraphicsOpacityEffect(widget)
            effect.setOpacity(0.0)
            widget.setGraphicsEffect(effect)
            fade = QPropertyAnimation(effect, b"opacity", group)
            fade.setDuration(FADE_MS)
            fade.setStartValue(0.0)
            fade.setEndValue(1.0)
            fade.setEasingCurve(QEasingCurve.Type.OutCubic)
            seq = QSequentialAnimationGroup(group)
            seq.addPause(min(i * STAGGER_MS, COUNT_UP_MS - FADE_MS))
            seq.addAnimation(fade)
            group.addAnimation(seq)
        if self._count_ups:
            counter = QVariantAnimation(group)
            counter.setDuration(COUNT_UP_MS)
            counter.setStartValue(0.0)
            counter.setEndValue(1.0)
            counter.setEasingCurve(QEasingCurve.Type.OutCubic)
            counter.valueChanged.connect(self._on_count_progress)
            group.addAnimation(counter)
            self._on_count_progress(0.0)
        group.finished.connect(self._settle)
        self._group = group
        group.start()
        for area in self._charts:
            area.play(True)

    def finish(self) -> None:
        """Jump to the final state at once: exact numbers, everything fully shown."""
        self._settle()
        for area in self._charts:
            area.finish()

    def _settle(self) -> None:
        self._stop()
        for widget in self._intro:
            widget.setGraphicsEffect(None)  # type: ignore[arg-type]
        for number in self._count_ups:
            number.set_progress(1.0)

    def count_up_values(self) -> list[str]:
        """Return the big-number texts currently shown, in reading order."""
        return [number.shown_text() for number in self._count_ups]

    def emit_hover(self, text: str) -> None:
        """Announce what the pointer is over ('' when it leaves)."""
        self.sig_hovered.emit(text)

    # -- Qt -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_background(painter)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.sig_hovered.emit("")
        return super().event(event)

    # -- fitting --------------------------------------------------------------------------

    def _on_count_progress(self, value: object) -> None:
        for number in self._count_ups:
            number.set_progress(float(value))  # type: ignore[arg-type]

    def _stop(self) -> None:
        if self._group is not None:
            group, self._group = self._group, None
            group.finished.disconnect(self._settle)
            group.stop()
            group.deleteLater()

    def _footer_texts(self) -> tuple[str, str]:
        meta = self.briefing.meta
        index = self.briefing.index_of(self.panel.id)
        total = len(self.briefing.panels)
        page = f"{index + 1} / {total}" if index >= 0 else ""
        return f"{meta.organisation}  ·  {meta.meeting}", page

    def _apply(self, scale: float, fit: float) -> None:
        for layout, (left, top, right, bottom), spacing in self._spaced:
            layout.setContentsMargins(
                round(left * scale), round(top * scale), round(right * scale), round(bottom * scale)
            )
            layout.setSpacing(round(spacing * scale * (0.5 + 0.5 * fit)))
        for child in self.findChildren(QWidget):
            if isinstance(child, Scaled):
                child.rescale(scale, fit)

    def _refit(self) -> None:
        """Apply the scale with the largest text that fits the panel's current size."""
        if self._fitting:
            return
        self._fitting = True
        try:
            lists = [w for w in self.findChildren(BulletList) if w.isVisibleTo(self)]
            for items in lists:
                items.spread(0)
            for text in self.findChildren(Text):
                text.set_joins_words(True)
            self._fit = self._search(fit_steps(self.max_fit))
            self._spread(lists)
            self.update()
        finally:
            self._fitting = False

    def _search(self, steps: tuple[float, ...]) -> float:
        """Apply and return the first of `steps` at which the text fits (else the last).

        Layout is proportional to the scale, so after a resize the previous factor is almost
        always still the answer: it is tried first with the one above it (two layouts instead
        of a scan from the top).
        """
        if self._fit in steps:
            i = steps.index(self._fit)
            above_fails = i == 0 or not self._fits_at(steps[i - 1])
            if above_fails and self._fits_at(steps[i]):
                return steps[i]
        for fit in steps:
            if self._fits_at(fit):
                return fit
        # Too long for its box even at the smallest size: the texts that are clipped break
        # inside short words too (a split word beats a clipped line), and the search reruns.
        loose = [t for t in clipped_labels(self) if isinstance(t, Text) and t.joins_words]
        for text in loose:
            text.set_joins_words(False)
        for fit in steps if loose else ():
            if self._fits_at(fit):
                return fit
        return steps[-1]

    def _spread(self, lists: list[BulletList]) -> None:
        """Move the items of a short list apart (`model.balance.spread_gap`, as the deck
        does) until the content takes its share of the body; the panels' equal stretches
        above and below then centre it. Undone if the spread content no longer fits."""
        if not self.chrome or not lists:
            return
        block = inked_rect(self, (self.header, self.footer)).height()
        spread = False
        for items in lists:
            # The block balances in the body; a list in a column beside taller figures or
            # a chart balances in its column as well.
            gaps, em = len(items.items) - 1, items.em()
            extra = spread_gap(block, self.body.geometry().height(), gaps, em)
            column = self._column_of(items)
            if column is not None and column is not self.body:
                extra = max(extra, spread_gap(items.height(), column.geometry().height(), gaps, em))
            extra = round(extra)
            if extra > 0:
                items.spread(extra)
                block += extra * gaps
                spread = True
        if spread and not self._text_fits():
            for items in lists:
                items.spread(0)
            lay_out_now(self)

    def _column_of(self, widget: QWidget) -> QLayout | None:
        """Return the layout of this panel that holds `widget` itself."""
        for layout in (self.body, *self.findChildren(QLayout)):
            if layout.indexOf(widget) >= 0:
                return layout
        return None

    def _fits_at(self, fit: float) -> bool:
        self._apply(self._scale, fit)
        return self._text_fits()

    def _text_fits(self) -> bool:
        lay_out_now(self)
        return self._charts_fit() and not clipped_labels(self) and not squeezed_boxes(self)

    def _charts_fit(self) -> bool:
        """Return whether every chart lies inside the body (its minimum height may push it
        past the footer without clipping any label)."""
        bottom = self.footer.y() if self.chrome else self.height()
        for area in self._charts:
            top_left = area.mapTo(self, area.rect().topLeft())
            if top_left.y() + area.height() > bottom or area.height() < area.minimumHeight():
                return False
        return True
