"""Pictures on slides: a PNG or JPEG placed whole in a box at its own proportions."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.shapes.picture import Picture
from pptx.slide import Slide
from pptx.util import Emu, Inches

from briefing_app.export.pptx.shapes import Box


def fitted_box(size: tuple[int, int], box: Box, align: str = "centre") -> Box:
    """Return the largest box of the picture's proportions inside `box`, centred or to a side."""
    x, y, cx, cy = box
    w, h = size
    if w <= 0 or h <= 0 or cx <= 0 or cy <= 0:
        return x, y, 0, 0
    ratio = min(cx / w, cy / h)
    dw, dh = int(w * ratio), int(h * ratio)
    left = {"left": x, "right": x + cx - dw}.get(align, x + (cx - dw) // 2)
    return left, y + (cy - dh) // 2, dw, dh


def add_fitted_picture(
    slide: Slide, data: bytes, box: Box, name: str, align: str = "centre"
) -> Picture | None:
    """Add the picture `data` as large as fits `box`; None when the bytes are no image
    (the loader refuses such files, so only a briefing built in code gets here)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            size = image.size
    except (UnidentifiedImageError, OSError):
        return None
    x, y, cx, cy = fitted_box(size, box, align)
    if not cx or not cy:
        return None
    picture = slide.shapes.add_picture(io.BytesIO(data), Emu(x), Emu(y), Emu(cx), Emu(cy))
    picture.name = name
    return picture


def add_footer_logo(slide: Slide, data: bytes, width: int, height: int) -> None:
    """Add the logo at the foot of a slide, right-aligned just before its slide number."""
    number = next(
        (
            ph
            for ph in slide.placeholders
            if ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER
        ),
        None,
    )
    if number is not None:
        right, top, h = int(number.left), int(number.top), int(number.height)
    else:
        right, h = width - int(Inches(0.6)), int(Inches(0.38))
        top = height - h - int(Inches(0.15))
    box = (right - int(Inches(1.6)), top + h // 8, int(Inches(1.5)), h * 3 // 4)
    add_fitted_picture(slide, data, box, "Footer logo", align="right")
