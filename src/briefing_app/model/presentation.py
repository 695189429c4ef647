"""The presentation state shared by every window: which panel, blanked or not, showing or not."""

from __future__ import annotations

from enum import StrEnum

from briefing_app.model.events import Event


class Blank(StrEnum):
    NONE = "none"
    BLACK = "black"
    WHITE = "white"


class PresentationState:
    """Where the talk is. Windows drive it with the methods and follow it through `events_*`.

    Navigation while the screen is blanked first un-blanks it (as PowerPoint does), so a
    clicker press never skips a panel the room has not seen.
    """

    def __init__(self, count: int, current: int = 0, hidden: frozenset[int] = frozenset()) -> None:
        if count < 1:
            raise ValueError("a presentation needs at least one panel")
        self._count = count
        self._hidden = hidden  # positions of hidden panels: next/previous/first/last skip them
        self._current = min(max(current, 0), count - 1)
        self._blank = Blank.NONE
        self._showing = False
        self.current_changed: Event[int] = Event()
        self.blank_changed: Event[Blank] = Event()
        self.showing_changed: Event[bool] = Event()

    @property
    def count(self) -> int:
        return self._count

    @property
    def current(self) -> int:
        return self._current

    @property
    def blank(self) -> Blank:
        return self._blank

    @property
    def showing(self) -> bool:
        return self._showing

    @property
    def hidden(self) -> frozenset[int]:
        return self._hidden

    @property
    def is_first(self) -> bool:
        return self._step(self._current, -1) is None

    @property
    def is_last(self) -> bool:
        return self._step(self._current, 1) is None

    def following(self) -> int | None:
        """Return the position the next panel of the show is at (hidden ones skipped)."""
        return self._step(self._current, 1)

    def _step(self, start: int, direction: int) -> int | None:
        """Return the next shown position from `start` in `direction`; None past the end."""
        index = start + direction
        while 0 <= index < self._count:
            if index not in self._hidden:
                return index
            index += direction
        return None

    def go_to(self, index: int) -> None:
        """Show the panel at `index` (clamped to the briefing); un-blank the screen."""
        self.set_blank(Blank.NONE)
        index = min(max(index, 0), self._count - 1)
        if index != self._current:
            self._current = index
            self.current_changed.emit(index)

    def next(self) -> None:
        if self._blank is not Blank.NONE:
            self.set_blank(Blank.NONE)
            return
        step = self._step(self._current, 1)
        self.go_to(self._current if step is None else step)

    def previous(self) -> None:
        if self._blank is not Blank.NONE:
            self.set_blank(Blank.NONE)
            return
        step = self._step(self._current, -1)
        self.go_to(self._current if step is None else step)

    def first(self) -> None:
        step = self._step(-1, 1)
        self.go_to(0 if step is None else step)

    def last(self) -> None:
        step = self._step(self._count, -1)
        self.go_to(self._count - 1 if step is None else step)

    def set_hidden(self, hidden: frozenset[int]) -> None:
        """Skip the panels at these positions from now on (an edit hid or showed one)."""
        self._hidden = hidden

    def set_blank(self, blank: Blank) -> None:
        if blank is not self._blank:
            self._blank = blank
            self.blank_changed.emit(blank)

    def toggle_blank(self, blank: Blank) -> None:
        """Blank to `blank`, or back to the panel when already so."""
        self.set_blank(Blank.NONE if self._blank is blank else blank)

    def set_showing(self, showing: bool) -> None:
        if showing is not self._showing:
            self._showing = showing
            if not showing:
                self.set_blank(Blank.NONE)
            self.showing_changed.emit(showing)

    def set_count(self, count: int) -> None:
        """Adapt to a reloaded briefing with `count` panels, keeping the place if it exists."""
        if count < 1:
            raise ValueError("a presentation needs at least one panel")
        self._count = count
        if self._current >= count:
            self._current = count - 1
            self.current_changed.emit(self._current)
