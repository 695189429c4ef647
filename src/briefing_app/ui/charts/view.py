"""ChartView: the widget hosting one pyqtgraph canvas and one renderer, animated, with hover."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartSpec
from briefing_app.ui.charts import style
from briefing_app.ui.charts.base import ChartRenderer
from briefing_app.ui.theme import Theme

ANIMATION_MS = 700  # the brief's ceiling is 800 ms
CANVAS_MARGIN = 24  # canvas px around the plot
HOVER_MARGIN = 16


class ChartView(QWidget):
    """One live chart. Its size comes from the parent layout; `apply_scale` sets type size.

    `sig_hovered` carries "<category>: <value><unit> — 来源：<source>" while the pointer is
    over a bar, slice, ring, marker or point (and on a click, for touch screens), and ""
    when it leaves. The same text shows on a caption line under the chart, so the audience
    sees it without it ever covering a bar or label the room is looking at.
    """

    sig_hovered = Signal(str)

    def __init__(
        self,
        renderer_cls: type[ChartRenderer],
        spec: ChartSpec,
        briefing: Briefing,
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.theme = theme
        self._scale = 1.0
        self._hover_text = ""
        self._canvas = pg.GraphicsLayoutWidget(self)
        self._canvas.setBackground(theme.surface)
        self._canvas.setAntialiasing(True)
        self._canvas.setFrameShape(QFrame.Shape.NoFrame)
        self.renderer = renderer_cls(spec, briefing, theme, self._canvas.ci)
        self._hover_label = QLabel(self)  # the caption line; empty while nothing is hovered
        self._hover_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._hover_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._canvas, 1)
        layout.addWidget(self._hover_label)

        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_animation_value_changed)
        self._animation.finished.connect(self.finish)

        scene = self._canvas.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)
        self._canvas.viewport().installEventFilter(self)
        self.apply_scale(1.0)

    # -- public API ------------------------------------------------------------------------

    def apply_scale(self, scale: float) -> None:
        """Size fonts, pens, axes and labels as canvas px x `scale`."""
        self._scale = scale
        m = round(CANVAS_MARGIN * scale)
        self._canvas.ci.setContentsMargins(m, m, m, m)
        self._canvas.ci.setSpacing(round(8 * scale))
        self.renderer.apply_scale(scale)
        font = style.chart_font(style.HOVER_PX * scale)
        self._hover_label.setFont(font)
        pad = round(HOVER_MARGIN * scale)
        self._hover_label.setStyleSheet(
            f"QLabel {{ color: {self.theme.text}; background: {self.theme.surface};"
            f" padding: 0px {pad}px; }}"
        )
        self._hover_label.setFixedHeight(round(style.text_height(font) * 1.5))
        self._place_hover_label()

    def update_spec(self, spec: ChartSpec, briefing: Briefing) -> bool:
        """Show an edited `spec` in place (its values and words on the items drawn, a running
        intro carried on towards them); False, and nothing changed, for another kind."""
        if spec.kind != self.spec.kind:
            return False
        self.spec = spec
        self.renderer.update(spec, briefing)
        self._set_hover("")  # the text was of the old values
        return True

    def play(self, animated: bool = True) -> None:
        """Animate the chart in (<= 800 ms, easing out); replays; False shows the end at once."""
        self._animation.stop()
        if not animated:
            self.finish()
            return
        self.set_progress(0.0)
        self._animation.start()

    def finish(self) -> None:
        """Stop any animation and show the final state."""
        self._animation.stop()
        self.set_progress(1.0)

    def set_progress(self, t: float) -> None:
        """Render the frame at `t` in 0..1 (values are linear in t; play() adds the easing)."""
        self.renderer.set_progress(min(1.0, max(0.0, t)))

    @property
    def is_playing(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    @property
    def progress(self) -> float:
        return self.renderer.progress

    def drawn_values(self) -> dict[str, list[float]]:
        """Return the values as drawn now, read back from the graphics items."""
        return self.renderer.drawn_values()

    def hover_at(self, scene_pos: QPointF) -> str:
        """Show and emit the hover text for a pointer at `scene_pos`; return it."""
        self._set_hover(self.renderer.hover_text_at(scene_pos))
        return self._hover_text

    def scene_point_of(self, series: int, index: int) -> QPointF:
        """Return a scene point over value `index` of `series` (for tests and pointers)."""
        return self.renderer.anchor_of(series, index)

    def viewport_point_of(self, series: int, index: int) -> QPoint:
        """Return the same point in the canvas viewport's coordinates (for QTest)."""
        point: QPoint = self._canvas.mapFromScene(self.scene_point_of(series, index))
        return point

    @property
    def canvas(self) -> pg.GraphicsLayoutWidget:
        return self._canvas

    @property
    def hover_text(self) -> str:
        return self._hover_text

    # -- events ----------------------------------------------------------------------------

    def _on_animation_value_changed(self, value: float) -> None:
        self.renderer.set_progress(float(value))

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        self.hover_at(scene_pos)

    def _on_mouse_clicked(self, event: object) -> None:
        text = self.renderer.hover_text_at(event.scenePos())  # type: ignore[attr-defined]
        self._set_hover(text)
        if text:
            self.sig_hovered.emit(text)  # a tap repeats the text even when it is unchanged

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._canvas.viewport() and event.type() == QEvent.Type.Leave:
            self._set_hover("")
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place_hover_label()

    def _set_hover(self, text: str) -> None:
        if text == self._hover_text:
            return
        self._hover_text = text
        self._place_hover_label()
        self.sig_hovered.emit(text)

    def _place_hover_label(self) -> None:
        """Show the hover text on the caption line, shortened with … when it is too long
        (the presenter console shows it whole)."""
        label = self._hover_label
        width = max(0, label.width() - 2 * round(HOVER_MARGIN * self._scale))
        metrics = QFontMetrics(label.font())
        label.setText(metrics.elidedText(self._hover_text, Qt.TextElideMode.ElideRight, width))
