"""Key figures and cards: 1 to 12 in a balanced grid, nothing painted over, holes centred."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from panel_samples import INDICATORS
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import CardsPanel, Figure, KeyFiguresPanel
from briefing_app.model.text import Card
from briefing_app.ui.panels import PanelWidget
from briefing_app.ui.panels.cards import CardsPanelWidget
from briefing_app.ui.panels.grid import balanced_columns, cell_of
from briefing_app.ui.panels.key_figures import KeyFiguresPanelWidget

Make = Callable[..., PanelWidget]


def _rect(widget: QWidget, panel: QWidget) -> QRect:
    return QRect(widget.mapTo(panel, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize(
    ("count", "rows"),
    [(1, [1]), (5, [5]), (6, [3, 3]), (7, [4, 3]), (9, [5, 4]), (11, [4, 4, 3]), (12, [4] * 3)],
)
def test_balanced_rows(count: int, rows: list[int]) -> None:
    columns = balanced_columns(count)
    got: dict[int, int] = {}
    for i in range(count):
        row, _ = cell_of(i, count, columns)
        got[row] = got.get(row, 0) + 1
    assert list(got.values()) == rows


def _centred(rects: list[QRect], panel: QWidget) -> None:
    """Every row of cards stands centred on the panel's body, within one pixel or two."""
    rows: dict[int, list[QRect]] = {}
    for r in rects:
        rows.setdefault(r.top(), []).append(r)
    middles = [
        (min(r.left() for r in row) + max(r.right() for r in row)) / 2 for row in rows.values()
    ]
    assert max(middles) - min(middles) <= 2, middles


@pytest.mark.parametrize("count", range(1, 13))
def test_key_figures_never_paint_a_number_over_its_name(
    make_panel: Make, sample: Briefing, count: int
) -> None:
    figures = tuple(
        Figure(INDICATORS[i % len(INDICATORS)].id, caption="较上年增长" if i % 2 else "")
        for i in range(count)
    )
    panel = KeyFiguresPanel(
        id="kf", title="数字", notes="", lead="全区共实施项目393个。", figures=figures
    )
    widget = make_panel(panel, sample)
    assert isinstance(widget, KeyFiguresPanelWidget)
    footer = widget.footer.y() if widget.chrome else widget.height()
    cards = [_rect(card, widget) for card in widget.cards]
    for card, rect in zip(widget.cards, cards, strict=True):
        number, name = _rect(card.number, widget), _rect(card.name, widget)
        assert not number.intersects(name), (count, number, name)
        assert rect.contains(number) and rect.contains(name)
        assert number.height() >= card.number.minimumHeight()
        assert rect.bottom() < footer
    for a, b in itertools.pairwise(cards):
        assert not a.intersects(b)
    _centred(cards, widget)
    if count <= 2:  # one or two cards are not stretched across the slide
        assert max(r.width() for r in cards) < widget.width() / 2.5


@pytest.mark.parametrize("count", [5, 7, 8])
def test_cards_with_a_hole_are_centred(make_panel: Make, sample: Briefing, count: int) -> None:
    cards = tuple(Card(f"板块{i}", "坚持项目为王，统筹招商引资和项目推进。") for i in range(count))
    widget = make_panel(CardsPanel(id="c", title="板块", notes="", cards=cards), sample)
    assert isinstance(widget, CardsPanelWidget)
    _centred([_rect(card, widget) for card in widget.cards], widget)


@pytest.mark.parametrize(("count", "text"), [(3, ""), (2, "坚持项目为王。"), (5, "")])
def test_a_few_short_cards_fill_half_the_body(
    make_panel: Make, sample: Briefing, count: int, text: str
) -> None:
    cards = tuple(Card(f"板块{i}", text) for i in range(count))
    widget = make_panel(CardsPanel(id="c", title="板块", notes="", cards=cards), sample)
    assert isinstance(widget, CardsPanelWidget)
    rects = [_rect(card, widget) for card in widget.cards]
    top, bottom = min(r.top() for r in rects), max(r.bottom() for r in rects)
    footer = widget.footer.y() if widget.chrome else widget.height()
    assert bottom - top >= 0.3 * widget.height(), (top, bottom)
    assert footer - bottom >= 0.1 * widget.height()  # and stands clear of the footer
