"""The stage: one panel letterboxed on its canvas (16:9 or 4:3), with transitions and blanking."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.canvas import WIDE, Canvas
from briefing_app.model.presentation import Blank
from briefing_app.ui.panels import PanelWidget, create_panel_widget
from briefing_app.ui.stage_picture import SettledPicture
from briefing_app.ui.theme import Theme

TRANSITION_MS = 220  # the issue allows at most 250 ms


def canvas_rect(width: int, height: int, canvas: Canvas = WIDE) -> QRect:
    """Return the largest rectangle of `canvas`'s shape centred in width x height (the
    letterbox)."""
    scale = canvas.scale_for(width, height)
    w, h = round(canvas.width * scale), round(canvas.height * scale)
    return QRect((width - w) // 2, (height - h) // 2, w, h)


def canvas_of_stage(widget: QWidget) -> Canvas:
    """Return the canvas of the stage `widget` is, or lies on (an overlay); 16:9 elsewhere."""
    node: QWidget | None = widget
    while node is not None:
        if isinstance(node, Stage):
            return node.canvas
        node = node.parentWidget()
    return WIDE


class Stage(QWidget):
    """Shows the panel at an index of a briefing; panel widgets are built once and kept.

    `show_panel` swaps panels with a short cross-fade (unless motion is reduced) and plays
    the new panel's intro; `set_blank` covers it in black or white.
    """

    sig_hovered = Signal(str)

    def __init__(
        self,
        briefing: Briefing,
        theme: Theme,
        *,
        animated: bool = True,
        letterbox: str = "#000000",
        interactive: bool = True,
        canvas: Canvas = WIDE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._briefing = briefing
        self._theme = theme
        self._animated = animated
        self._letterbox = QColor(letterbox)
        self._interactive = interactive
        self._widgets: dict[int, PanelWidget] = {}
        self._scales: dict[int, float] = {}
        self._index = -1
        self._blank = Blank.NONE
        # Once a change has settled, build the neighbours so the next key press only shows
        # a ready widget (building one costs more than a 60 Hz frame).
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(TRANSITION_MS + 40)
        self._prefetch.timeout.connect(self._on_prefetch_timeout)
        self._ghost = QLabel(self)
        self._ghost.hide()
        self._ghost.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # One effect and one animation for the whole talk, restarted on each change: a new
        # animation per change left a connection behind each time (the soak benchmark's
        # tracemalloc diff: one block per change at `fade.finished.connect`).
        effect = QGraphicsOpacityEffect(self._ghost)
        self._ghost.setGraphicsEffect(effect)
        self._fade = QPropertyAnimation(effect, b"opacity", self)
        self._fade.setDuration(TRANSITION_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._fade.finished.connect(self._ghost.hide)
        self._settled = SettledPicture(self)  # the fade's picture of a panel standing still
        self.sig_hovered.connect(self._settled.drop)  # a highlight is not the still panel
        self._cover = QWidget(self)
        self._cover.setAutoFillBackground(True)
        self._cover.hide()
        self.setMinimumSize(160, 90)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- what it shows ---------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def panel_widget(self) -> PanelWidget | None:
        return self._widgets.get(self._index)

    @property
    def canvas(self) -> Canvas:
        """Return the canvas the panels are laid out on."""
        return self._canvas

    def set_animated(self, animated: bool) -> None:
        self._animated = animated

    def set_canvas(self, canvas: Canvas) -> None:
        """Lay the panels out on `canvas` from now on (rebuilt, at the same index)."""
        if canvas != self._canvas:
            self._canvas = canvas
            self.set_briefing(self._briefing)

    def set_briefing(self, briefing: Briefing, theme: Theme | None = None) -> None:
        """Show a reloaded briefing (or the same one in another theme) at the same index."""
        self._briefing = briefing
        self._theme = theme or self._theme
        for widget in self._widgets.values():
            widget.hide()
            widget.deleteLater()
        self._widgets.clear()
        self._settled.forget()
        self._scales.clear()
        index, self._index = self._index, -1
        if index >= 0:
            self.show_panel(min(index, len(briefing.panels) - 1), animate=False)

    def refresh_panels(self, briefing: Briefing, indices: list[int]) -> None:
        """Show an edited briefing whose panels at `indices` changed: a widget that can show
        the edit in place does (a chart's new values); the others are rebuilt (the current
        one at once, the others when next shown)."""
        self._briefing = briefing
        for index in indices:
            kept = self._widgets.get(index)
            if kept is not None and kept.update_panel(briefing.panels[index], briefing):
                if kept is self.panel_widget:
                    self._settled.drop()
                continue
            widget = self._widgets.pop(index, None)
            self._scales.pop(index, None)
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if self._index in indices and self._index not in self._widgets:
            index, self._index = self._index, -1
            self.show_panel(index, animate=False)

    def show_panel(self, index: int, *, animate: bool = True) -> None:
        """Show the panel at `index`; the intro plays when `animate` and motion is allowed."""
        if index == self._index:
            return
        animate = animate and self._animated and self.isVisible()
        old = self._widgets.get(self._index)
        if old is not None:
            # A panel leaving the stage stops its intro: nothing animates out of sight, and
            # its opacity effects go (grabbing through them leaked memory on every change).
            old.finish()
        if old is not None and animate:
            self._start_fade(old)
        if old is not None:
            old.hide()
        self._index = index
        widget = self._widget(index)
        self._place(index)
        widget.show()
        widget.raise_()
        if self._ghost.isVisible():
            self._ghost.raise_()
        self._cover.raise_()
        widget.enter(animate)
        if self._animated:  # only a cross-fade uses the picture
            self._settled.watch(widget)
        if self.isVisible():
            self._prefetch.start()
        if animate:
            # A change the room watches is painted now, within the key press: before the
            # window's other updates (navigator, notes, a console's previews) and without
            # waiting for the window system's next update request.
            self.repaint()

    def finish(self) -> None:
        """Put the current panel in its final state at once (for export and tests)."""
        widget = self.panel_widget
        if widget is not None:
            widget.finish()
        self._fade.stop()
        self._ghost.hide()

    def set_blank(self, blank: Blank) -> None:
        self._blank = blank
        if blank is Blank.NONE:
            self._cover.hide()
            return
        palette = self._cover.palette()
        colour = QColor("#000000") if blank is Blank.BLACK else QColor("#FFFFFF")
        palette.setColor(self._cover.backgroundRole(), colour)
        self._cover.setPalette(palette)
        self._cover.setGeometry(self.rect())
        self._cover.show()
        self._cover.raise_()

    @property
    def blank(self) -> Blank:
        return self._blank

    # -- internals -------------------------------------------------------------------------
    def _widget(self, index: int) -> PanelWidget:
        widget = self._widgets.get(index)
        if widget is None:
            panel = self._briefing.panels[index]
            widget = create_panel_widget(
                panel, self._briefing, self._theme, self, canvas=self._canvas
            )
            widget.sig_hovered.connect(self.sig_hovered)
            if not self._interactive:
                widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            widget.hide()
            self._widgets[index] = widget
        return widget

    def _on_prefetch_timeout(self) -> None:
        for index in (self._index + 1, self._index - 1):
            if 0 <= index < len(self._briefing.panels) and index not in self._widgets:
                self._widget(index)
                self._place(index)

    def _place(self, index: int) -> None:
        widget = self._widgets[index]
        rect = canvas_rect(self.width(), self.height(), self._canvas)
        widget.setGeometry(rect)
        scale = rect.width() / self._canvas.width
        if self._scales.get(index) != scale:
            widget.apply_scale(scale)
            self._scales[index] = scale

    def _start_fade(self, old: PanelWidget) -> None:
        self._fade.stop()  # a fade still running restarts from the new picture
        self._ghost.setPixmap(self._settled.picture_of(old) or old.grab())
        self._ghost.setGeometry(old.geometry())
        self._ghost.show()
        self._fade.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._index >= 0:
            self._place(self._index)
        self._cover.setGeometry(self.rect())
        if self._ghost.isVisible():
            self._ghost.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._letterbox)
