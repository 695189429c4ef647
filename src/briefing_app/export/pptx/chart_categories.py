"""A chart's category names in the deck, broken into lines by the model's rule for their room.

PowerPoint and LibreOffice wrap a category label that is wider than its slot by themselves,
between any two characters (规上工业增加 / 值). The writer breaks each name first, with the
line rule of `model.linebreak` measured by the deck's estimate (`measure`), at the room the
label has: a column chart's slot (the plot's width over its categories), a bar chart's label
column at the left. A name that fits stays on one line; lines are written with "\\n", which
both renderers show as a line break on the axis, in the legend and in Edit Data's cell.
"""

from __future__ import annotations

from briefing_app.export.pptx.measure import pieces_of
from briefing_app.export.pptx.style import CHART_PT
from briefing_app.model.chart import ChartKind, ChartSpec
from briefing_app.model.linebreak import break_points

EMU_PER_PT = 12700

#: Chart kinds whose categories stand under columns, each in a slot of the plot's width.
COLUMN_KINDS = frozenset({ChartKind.BAR, ChartKind.GROUPED_BAR, ChartKind.LINE_TARGET})
#: Chart kinds whose categories stand left of horizontal bars.
ROW_KINDS = frozenset({ChartKind.SCALE_BARS, ChartKind.RANK_MARKER})

#: The share of a column chart's frame its plot takes (the value axis' numbers and the
#: margins take the rest), and the share of a slot a label may fill: less than the
#: renderers give it, so that neither wraps a line the writer chose.
PLOT_SHARE = 0.82
SLOT_SHARE = 0.86
#: The share of a bar chart's frame its category labels may take at the left.
ROW_LABEL_SHARE = 0.28


def category_room_em(spec: ChartSpec, width_emu: int, pt: float = CHART_PT) -> float | None:
    """Return the width in em (of `pt`) a category label of `spec` has in a chart frame
    `width_emu` wide; None when its labels are not on an axis (a doughnut's, a ring's)."""
    em = pt * EMU_PER_PT
    if spec.kind in COLUMN_KINDS:
        slots = max(1, len(spec.categories))
        # a line chart with reference lines keeps room at the right for their labels
        return width_emu * PLOT_SHARE / slots * SLOT_SHARE / em
    if spec.kind in ROW_KINDS:
        return width_emu * ROW_LABEL_SHARE / em
    return None


def category_lines(name: str, room_em: float) -> list[str]:
    """Return `name` in the fewest lines of at most `room_em` em, broken by the model's rule
    (a number with its unit, a quoted term and punctuation kept together, no lone last
    character)."""
    text, running = pieces_of(name, None)
    if running[-1] <= room_em:
        return [name]
    spans = break_points(text, lambda a, b: running[b] - running[a], room_em)
    return [text[a:b] for a, b in spans]


def category_names(spec: ChartSpec, width_emu: int) -> list[str]:
    """Return the category names as the deck writes them: each broken into its lines."""
    room = category_room_em(spec, width_emu)
    if room is None:
        return list(spec.categories)
    return ["\n".join(category_lines(name, room)) for name in spec.categories]
