"""A word joiner never makes a wrapped line run past its label: a split word beats a cut line."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from PySide6.QtWidgets import QApplication

from briefing_app.model.linebreak import WORD_JOINER, protect, unprotect
from briefing_app.ui.panels.loosen import loosen, overflowing
from briefing_app.ui.panels.typeset import panel_font

#: The sample briefing's card that a 4:3 card of 239 px could no longer hold: Qt keeps a
#: quotation mark with both neighbours, so 以“万人助万企”“三个一批”为 (15 em) cannot break.
QUOTED = "坚持以“万人助万企”“三个一批”为引领，牢固树立“项目为王”理念，统筹招商引资和项目推进。"


@pytest.fixture(autouse=True)
def app(qapp: QApplication) -> QApplication:
    return qapp


@pytest.mark.parametrize(("px", "width"), [(20, 239), (28, 335)])
def test_no_line_overflows_after_loosening(px: int, width: int) -> None:
    font = panel_font(px)
    protected = protect(QUOTED)
    assert overflowing(protected, font, width)  # the joined text runs past the edge
    shown = loosen(protected, font, width)
    assert overflowing(shown, font, width) == []
    assert unprotect(shown) == QUOTED
    # only the overflowing run is freed: the rest keeps its joiners (项目为王 stays whole)
    assert "“\u2060项\u2060目\u2060为\u2060王\u2060”" in shown
    assert WORD_JOINER in shown


def test_a_text_that_fits_is_left_alone() -> None:
    font = panel_font(20)
    protected = protect(QUOTED)
    assert loosen(protected, font, 2000) == protected
    assert loosen("", font, 100) == ""
