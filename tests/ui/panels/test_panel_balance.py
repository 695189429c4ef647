"""Every panel of every briefing balances short content as the deck does: what stands under
the header is centred in the content area, or fills it, never leaving its lower half empty
(task 3 of the built-in briefing once left half its body empty under three items)."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable

import pytest
from balance_probe import Extent, content_extent
from pytestqt.qtbot import QtBot
from test_type_scale import BRIEFINGS, CASES

from briefing_app.model.balance import FILL_SHARE
from briefing_app.model.canvas import STANDARD, WIDE, Canvas
from briefing_app.ui.panels import PanelWidget, create_panel_widget
from briefing_app.ui.panels.parts import BulletList
from briefing_app.ui.theme import LIGHT

CANVASES = {"1920x1080": WIDE, "1440x1080": STANDARD}

#: Content taking this share of the area fills it; the rest must stand in its middle.
FILLS = 0.9
#: How far the content may stand off the middle, as a share of the area (a pixel or two of
#: rounding, not a designed offset).
OFF_CENTRE = 0.03

Make = Callable[[str, int, Canvas], PanelWidget]


@pytest.fixture
def make(qtbot: QtBot) -> Make:
    try:
        from briefing_app.ui.fonts import register_fonts

        register_fonts()
    except ImportError:  # the system's Noto Sans CJK SC is the fallback
        pass

    def build(name: str, index: int, canvas: Canvas) -> PanelWidget:
        briefing = BRIEFINGS[name]
        widget = create_panel_widget(briefing.panels[index], briefing, LIGHT, canvas=canvas)
        qtbot.addWidget(widget)
        widget.resize(canvas.width, canvas.height)
        widget.apply_scale(1.0)
        widget.finish()
        return widget

    return build


def balanced(extent: Extent) -> bool:
    """Return whether the content fills its area or stands in its middle."""
    if extent.above + extent.below <= (1 - FILLS) * extent.room:
        return True
    return abs(extent.above - extent.below) <= OFF_CENTRE * extent.room


@pytest.mark.parametrize("canvas", CANVASES, ids=list(CANVASES))
@pytest.mark.parametrize(("name", "index"), CASES, ids=[f"{n}-{i + 1}" for n, i in CASES])
def test_short_content_stands_in_the_middle(make: Make, name: str, index: int, canvas: str) -> None:
    widget = make(name, index, CANVASES[canvas])
    extent = content_extent(widget)
    if extent is None:  # cover and closing lay out their own ground
        assert not widget.chrome
        return
    assert extent.room > 0
    assert balanced(extent), extent


def test_a_short_list_spreads_before_it_is_centred(make: Make) -> None:
    """Task 3's three items move apart (as the deck's paragraphs do), no further than the
    block's share of the body."""
    briefing = BRIEFINGS["etdz-2023"]
    index = next(i for i, p in enumerate(briefing.panels) if p.id == "task_3")
    widget = make("etdz-2023", index, WIDE)
    items = widget.findChild(BulletList)
    assert items is not None and items.extra > 0
    assert items.extra <= round(0.9 * items.em())
    extent = content_extent(widget)
    assert extent is not None
    assert extent.room - extent.above - extent.below <= FILL_SHARE * extent.room + 2


def test_the_balance_check_sees_an_empty_lower_half() -> None:
    assert not balanced(Extent(100, 700, 100, 400))
    assert balanced(Extent(100, 700, 250, 550))
    assert balanced(Extent(100, 700, 110, 690))


@pytest.mark.parametrize("canvas", CANVASES, ids=list(CANVASES))
def test_a_task_grid_with_a_hole_is_centred(make: Make, canvas: str) -> None:
    """Task 1's five figure cards in rows of three: the two of the last row stand centred
    under the first row, not under its left two."""
    briefing = BRIEFINGS["etdz-2023"]
    index = next(i for i, p in enumerate(briefing.panels) if p.id == "task_1")
    widget = make("etdz-2023", index, CANVASES[canvas])
    cards = widget.cards  # type: ignore[attr-defined]
    rows: dict[int, list[tuple[int, int]]] = {}
    for card in cards:
        top_left = card.mapTo(widget, card.rect().topLeft())
        rows.setdefault(top_left.y(), []).append((top_left.x(), top_left.x() + card.width()))
    assert len(rows) >= 2
    spans = [(min(a for a, _ in row), max(b for _, b in row)) for _, row in sorted(rows.items())]
    full, last = spans[0], spans[-1]
    assert len(rows[max(rows)]) < len(rows[min(rows)])  # a row with a hole
    assert abs((full[0] + full[1]) / 2 - (last[0] + last[1]) / 2) <= 2
