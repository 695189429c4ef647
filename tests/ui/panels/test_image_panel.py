"""The image panel and the logo: drawn whole at their proportions, inside the panel."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect

from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import ImagePanel
from briefing_app.ui.panels import PanelWidget
from briefing_app.ui.panels.cover import CoverPanelWidget
from briefing_app.ui.panels.image import ImagePanelWidget, Picture

Make = Callable[..., PanelWidget]


def _rect(widget: PanelWidget, child: object) -> QRect:
    assert hasattr(child, "mapTo")
    return QRect(child.mapTo(widget, child.rect().topLeft()), child.size())  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1024, 768)])
def test_the_picture_fills_the_body_at_its_proportions(
    make_panel: Make, sample: Briefing, size: tuple[int, int]
) -> None:
    panel = next(p for p in sample.panels if isinstance(p, ImagePanel))
    widget = make_panel(panel, sample, size)
    assert isinstance(widget, ImagePanelWidget)
    picture = widget.picture
    assert not picture.pixmap.isNull()
    drawn = picture.drawn_rect()
    assert abs(drawn.width() / drawn.height() - 1600 / 900) < 0.01
    box = _rect(widget, picture)
    assert (
        drawn.width() >= box.width() - 1 or drawn.height() >= box.height() - 1
    )  # as large as fits
    assert box.height() > 0.45 * widget.height()
    caption = _rect(widget, widget.caption)
    assert caption.top() >= box.bottom() and caption.bottom() < widget.footer.y()


def test_the_logo_on_the_cover_and_in_every_footer(make_panel: Make, sample: Briefing) -> None:
    cover = make_panel(sample.panels[0], sample)
    assert isinstance(cover, CoverPanelWidget) and cover.logo is not None
    logo = _rect(cover, cover.logo)
    assert logo.height() > 60 and abs(logo.width() - logo.height()) <= 1  # a square logo
    assert not logo.intersects(_rect(cover, cover.organisation))
    other = make_panel(sample.panels[1], sample)
    pictures = other.footer.findChildren(Picture)
    assert len(pictures) == 1
    assert other.rect().contains(_rect(other, pictures[0]))
