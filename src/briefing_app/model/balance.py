"""How content shorter than its room is balanced in it: paragraphs spread, then the block centred.

A panel's or slide's content area is what is left under its title (and lead). Text and
tiles never grow past their role's size (`model.typescale`) to fill it; instead, a few
paragraphs move apart, up to `SPREAD_EM` more between each two, until the block takes
`FILL_SHARE` of the room, and the block then stands in the middle of the room rather than
leaving its lower half empty. Live panels and the deck apply the same numbers.
"""

from __future__ import annotations

#: The most room added between two paragraphs, in em of the text's size.
SPREAD_EM = 0.9
#: Paragraphs spread until their block takes this share of its room (no further).
FILL_SHARE = 0.72


def spread_gap(content: float, room: float, gaps: int, em: float) -> float:
    """Return the room to add between each two of `gaps + 1` paragraphs.

    `content` is the block's height as set, `room` the height it may take, `em` the text's
    size, all in one unit; 0 when the block already takes its share or has one paragraph.
    """
    if gaps <= 0 or room <= 0 or em <= 0:
        return 0.0
    want = (room * FILL_SHARE - content) / gaps
    return max(0.0, min(SPREAD_EM * em, want))


def centred_top(block: float, room_top: float, room: float) -> float:
    """Return where a block `block` high starts to stand in the middle of a room starting at
    `room_top` and `room` high; a block taller than the room starts at its top."""
    return room_top + max(0.0, (room - block) / 2)
