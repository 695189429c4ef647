"""The panel canvases and the one a screen gets."""

from __future__ import annotations

import pytest

from briefing_app.model.canvas import STANDARD, WIDE, canvas_for_screen, canvas_of


@pytest.mark.parametrize(
    ("size", "aspect"),
    [
        ((1024, 768), "4:3"),
        ((1400, 1050), "4:3"),
        ((1280, 1024), "4:3"),
        ((800, 600), "4:3"),
        ((1366, 768), "16:9"),
        ((1920, 1080), "16:9"),
        ((1920, 1200), "16:9"),
        ((3840, 2160), "16:9"),
        ((0, 0), "16:9"),
    ],
)
def test_a_screen_gets_the_canvas_nearest_its_shape(size: tuple[int, int], aspect: str) -> None:
    assert canvas_for_screen(*size).aspect == aspect


def test_both_canvases_are_1080_high_so_the_type_scale_holds() -> None:
    assert (WIDE.width, WIDE.height) == (1920, 1080)
    assert (STANDARD.width, STANDARD.height) == (1440, 1080)
    assert STANDARD.scale_for(1024, 768) == pytest.approx(768 / 1080)
    assert WIDE.scale_for(1024, 768) == pytest.approx(1024 / 1920)


def test_an_unknown_aspect_is_refused_in_one_line() -> None:
    assert canvas_of("4:3") is STANDARD
    with pytest.raises(ValueError, match="unknown aspect '5:4': use 16:9 or 4:3"):
        canvas_of("5:4")
