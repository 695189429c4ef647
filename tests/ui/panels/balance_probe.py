"""Where a laid-out panel's content stands in its content area (for the balance tests)."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.fitting import inked_rect


@dataclass(frozen=True)
class Extent:
    """The content area's top and bottom and the content's, in panel px."""

    room_top: int
    room_bottom: int
    top: int
    bottom: int

    @property
    def room(self) -> int:
        return self.room_bottom - self.room_top

    @property
    def above(self) -> int:
        return self.top - self.room_top

    @property
    def below(self) -> int:
        return self.room_bottom - self.bottom


def content_extent(panel: PanelWidget) -> Extent | None:
    """Return the vertical extent of `panel`'s visible content below its header, or None
    when it has none (a chromeless panel)."""
    if not panel.chrome:
        return None
    room = panel.body.geometry()
    union = inked_rect(panel, (panel.header, panel.footer))
    if union.isNull():
        return None
    return Extent(room.top(), room.bottom() + 1, union.top(), union.bottom() + 1)
