"""On the 4:3 canvas every panel of every briefing lays out by the 16:9 rules: at 1440x1080 and
on a 1024x768 projector nothing is clipped, overlapped or squeezed, and no text goes under its
floor, which on a 1024x768 projector is now ~20 px of body text instead of 13-16."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from test_panel_fit import _problems
from test_type_scale import BRIEFINGS, CASES

from briefing_app.model.briefing import Briefing
from briefing_app.model.canvas import STANDARD, WIDE, Canvas
from briefing_app.model.panels import KeyFiguresPanel, PanelBase
from briefing_app.model.typescale import FLOOR_PX, Role, sizes_px
from briefing_app.ui.panels import PanelWidget, create_panel_widget
from briefing_app.ui.panels.fitting import MIN_FIT, clipped_labels, squeezed_boxes
from briefing_app.ui.panels.parts import Text
from briefing_app.ui.theme import LIGHT

Make = Callable[..., PanelWidget]

#: 4:3 at its designed size and on the old projectors' 1024x768.
SIZES = {"1440x1080": (1440, 1080), "1024x768": (1024, 768)}


@pytest.fixture
def make_on(qtbot: QtBot) -> Make:
    """Return a factory: (panel, briefing, canvas, size) -> the widget as the stage sizes it."""
    try:
        from briefing_app.ui.fonts import register_fonts

        register_fonts()
    except ImportError:  # the system's Noto Sans CJK SC is the fallback
        pass

    def make(
        panel: PanelBase, briefing: Briefing, canvas: Canvas, size: tuple[int, int]
    ) -> PanelWidget:
        widget = create_panel_widget(panel, briefing, LIGHT, canvas=canvas)
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.apply_scale(size[0] / canvas.width)
        widget.finish()
        return widget

    return make


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
@pytest.mark.parametrize(("name", "index"), CASES, ids=[f"{n}-{i + 1}" for n, i in CASES])
def test_every_panel_fits_the_4x3_canvas(make_on: Make, name: str, index: int, size: str) -> None:
    briefing = BRIEFINGS[name]
    w, h = SIZES[size]
    widget = make_on(briefing.panels[index], briefing, STANDARD, (w, h))
    assert widget.rect().width() * 3 == widget.rect().height() * 4
    assert _problems(widget) == []
    assert clipped_labels(widget) == []
    assert [type(x).__name__ for x in squeezed_boxes(widget)] == []
    assert widget.fit >= MIN_FIT
    scale = w / STANDARD.width
    for text in widget.findChildren(Text):
        if not text.isVisibleTo(widget) or not text.text():
            continue
        canvas_px = text.canvas_px(widget.fit)
        assert canvas_px in sizes_px(text.role) and canvas_px >= FLOOR_PX[text.role]
        # the physical size: the floor at this screen's scale, less the rounding
        assert text.font().pixelSize() >= FLOOR_PX[text.role] * scale - 1, text.plain_text()


def test_body_text_on_a_1024x768_projector_is_20px_not_15(make_on: Make) -> None:
    """The same panel letterboxed 16:9 on 1024x768 sets its body text at 15-17 px; on the
    4:3 canvas it is at least 28 x 768/1080 = 19.9 px."""
    briefing = BRIEFINGS["etdz-2023"]
    panel = next(p for p in briefing.panels if p.kind.value == "bullets")
    wide = make_on(panel, briefing, WIDE, (1024, 576))
    four = make_on(panel, briefing, STANDARD, (1024, 768))
    body = [t for t in four.findChildren(Text) if t.role is Role.BODY and t.isVisibleTo(four)]
    assert body
    assert min(t.font().pixelSize() for t in body) >= 20
    old = [t for t in wide.findChildren(Text) if t.role is Role.BODY and t.isVisibleTo(wide)]
    assert max(t.font().pixelSize() for t in old) < 20


def test_grids_get_fewer_columns_on_the_narrower_canvas(make_on: Make) -> None:
    """Five key figures stand in one row on 16:9 and in rows of at most four on 4:3."""
    briefing = next(
        b
        for b in BRIEFINGS.values()
        if any(isinstance(p, KeyFiguresPanel) and len(p.figures) == 5 for p in b.panels)
    )
    panel = next(
        p for p in briefing.panels if isinstance(p, KeyFiguresPanel) and len(p.figures) == 5
    )

    def rows(widget: PanelWidget) -> int:
        return len({card.y() for card in widget.cards})  # type: ignore[attr-defined]

    assert rows(make_on(panel, briefing, WIDE, (1920, 1080))) == 1
    assert rows(make_on(panel, briefing, STANDARD, (1440, 1080))) == 2


def test_the_grid_module_decides_the_columns_by_the_card_width() -> None:
    """The row is the canvas less its side margins (96 px on 16:9, 72 on 4:3)."""
    from briefing_app.ui.panels.cards import CARD_MIN
    from briefing_app.ui.panels.grid import most_per_row
    from briefing_app.ui.panels.key_figures import FIGURE_MIN

    wide, narrow = 1920 - 2 * 96, 1440 - 2 * 72
    assert most_per_row(5, wide, FIGURE_MIN, 32) == 5
    assert most_per_row(5, narrow, FIGURE_MIN, 32) == 4
    # cards: a third row costs more height than narrower columns do, so three stay
    assert most_per_row(3, wide, CARD_MIN, 32) == most_per_row(3, narrow, CARD_MIN, 32) == 3
    assert most_per_row(4, 100, 220, 24) == 1  # never none
