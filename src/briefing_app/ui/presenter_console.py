"""The presenter console: current and next panel, notes, timer, clock, position and pacing."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QScreen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model.briefing import Briefing
from briefing_app.model.canvas import Canvas
from briefing_app.model.presentation import Blank, PresentationState
from briefing_app.model.rehearsal import RehearsalRecorder, minutes_per_panel
from briefing_app.model.talk_clock import Pace, PacingPlan, TalkClock, format_duration
from briefing_app.ui.i18n import tr
from briefing_app.ui.stage import Stage
from briefing_app.ui.theme import Theme

if TYPE_CHECKING:
    from briefing_app.ui.audience_window import AudienceWindow

PACE_COLOURS = {
    Pace.AHEAD: "#2E6DB4",
    Pace.ON_TRACK: "#2E7D32",
    Pace.BEHIND: "#C62828",
    Pace.NONE: "#9E9E9E",
}
NOTES_MIN, NOTES_MAX = 12, 60


def pacing_plan(briefing: Briefing, rehearsed: Mapping[str, float] | None = None) -> PacingPlan:
    """Return the pacing plan: the rehearsed timings when there are any, else the briefing's
    section and panel budgets."""
    if rehearsed:
        ids = [p.id for p in briefing.panels]
        if any(pid in rehearsed for pid in ids):
            return PacingPlan(minutes_per_panel(rehearsed, ids))
    return PacingPlan.from_sections(
        [(s.minutes, [p.minutes for p in s.panels]) for s in briefing.sections]
    )


class PresenterConsole(QWidget):
    """The presenter's screen. Follows the presentation state; shows what the room sees."""

    def __init__(
        self,
        briefing: Briefing,
        state: PresentationState,
        clock: TalkClock,
        theme: Theme,
        *,
        notes_size: int = 22,
        on_notes_size: Callable[[int], None] | None = None,
        on_swap: Callable[[], None] | None = None,
        on_end: Callable[[], None] | None = None,
        rehearsed: Mapping[str, float] | None = None,
        recorder: RehearsalRecorder | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenter")
        self.setWindowTitle(f"{tr('app.title')} — {briefing.meta.title}")
        # "#presenter > QLabel", not "QLabel": a bare selector also whitened the text of the
        # panels inside the current/next stages (light text on their light background).
        self.setStyleSheet(
            "#presenter { background: #1E1A1B; }"
            "#presenter > QLabel { color: #EEE; }"
            "QPushButton { font-size: 15px; padding: 6px 12px; }"
        )
        self._briefing = briefing
        self._state = state
        self._clock = clock
        self._rehearsed = dict(rehearsed or {})
        self._recorder = recorder  # a rehearsal in progress: the console shows its count
        self._plan = pacing_plan(briefing, self._rehearsed)
        self._notes_size = notes_size
        self._on_notes_size = on_notes_size

        self.current = Stage(briefing, theme, animated=False, letterbox="#000000")
        self.next = Stage(briefing, theme, animated=False, letterbox="#000000", interactive=False)
        self.next_label = _caption(tr("console.next"))
        self.current_label = _caption(tr("console.current"))
        self.end_label = QLabel(tr("console.end"))
        self.end_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end_label.hide()
        self.notes = QTextBrowser()
        self.notes.setObjectName("notes")
        self.notes.setStyleSheet(
            "QTextBrowser { background:#2A2526; color:#F5F0E8; border:none; padding:12px; }"
        )
        self.hover = QLabel()
        self.hover.setWordWrap(True)
        self.hover.setStyleSheet("color:#E3BF4F; font-size:15px;")
        self.position = QLabel()
        self.section = QLabel()
        self.section.setWordWrap(True)
        self.blank_label = QLabel()
        self.blank_label.setStyleSheet("color:#FFB74D; font-size:22px; font-weight:bold;")
        # Only here and in the main window, never on the audience screen.
        self.reload_flag = QLabel()
        self.reload_flag.setObjectName("reload_flag")
        self.reload_flag.setWordWrap(True)
        self.reload_flag.setStyleSheet(
            "background:#5C1414; color:#FFD7D2; font-size:15px; padding:6px 8px;"
            "border-left:4px solid #FF5A4F;"
        )
        self.reload_flag.hide()
        # What the presenter typed of a panel number: shown here, never to the room.
        self.typed = QLabel()
        self.typed.setObjectName("typed_number")
        self.typed.setStyleSheet("color:#1E1A1B; background:#E3BF4F; font-size:22px; padding:4px;")
        self.typed.hide()
        self.tools_label = QLabel()  # laser or zoom on: the room sees it
        self.tools_label.setStyleSheet("color:#FF8A80; font-size:16px;")
        self.rehearsal_label = QLabel()
        self.rehearsal_label.setStyleSheet("color:#9FB3C8; font-size:15px;")
        self.elapsed = QLabel("0:00")
        self.clock_label = QLabel()
        self.pace = QLabel()
        for label, size in (
            (self.position, 20),
            (self.section, 16),
            (self.elapsed, 40),
            (self.clock_label, 24),
            (self.pace, 16),
        ):
            font = label.font()
            font.setPointSize(size)
            label.setFont(font)

        self.pause_button = QPushButton(tr("console.pause"))
        self.pause_button.clicked.connect(self._on_pause_clicked)
        reset = QPushButton(tr("console.reset"))
        reset.clicked.connect(self._on_reset_clicked)
        bigger = QPushButton(tr("console.font_bigger"))
        bigger.clicked.connect(lambda: self.set_notes_size(self._notes_size + 2))
        smaller = QPushButton(tr("console.font_smaller"))
        smaller.clicked.connect(lambda: self.set_notes_size(self._notes_size - 2))
        swap = QPushButton(tr("console.swap"))
        end = QPushButton(tr("console.end_show"))
        if on_swap:
            swap.clicked.connect(lambda: on_swap())
        if on_end:
            end.clicked.connect(lambda: on_end())
        for button in (self.pause_button, reset, bigger, smaller, swap, end):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        right = QVBoxLayout()
        right.addWidget(self.next_label)
        next_box = QGridLayout()
        next_box.addWidget(self.next, 0, 0)
        next_box.addWidget(self.end_label, 0, 0)
        right.addLayout(next_box, 2)
        right.addWidget(self.position)
        right.addWidget(self.section)
        right.addWidget(self.blank_label)
        right.addWidget(self.typed)
        right.addWidget(self.tools_label)
        right.addWidget(self.reload_flag)
        timer_grid = QGridLayout()  # captions, so the timer is not read as the time of day
        timer_grid.addWidget(_caption(tr("console.elapsed")), 0, 0)
        timer_grid.addWidget(_caption(tr("console.clock")), 0, 1, Qt.AlignmentFlag.AlignRight)
        timer_grid.addWidget(self.elapsed, 1, 0)
        timer_grid.addWidget(self.clock_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        right.addLayout(timer_grid)
        right.addWidget(self.pace)
        right.addWidget(self.rehearsal_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(reset)
        right.addLayout(buttons)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.current_label)
        left.addWidget(self.current, 5)
        left.addWidget(self.hover)
        notes_bar = QHBoxLayout()
        notes_bar.addWidget(_caption(tr("console.notes")))
        notes_bar.addStretch(1)
        notes_bar.addWidget(smaller)
        notes_bar.addWidget(bigger)
        notes_bar.addWidget(swap)
        notes_bar.addWidget(end)
        left.addLayout(notes_bar)
        left.addWidget(self.notes, 3)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.current.sig_hovered.connect(self.show_hover)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.set_notes_size(notes_size)
        self.refresh()
        self._on_tick()

    # -- following the state ---------------------------------------------------------------
    def refresh(self) -> None:
        """Show the state's current panel, the next one, notes, position and section."""
        index = self._state.current
        panels = self._briefing.panels
        self.current.show_panel(index, animate=False)
        self.current.finish()
        following = self._state.following()
        has_next = following is not None
        if following is not None:
            self.next.show_panel(following, animate=False)
            self.next.finish()
        self.next.setVisible(has_next)
        self.end_label.setVisible(not has_next)
        self.notes.setPlainText(panels[index].notes)
        self.position.setText(tr("status.panel", x=index + 1, n=len(panels)))
        section = self._briefing.section_of(index)
        budget = (
            f"  ·  {tr('console.section_budget', m=f'{section.minutes:g}')}"
            if section.minutes
            else ""
        )
        self.section.setText(f"{section.title}{budget}")
        self.show_hover("")
        self._on_tick()

    def set_briefing(self, briefing: Briefing, theme: Theme) -> None:
        self._briefing = briefing
        self._plan = pacing_plan(briefing, self._rehearsed)
        self.current.set_briefing(briefing, theme)
        self.next.set_briefing(briefing, theme)
        self.refresh()

    def follow(self, audience: AudienceWindow) -> None:
        """Lay the previews out on the audience's canvas, now and whenever it changes, so the
        presenter sees the panels as the room does."""
        self.set_canvas(audience.canvas)
        audience.sig_canvas_changed.connect(self.set_canvas)

    def set_canvas(self, canvas: Canvas) -> None:
        """Lay the current and next previews out on `canvas` (16:9 or 4:3)."""
        if canvas == self.current.canvas:
            return
        self.current.set_canvas(canvas)
        self.next.set_canvas(canvas)
        self.refresh()

    def set_blank(self, blank: Blank) -> None:
        text = {
            Blank.NONE: "",
            Blank.BLACK: tr("console.blanked_black"),
            Blank.WHITE: tr("console.blanked_white"),
        }[blank]
        self.blank_label.setText(text)
        self.current.set_blank(blank)  # the presenter sees what the room sees

    def set_reload_problem(self, detail: str) -> None:
        """Flag that the newest save is not shown, with its first line of `detail`; "" clears."""
        first = detail.strip().splitlines()[0] if detail.strip() else ""
        self.reload_flag.setText(f"{tr('console.reload_problem')}\n{first}" if first else "")
        self.reload_flag.setVisible(bool(first))

    def show_typed(self, digits: str) -> None:
        """Show the panel number typed so far ("" hides it)."""
        self.typed.setText(tr("jump.typed", n=digits) if digits else "")
        self.typed.setVisible(bool(digits))

    def show_tools(self, laser: bool, zoom: bool) -> None:
        """Say that the laser pointer or the zoom is on (the audience screen shows it)."""
        parts = ([tr("console.laser")] if laser else []) + ([tr("console.zoom")] if zoom else [])
        self.tools_label.setText("\n".join(parts))

    def show_hover(self, text: str) -> None:
        self.hover.setText(text)

    def set_notes_size(self, size: int) -> None:
        self._notes_size = min(max(size, NOTES_MIN), NOTES_MAX)
        font = QFont(self.notes.font())
        font.setPixelSize(self._notes_size)
        self.notes.setFont(font)
        if self._on_notes_size:
            self._on_notes_size(self._notes_size)

    @property
    def notes_size(self) -> int:
        return self._notes_size

    # -- the clock -------------------------------------------------------------------------
    def _on_pause_clicked(self) -> None:
        self._clock.toggle()
        self._on_tick()

    def _on_reset_clicked(self) -> None:
        self._clock.reset()
        self._on_tick()

    def _on_tick(self) -> None:
        elapsed = self._clock.elapsed()
        self.elapsed.setText(format_duration(elapsed))
        self.pause_button.setText(
            tr("console.pause") if self._clock.running else tr("console.resume")
        )
        self.clock_label.setText(QTime.currentTime().toString("HH:mm"))
        pace = self._plan.pace(self._state.current, elapsed)
        colour = PACE_COLOURS[pace]
        self.pace.setText("" if pace is Pace.NONE else f"● {tr('console.pace.' + pace.value)}")
        self.pace.setStyleSheet(f"color: {colour};")
        self.elapsed.setStyleSheet(f"color: {colour if pace is not Pace.NONE else '#EEE'};")
        self._show_rehearsal()

    def _show_rehearsal(self) -> None:
        panel_id = self._briefing.panels[self._state.current].id
        if self._recorder is not None:
            seconds = self._recorder.timings().get(panel_id, 0.0)
            self.rehearsal_label.setText(tr("console.rehearsing", t=format_duration(seconds)))
        elif panel_id in self._rehearsed:
            rehearsed = format_duration(self._rehearsed[panel_id])
            self.rehearsal_label.setText(
                f"{tr('console.rehearsed', t=rehearsed)} {tr('console.pace_from_rehearsal')}"
            )
        else:
            self.rehearsal_label.setText("")

    def place_on(self, screen: QScreen) -> None:
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.availableGeometry())
        self.showMaximized()
        self.setGeometry(screen.availableGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        super().closeEvent(event)


def _caption(text: str) -> QLabel:
    """Return a small heading over a part of the console (当前, 下一页, 备注, 已用时间 …)."""
    label = QLabel(text)
    label.setStyleSheet("color: #C9A227; font-size: 16px; font-weight: bold;")
    return label
