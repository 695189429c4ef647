"""PROGRESS_RING: series[0].values[0] as a part of `total`, a ring filled to part/total."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem

from briefing_app.model.chart import ChartKind
from briefing_app.model.chart_whole import ring_captions, ring_of
from briefing_app.model.colors import TRACK
from briefing_app.model.explain import hover_line
from briefing_app.model.numbers import share_percent
from briefing_app.ui.charts import style
from briefing_app.ui.charts.base import ChartRenderer, Mark
from briefing_app.ui.charts.items import ArcItem
from briefing_app.ui.charts.text import (
    series_unit,
    source_of_total,
    value_label,
)

OUTER = 1.0
INNER = 0.74


class ProgressRingRenderer(ChartRenderer):
    """A full track ring and a fill arc; the centre counts up the percentage."""

    kind = ChartKind.PROGRESS_RING

    def build(self) -> None:
        spec, series = self.spec, self.spec.series[0]
        self.plot.getViewBox().setAspectLocked(True)
        self.ring = ring_of(spec)
        self.part, self.whole = self.ring.part, self.ring.whole
        self.unit = series_unit(spec, 0)
        self.track = ArcItem(INNER, OUTER, style.shade_colour(self.theme, TRACK))
        self.track.set_arc(0.0, 360.0)
        self.track.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # never changes
        self.plot.addItem(self.track, ignoreBounds=True)
        whole_text = value_label(self.whole, spec.total_format(), self.unit)
        self.total_name = self.ring.whole_name
        source = source_of_total(spec, self.briefing)
        self.marks.append(
            Mark(
                0,
                -1,
                hover_line(self.total_name, whole_text, source),
                item=self.track,
            )
        )
        self.fill = ArcItem(INNER, OUTER, style.colour(self.theme, series.color))
        self.plot.addItem(self.fill, ignoreBounds=True)
        self.marks.append(Mark(0, 0, self.hover_for(self.ring.name, 0, 0), item=self.fill))
        self.centre = self.add_text("", style.CENTRE_PX, self.theme.text, (0.5, 0.5))
        self.set_range((-1.1, 1.1), (-1.1, 1.1))

    def set_progress(self, t: float) -> None:
        self.progress = t
        share = self.part / self.whole
        self.fill.set_arc(0.0, min(360.0, share * 360.0 * t))
        self.set_html(self.centre, self._centre_html(t))

    def _centre_html(self, t: float) -> str:
        series = self.spec.series[0]
        big = round(style.CENTRE_PX * self.scale)
        small = round(style.CENTRE_LABEL_PX * self.scale)
        percent = share_percent(self.part * t, self.whole) + "%"
        part = value_label(self.part * t, series.point_format(0), self.unit)
        whole = value_label(self.whole, self.spec.total_format(), self.unit)
        muted = self.theme.muted
        captions = "<br>".join(ring_captions(self.ring, part, whole))
        return (
            f"<div style='text-align:center'><b style='font-size:{big}px'>{percent}</b><br>"
            f"<span style='font-size:{small}px;color:{muted}'>{captions}</span></div>"
        )

    def drawn_values(self) -> dict[str, list[float]]:
        return {self.spec.series[0].name: [self.fill.span / 360.0 * self.whole]}
