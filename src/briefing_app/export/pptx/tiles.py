"""Grids of tiles: cards and big-number tiles, their columns, one text size, the grid centred."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Inches, Pt

from briefing_app.export.pptx.shapes import GAP, Box, panel_shape
from briefing_app.export.pptx.style import BODY_PT, CARD_PT
from briefing_app.export.pptx.text import (
    EMU_PER_PT,
    Para,
    Run,
    fit_size,
    measure,
    one_line_size,
    write_frame,
)
from briefing_app.model.balance import centred_top
from briefing_app.model.indicator import Indicator
from briefing_app.model.typescale import DECK_FLOOR_PT


@dataclass(frozen=True)
class Tile:
    """A tile of a grid: its shape name, paragraphs and whether it carries a gold top rule."""

    name: str
    paras: tuple[Para, ...]
    rule: bool = False
    #: Where its text stands in the tile; None: where the grid says.
    anchor: MSO_ANCHOR | None = None


def card_tile(title: str, text: str, name: str) -> Tile:
    """Return a card: a bold red title and body text under a gold rule; a card of a title
    alone holds it in its middle (as the live panel's tiles)."""
    scale = CARD_PT / BODY_PT  # drawn at the body's size: the title at a card label's
    align = PP_ALIGN.LEFT if text else PP_ALIGN.CENTER
    paras = [Para.of(title, bold=True, color="primary", scale=scale, align=align)]
    if text:
        paras.append(Para.of(text, color="text", space_before=0.35, align=PP_ALIGN.LEFT))
    return Tile(name, tuple(paras), rule=True, anchor=None if text else MSO_ANCHOR.MIDDLE)


def figure_tile(indicator: Indicator, label: str, caption: str) -> Tile:
    """Return a big-number tile: the figure and unit, its label and an optional caption.

    A figure given by its display label (千亿级) takes no unit: the label says the magnitude
    (as the live panel shows it).
    """
    figure = [Run(indicator.formatted(), bold=True, color="primary")]
    if not indicator.label and indicator.unit:
        figure.append(Run(indicator.unit, bold=True, color="primary", scale=0.4))
    paras = [
        Para(tuple(figure), align=PP_ALIGN.CENTER),
        Para.of(
            label, color="text", scale=0.36, bold=True, align=PP_ALIGN.CENTER, space_before=0.1
        ),
    ]
    if caption:
        paras.append(
            Para.of(caption, color="muted", scale=0.28, align=PP_ALIGN.CENTER, space_before=0.08)
        )
    return Tile(f"Figure: {indicator.id}", tuple(paras))


def tiles(
    slide: Slide,
    area: Box,
    items: Sequence[Tile],
    columns: int,
    max_pt: float,
    face: str,
    min_pt: float = DECK_FLOOR_PT,
    shrink: bool = True,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    fill_share: float = 0.0,
) -> list[Shape]:
    """Draw `items` as tiles in a grid and return every shape drawn (tiles and rules).

    One text size for all; shorter tiles when `shrink`, but together at least `fill_share`
    of the area's height (a few short cards fill about half the slide rather than leaving
    its lower half empty), the grid in the middle of the area."""
    inset = (GAP * 2 // 3, GAP * 2 // 3)
    cells = grid(area, len(items), columns)
    size = min(
        fit_size(t.paras, c[2], c[3], max_pt, min_pt, inset, exact=False).size
        for t, c in zip(items, cells, strict=True)
    )
    if shrink and cells:
        w, h = cells[0][2], cells[0][3]
        inner_w = (w - 2 * inset[0]) / EMU_PER_PT
        need = max(measure(t.paras, inner_w, size, False).height_pt for t in items) * EMU_PER_PT
        need = max(int(need * 1.3) + 2 * inset[1] + GAP // 2, int(Inches(1.2)))
        rows = len({c[1] for c in cells})
        need = max(need, int((area[3] * fill_share - (rows - 1) * GAP) / rows))
        if need < h:
            x, y, cx, cy = area
            height = rows * need + (rows - 1) * GAP
            cells = grid((x, int(centred_top(height, y, cy)), cx, height), len(items), columns)
    shapes = []
    for tile, cell in zip(items, cells, strict=True):
        shape = panel_shape(slide, cell, tile.name)
        shapes.append(shape)
        if tile.rule:
            x, y, cx, _ = cell
            rule = panel_shape(
                slide,
                (x + inset[0], y, min(int(Inches(1.0)), cx // 3), int(Pt(4))),
                f"{tile.name} rule",
                fill="accent",
                line=None,
                rounded=False,
            )
            shapes.append(rule)
        shape.text_frame.vertical_anchor = tile.anchor or anchor
        write_frame(shape.text_frame, tile.paras, cell[2:], size, face, min_pt, inset)
    return shapes


#: A layout with fewer rows is kept while its type is at least this share of the largest;
#: a single row (read as one set of figures, as the live panel shows it) a little longer.
FEWER_ROWS_SHARE = 0.85
ONE_ROW_SHARE = 0.8


def tile_columns(
    area: Box, items: Sequence[Tile], most: int, max_pt: float, min_pt: float
) -> tuple[int, float]:
    """Return (columns, largest size) for a grid of `items`: balanced rows, as few as read well.

    Each row count is tried with its rows as even as they go (5 tiles: one row, 3 + 2 or
    2 + 2 + 1; 7: 4 + 3); a tile's size is the largest at which it fits its cell with its
    figure and label lines unbroken. The layout with the fewest rows whose size is within
    `FEWER_ROWS_SHARE` (one row: `ONE_ROW_SHARE`) of the best wins.
    """
    n = len(items)
    if n == 0:
        return 1, max_pt
    inset = (GAP * 2 // 3, GAP * 2 // 3)
    options: dict[int, float] = {}  # columns -> size
    for tried in range(min(n, max(1, most)), 0, -1):
        rows = -(-n // tried)
        columns = -(-n // rows)
        if columns in options:
            continue
        cells = grid(area, n, columns)
        inner_w = (cells[0][2] - 2 * inset[0]) / EMU_PER_PT
        size = max_pt
        for tile, cell in zip(items, cells, strict=True):
            size = min(size, *(one_line_size(p, inner_w) for p in tile.paras[:2]))
            fit = fit_size(tile.paras, cell[2], cell[3], max_pt, min_pt, inset, exact=False)
            size = min(size, fit.size)
        options[columns] = max(min_pt, float(int(size)))
    best = max(options.values())
    columns = max(
        c
        for c, size in options.items()
        if size >= best * (ONE_ROW_SHARE if c == n else FEWER_ROWS_SHARE)
    )
    return columns, options[columns]


def grid(area: Box, count: int, columns: int, gap: int = GAP) -> list[Box]:
    """Return `count` boxes laid out in rows of `columns` filling `area`."""
    x, y, cx, cy = area
    rows = max(1, -(-count // columns))
    w = (cx - gap * (columns - 1)) // columns
    h = (cy - gap * (rows - 1)) // rows
    boxes = []
    for i in range(count):
        row, col = divmod(i, columns)
        in_row = min(columns, count - row * columns)
        offset = (cx - in_row * w - (in_row - 1) * gap) // 2  # centre a short last row
        boxes.append((x + offset + col * (w + gap), y + row * (h + gap), w, h))
    return boxes
