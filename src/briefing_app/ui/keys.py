"""The keys, the same in every window, including what clickers send."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


class Action(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    OVERVIEW = "overview"
    BLACK = "black"
    WHITE = "white"
    SHOW_FROM_START = "show_from_start"
    SHOW_FROM_CURRENT = "show_from_current"
    END_SHOW = "end_show"
    SWAP_SCREENS = "swap_screens"
    PRESENTER_VIEW = "presenter_view"  # Alt+F5: the console, even with one screen
    LASER = "laser"  # Ctrl+L
    ZOOM = "zoom"  # Z: drag a region to zoom into; Z or Esc leaves


#: Every key by its Qt name (Qt.Key.Key_<name>) and what it does, in every window.
KEY_ACTIONS: dict[str, Action] = {
    "Right": Action.NEXT,
    "Down": Action.NEXT,
    "Space": Action.NEXT,
    "PageDown": Action.NEXT,
    "N": Action.NEXT,
    "Left": Action.PREVIOUS,
    "Up": Action.PREVIOUS,
    "PageUp": Action.PREVIOUS,
    "Backspace": Action.PREVIOUS,
    "P": Action.PREVIOUS,
    "Home": Action.FIRST,
    "End": Action.LAST,
    "G": Action.OVERVIEW,
    "Tab": Action.OVERVIEW,
    "B": Action.BLACK,
    "Period": Action.BLACK,
    "W": Action.WHITE,
    "Comma": Action.WHITE,
    "Escape": Action.END_SHOW,
    "S": Action.SWAP_SCREENS,
    "Z": Action.ZOOM,
}


_KEYMAP: dict[int, Action] = {
    getattr(Qt.Key, f"Key_{name}"): action for name, action in KEY_ACTIONS.items()
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}


class KeyTarget(Protocol):
    """What the keys drive: the app's controller."""

    def trigger(self, action: Action, window: QWidget | None) -> None: ...

    def jump_to_number(self, number: int) -> None: ...


def action_for(key: int, modifiers: Qt.KeyboardModifier) -> Action | None:
    """Return the action of a key press, or None when the key means nothing here."""
    if key == Qt.Key.Key_F5 and modifiers & Qt.KeyboardModifier.AltModifier:
        return Action.PRESENTER_VIEW
    if key == Qt.Key.Key_L and modifiers & Qt.KeyboardModifier.ControlModifier:
        return Action.LASER
    if key == Qt.Key.Key_F5:
        return (
            Action.SHOW_FROM_CURRENT
            if modifiers & Qt.KeyboardModifier.ShiftModifier
            else Action.SHOW_FROM_START
        )
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return None
    if key == Qt.Key.Key_Backtab:
        return Action.OVERVIEW
    return _KEYMAP.get(key)


class KeyRouter(QObject):
    """An application event filter turning key presses in our windows into actions.

    Typed digits collect into a panel number that Enter jumps to; Enter alone is `next`.
    Text fields keep their keys (the overview's filter, for one). `sig_number_typed` carries
    the digits typed so far ("" once jumped or dropped) for the console and main window.
    """

    sig_number_typed = Signal(str)

    def __init__(self, target: KeyTarget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._digits = ""
        self._windows: list[QWidget] = []

    def watch(self, window: QWidget) -> None:
        """Route the keys of `window` (and its children)."""
        if window not in self._windows:
            self._windows.append(window)
            window.destroyed.connect(lambda *_: self._forget(window))

    def _forget(self, window: QWidget) -> None:
        if window in self._windows:
            self._windows.remove(window)

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def pending_number(self) -> str:
        return self._digits

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if window not in self._windows or _is_text_input(watched) or _owns_keys(watched):
            return False
        assert isinstance(event, QKeyEvent)
        return self.handle(event, window)

    def handle(self, event: QKeyEvent, window: QWidget | None) -> bool:
        """Act on one key press; return True when it was ours."""
        key = event.key()
        if key in _DIGITS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._set_digits(self._digits + str(_DIGITS[key]))
            return True
        if key == Qt.Key.Key_Backspace and self._digits:
            self._set_digits(self._digits[:-1])
            return True
        if key in _ENTER:
            if self._digits:
                number = int(self._digits)
                self._set_digits("")
                self._target.jump_to_number(number)
            else:
                self._target.trigger(Action.NEXT, window)
            return True
        action = action_for(key, event.modifiers())
        if key not in _MODIFIER_KEYS:
            self._set_digits("")
        if action is None:
            return False
        self._target.trigger(action, window)
        return True

    def _set_digits(self, digits: str) -> None:
        if digits != self._digits:
            self._digits = digits
            self.sig_number_typed.emit(digits)


_MODIFIER_KEYS = (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta)
OWNS_KEYS = "briefingOwnsKeys"


def _owns_keys(widget: QWidget | None) -> bool:
    """Return whether `widget` or an ancestor handles its own keys (e.g. the overview)."""
    while widget is not None:
        if widget.property(OWNS_KEYS):
            return True
        widget = widget.parentWidget()
    return False


def _is_text_input(widget: QWidget) -> bool:
    # Imported here, after the first paint: the text widgets' types cost ~10 ms to create.
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox) and not (
        isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly()
    )
