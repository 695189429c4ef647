"""The audience window: the current panel full screen on the room's screen, nothing else."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.canvas import CANVASES, Canvas, canvas_for_screen
from briefing_app.model.presentation import Blank
from briefing_app.ui.stage import Stage
from briefing_app.ui.theme import Theme

HINT_MS = 8000


class AudienceWindow(QWidget):
    """Full screen on one screen; shows the panel, blanking and hover values — never notes.

    The panels are laid out on the canvas of `aspect`: "16:9", "4:3", or "auto", the one
    nearest the shape of the screen it is placed on (a 1024x768 projector: 4:3, its body text
    ~20 px instead of a letterboxed 16:9's 15). `sig_canvas_changed` tells the console.
    """

    sig_canvas_changed = Signal(object)  # the new Canvas

    def __init__(
        self, briefing: Briefing, theme: Theme, *, animated: bool, aspect: str = "auto"
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self._aspect = aspect
        self._screen_size: QSize | None = None
        self.setObjectName("audience")
        self.setWindowTitle(briefing.meta.title)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setMouseTracking(True)
        self.stage = Stage(briefing, theme, animated=animated, letterbox="#000000")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        self._closing_allowed = False
        # One line for a one-screen (duplicated) show: how to get the console. Never notes.
        self.hint = QLabel(self)
        self.hint.setObjectName("one_screen_hint")
        self.hint.setStyleSheet(
            "background: rgba(0,0,0,190); color: #FFF; font-size: 18px; padding: 8px 16px;"
        )
        self.hint.hide()
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_MS)
        self._hint_timer.timeout.connect(self.hint.hide)

    def show_hint(self, text: str) -> None:
        """Show `text` in one line at the bottom for a few seconds (or until the next panel)."""
        self.hint.setText(text)
        self.hint.adjustSize()
        self.hint.move((self.width() - self.hint.width()) // 2, self.height() - self.hint.height())
        self.hint.show()
        self.hint.raise_()
        self._hint_timer.start()

    @property
    def canvas(self) -> Canvas:
        """Return the canvas the room's panels are laid out on."""
        return self.stage.canvas

    def set_aspect(self, aspect: str) -> None:
        """Lay the panels out 16:9, 4:3, or ("auto") as the screen's shape asks."""
        self._aspect = aspect
        self._apply_canvas()

    def _apply_canvas(self) -> None:
        if self._aspect in CANVASES:
            canvas = CANVASES[self._aspect]
        else:
            size = self._screen_size or self.size()
            canvas = canvas_for_screen(size.width(), size.height())
        if canvas != self.stage.canvas:
            self.stage.set_canvas(canvas)
            self.sig_canvas_changed.emit(canvas)

    def place_on(self, screen: QScreen) -> None:
        """Go full screen on `screen`, on the canvas that suits it."""
        self._screen_size = screen.geometry().size()
        self._apply_canvas()
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.setGeometry(screen.geometry())

    def show_panel(self, index: int, animate: bool) -> None:
        self.stage.show_panel(index, animate=animate)
        if self.hint.isVisible():  # the room moved on: the hint has been read
            self.hint.hide()

    def set_blank(self, blank: Blank) -> None:
        self.stage.set_blank(blank)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        laser = self.stage.findChild(QWidget, "laser")
        if laser is not None and laser.isVisible():
            self.setCursor(Qt.CursorShape.BlankCursor)  # the red dot is the pointer
        else:
            self.unsetCursor()  # the pointer shows while it moves, for hovering a chart
        super().mouseMoveEvent(event)

    def allow_close(self) -> None:
        self._closing_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        # A stray Alt+F4 on the projector must not lose the show; Esc ends it properly.
        if self._closing_allowed:
            super().closeEvent(event)
        else:
            event.ignore()
