"""The deck's side of the donut label rule (`model.donut_labels`): its labels, measured."""

from __future__ import annotations

from briefing_app.export.pptx.chart_xml import ring_square
from briefing_app.export.pptx.measure import text_em
from briefing_app.export.pptx.style import CHART_PT
from briefing_app.export.pptx.text import EMU_PER_PT, LINE_HEIGHT
from briefing_app.model.chart import ChartSpec
from briefing_app.model.chart_whole import donut_whole, series_unit, series_values, with_unit
from briefing_app.model.donut_labels import Placement, Rect, labels_fit
from briefing_app.model.numbers import format_value

Box = tuple[int, int, int, int]

#: A data label's frame around its text on each side, in points (PowerPoint's and
#: LibreOffice's labels keep a little room around the number).
LABEL_PAD_PT = 3.0


def donut_label_texts(spec: ChartSpec) -> list[str]:
    """Return each slice's value label as the deck shows it (number and unit)."""
    series = spec.series[0]
    unit = series_unit(spec)
    values = series_values(spec)
    return [with_unit(format_value(v, series.point_format(i)), unit) for i, v in enumerate(values)]


def deck_labels_fit(spec: ChartSpec, box: Box, hole: int) -> bool:
    """Return whether a doughnut in `box` (with its legend below) keeps its value labels on
    its slices: PowerPoint and LibreOffice centre each label halfway across the ring's band,
    in white, so each must stay within the band and clear of the others."""
    _, _, side = ring_square(box, bool(spec.title), legend=True)
    outer_pt = side / 2 / EMU_PER_PT
    if outer_pt <= 0:
        return False
    sizes = [
        (
            (text_em(text) * CHART_PT + 2 * LABEL_PAD_PT) / outer_pt,
            (CHART_PT * LINE_HEIGHT + 2 * LABEL_PAD_PT) / outer_pt,
        )
        for text in donut_label_texts(spec)
    ]
    inner = hole / 100
    return labels_fit(
        series_values(spec),
        donut_whole(spec) or 1.0,
        sizes,
        (1 + inner) / 2,
        Placement.ON_SLICE,
        view=Rect(-1.0, -1.0, 1.0, 1.0),
        inner=inner,
    )
