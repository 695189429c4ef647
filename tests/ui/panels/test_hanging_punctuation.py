"""Titles that open with a full-width quote are not visibly indented: the quote hangs."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from briefing_app.model.typescale import Role
from briefing_app.ui.panels.parts import Text


def ink_left(qtbot: QtBot, text: str, scale: float) -> int:
    """Return the first column with dark ink of a title `text` drawn at `scale`."""
    label = Text(text, Role.TITLE, "#000000")
    qtbot.addWidget(label)
    label.setStyleSheet("background: white")
    label.resize(round(1600 * scale), round(200 * scale))
    label.rescale(scale, 1.0)
    image = label.grab().toImage()
    for x in range(image.width()):
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(image.height())):
            return x
    raise AssertionError(f"nothing drawn for {text}")


@pytest.mark.parametrize("scale", [0.5, 1.0])
@pytest.mark.parametrize("opener", ["“", "《", "（"])
def test_an_opening_quote_starts_where_other_titles_start(
    qtbot: QtBot, opener: str, scale: float
) -> None:
    plain = ink_left(qtbot, "四大工程", scale)
    quoted = ink_left(qtbot, f"{opener}四大工程”", scale)
    assert abs(quoted - plain) <= max(2, round(4 * scale)), (quoted, plain)


def test_centred_text_is_left_alone(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    label = Text("“四大工程”", Role.TITLE, "#000000", align=Qt.AlignmentFlag.AlignHCenter)
    qtbot.addWidget(label)
    assert label.contentsMargins().left() == 0
