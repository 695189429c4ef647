"""The mouse in a show: clicks and the wheel move through the panels (as in PowerPoint),
Ctrl or Ctrl+L shows the laser pointer, Z and a drag or Ctrl+wheel zoom into a region.

One application event filter watches the audience stage and the console's previews; the
laser and the zoom are drawn on the audience stage and mirrored on the console's current
preview, so the presenter sees what the room sees.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app.model.presentation import Blank, PresentationState
from briefing_app.ui.laser import LaserOverlay
from briefing_app.ui.stage import Stage, canvas_of_stage, canvas_rect
from briefing_app.ui.zoom import ZoomOverlay, fit_region, zoom_about

WHEEL_NOTCH = 120


class ShowPointer(QObject):
    """Routes the mouse over the show's stages; owns the laser and zoom overlays."""

    sig_changed = Signal()  # laser or zoom turned on or off (the console says so)

    def __init__(self, state: PresentationState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._audience: Stage | None = None
        self._mirror: Stage | None = None  # the console's current preview
        self._next: Stage | None = None  # the console's next preview: a click advances
        self._overlays: dict[Stage, tuple[LaserOverlay, ZoomOverlay]] = {}
        self.laser_on = False
        self.zoom_armed = False
        self._region: QRectF | None = None
        self._drag: tuple[Stage, QPointF] | None = None
        self._wheel = 0
        self._installed = False
        state.current_changed.connect(lambda *_: self.leave_zoom())

    # -- what it watches -------------------------------------------------------------------
    def attach(self, audience: Stage | None, mirror: Stage | None, next_: Stage | None) -> None:
        """Watch these stages (None: not in this show); overlays go on audience and mirror."""
        self._audience, self._mirror, self._next = audience, mirror, next_
        for stage in (audience, mirror):
            if stage is not None and stage not in self._overlays:
                self._overlays[stage] = (LaserOverlay(stage), ZoomOverlay(stage))
                stage.setMouseTracking(True)
                stage.destroyed.connect(lambda *_, s=stage: self._overlays.pop(s, None))
        if not self._installed:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self._installed = True
        self._redraw()

    def detach(self) -> None:
        """Stop watching (the show ended); laser and zoom off."""
        self.laser_on = self.zoom_armed = False
        self._region = None
        self._redraw()
        self._audience = self._mirror = self._next = None
        self._overlays.clear()
        if self._installed:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._installed = False

    # -- the laser and the zoom --------------------------------------------------------------
    @property
    def zoomed(self) -> bool:
        return self._region is not None

    @property
    def region(self) -> QRectF | None:
        return self._region

    def toggle_laser(self) -> None:
        self.laser_on = not self.laser_on
        if not self.laser_on:
            self._set_laser(None)
        self.sig_changed.emit()

    def toggle_zoom(self) -> None:
        """Z: arm the zoom (the next drag chooses the region), or leave it."""
        if self.zoomed or self.zoom_armed:
            self.leave_zoom()
        else:
            self.zoom_armed = True
            self.sig_changed.emit()

    def leave_zoom(self) -> bool:
        """Show the whole panel again; return whether there was a zoom to leave."""
        had = self.zoomed or self.zoom_armed
        self._region, self.zoom_armed, self._drag = None, False, None
        self._redraw()
        if had:
            self.sig_changed.emit()
        return had

    def zoom_to(self, region: QRectF | None) -> None:
        self._region = fit_region(region) if region is not None else None
        self.zoom_armed = False
        self._redraw()
        self.sig_changed.emit()

    def laser_point(self) -> QPointF | None:
        """Return where the laser dot is on the audience stage (fractions), None when off."""
        pair = self._overlays.get(self._audience) if self._audience is not None else None
        return pair[0].point if pair is not None else None

    def _set_laser(self, point: QPointF | None) -> None:
        if self._state.blank is not Blank.NONE:
            point = None
        for laser, _ in self._overlays.values():
            laser.set_point(point)
        if self._audience is not None:  # over the room's screen the red dot is the pointer
            window = self._audience.window()
            if point is not None:
                window.setCursor(Qt.CursorShape.BlankCursor)
            else:
                window.unsetCursor()

    def _redraw(self) -> None:
        picture = None
        if self._region is not None:
            # One picture for all: the audience's panel, the largest, so the console's
            # preview of the zoom is as sharp as the room's.
            source = self._audience if self._audience is not None else self._mirror
            widget = source.panel_widget if source is not None else None
            if widget is not None:
                widget.finish()
                picture = widget.grab()
        for _, zoom in self._overlays.values():
            zoom.set_region(self._region, picture)

    # -- the mouse ---------------------------------------------------------------------------
    def _stage_of(self, watched: QObject) -> Stage | None:
        if not isinstance(watched, QWidget):
            return None
        for stage in (self._audience, self._mirror, self._next):
            if stage is not None and (watched is stage or stage.isAncestorOf(watched)):
                return stage
        if self._audience is not None and watched is self._audience.window():
            return self._audience  # the audience window's margins (none: full screen)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        ):
            return False
        stage = self._stage_of(watched)
        if stage is None:
            return False
        if kind == QEvent.Type.Wheel:
            assert isinstance(event, QWheelEvent)
            return self._on_wheel(stage, event)
        assert isinstance(event, QMouseEvent)
        point = _fraction(stage, stage.mapFromGlobal(event.globalPosition()))
        if kind == QEvent.Type.MouseMove:
            return self._on_move(stage, point, event)
        if kind == QEvent.Type.MouseButtonRelease:
            return self._on_release(stage, point, event)
        return self._on_press(stage, point, event)

    def _on_press(self, stage: Stage, point: QPointF, event: QMouseEvent) -> bool:
        button = event.button()
        if self.zoom_armed and button == Qt.MouseButton.LeftButton and stage is not self._next:
            self._drag = (stage, point)
            return True
        if button == Qt.MouseButton.LeftButton:
            self._state.next()
        elif button == Qt.MouseButton.RightButton:
            self._state.previous()
        else:
            return False
        return True

    def _on_move(self, stage: Stage, point: QPointF, event: QMouseEvent) -> bool:
        if self._drag is not None and self._drag[0] is stage:
            for laser_zoom in self._overlays.get(stage, ()):
                if isinstance(laser_zoom, ZoomOverlay):
                    laser_zoom.set_rubber(QRectF(self._drag[1], point).normalized())
            return True
        if stage is self._next:
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        inside = 0 <= point.x() <= 1 and 0 <= point.y() <= 1
        self._set_laser(point if (self.laser_on or ctrl) and inside else None)
        return False

    def _on_release(self, stage: Stage, point: QPointF, event: QMouseEvent) -> bool:
        if self._drag is None:
            return event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton)
        start = self._drag[1]
        self._drag = None
        rect = QRectF(start, point).normalized().intersected(QRectF(0, 0, 1, 1))
        if rect.width() < 0.01 or rect.height() < 0.01:
            self.leave_zoom()  # a click, not a drag: nothing to zoom into
        else:
            self.zoom_to(rect)
        return True

    def _on_wheel(self, stage: Stage, event: QWheelEvent) -> bool:
        delta = event.angleDelta().y()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if stage is self._next or delta == 0:
                return True
            point = _fraction(stage, stage.mapFromGlobal(event.globalPosition()))
            self._region = zoom_about(self._region, point, zoom_in=delta > 0)
            self.zoom_armed = False
            self._redraw()
            self.sig_changed.emit()
            return True
        self._wheel += delta  # a touchpad sends small steps: a notch's worth moves once
        while abs(self._wheel) >= WHEEL_NOTCH:
            if self._wheel < 0:
                self._state.next()
                self._wheel += WHEEL_NOTCH
            else:
                self._state.previous()
                self._wheel -= WHEEL_NOTCH
        return True


def _fraction(stage: QWidget, pos: QPointF) -> QPointF:
    """Return `pos` (stage pixels) as a fraction of the stage's canvas."""
    canvas = canvas_rect(stage.width(), stage.height(), canvas_of_stage(stage))
    return QPointF(
        (pos.x() - canvas.x()) / max(canvas.width(), 1),
        (pos.y() - canvas.y()) / max(canvas.height(), 1),
    )
