"""Grids of cards: balanced rows, and a short last row centred under the full ones."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QWidget


def balanced_columns(count: int, most: int = 5) -> int:
    """Return the columns of a grid of `count` cards: as few rows as `most` per row allows,
    the rows as even as they go (7: 4 + 3, 9: 5 + 4, 11: 4 + 4 + 3, 12: 4 x 3)."""
    if count <= 0:
        return 1
    rows = -(-count // most)
    return -(-count // rows)


def most_per_row(most: int, row_width: int, min_width: int, gap: int) -> int:
    """Return how many cards at least `min_width` wide fit a row `row_width` wide with `gap`
    between them: the designed `most` where they fit (16:9), fewer on a narrower canvas
    (4:3: five key figures become rows of four), never fewer than one."""
    return max(1, min(most, (row_width + gap) // (min_width + gap)))


def cell_of(index: int, count: int, columns: int) -> tuple[int, int]:
    """Return (row, first half-column) of card `index`: each card spans two half-columns,
    so a short last row shifts by one half-column per missing card and stands centred."""
    row, col = divmod(index, columns)
    in_row = min(columns, count - row * columns)
    return row, 2 * col + (columns - in_row)


def place_centred(grid: QGridLayout, widgets: Sequence[QWidget], columns: int) -> None:
    """Add `widgets` to `grid` in rows of `columns`, equal widths, a short last row centred."""
    for i, widget in enumerate(widgets):
        row, column = cell_of(i, len(widgets), columns)
        grid.addWidget(widget, row, column, 1, 2)
    for column in range(2 * columns):
        grid.setColumnStretch(column, 1)
