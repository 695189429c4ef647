"""Parity: every chart spec drawn live and written to the deck shows the same thing.

Each spec (the built-in briefing's, every tests/data briefing's, and synthetic ones of every
kind, incl. an 8-slice donut with an unknown colour) is rendered by pyqtgraph and written as a
native PowerPoint chart, saved and read back. Values, label texts (with their number formats
and units), fill colours and the centre text are compared item by item.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from tests.ui.charts.chart_specs import SPECS, series
from tests.ui.deck_chart_reader import DeckSeries, read_series, theme_colours

from briefing_app.content import load_briefing
from briefing_app.export.pptx.charts import ChartContext, add_chart
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartKind, ChartSpec, ReferenceLine
from briefing_app.model.panels import panel_charts
from briefing_app.paths import default_briefing, default_template
from briefing_app.ui.theme import LIGHT

DATA = Path(__file__).resolve().parents[1] / "data"
BOX = (457200, 457200, 8229600, 4572000)  # EMU: a 9 x 5 inch chart

Renderer = Any


def synthetic_specs() -> list[ChartSpec]:
    """Return one spec per kind plus the cases that once disagreed."""
    slices = ("一", "二", "三", "四", "五", "六", "七", "八")
    donut8 = ChartSpec(
        ChartKind.DONUT,
        slices,
        (series("占比", [31.8, 25.8, 2.3, 6.4, 2.1, 0.3, 5.0, 1.0], unit="%", color="gold"),),
    )
    grouped = SPECS[ChartKind.GROUPED_BAR]
    both_default = dataclasses.replace(
        grouped,
        series=(
            dataclasses.replace(grouped.series[0], color="primary"),
            dataclasses.replace(grouped.series[1], color="primary", unit="项"),
        ),
        reference_lines=(ReferenceLine(150, "目标", resolved=150.0),),
    )
    line = SPECS[ChartKind.LINE_TARGET]
    line_refs = dataclasses.replace(
        line,
        series=(dataclasses.replace(line.series[0], color="tertiary"),),
        reference_lines=(
            ReferenceLine(8, "目标", resolved=8.0),
            ReferenceLine(5, "参考", style="reference", resolved=5.0),
        ),
    )
    rank = SPECS[ChartKind.RANK_MARKER]
    rank3 = dataclasses.replace(
        rank,
        categories=("甲", "乙", "丙"),
        series=(series("位次", [58, 20, 100], color="secondary"),),
    )
    return [*SPECS.values(), donut8, both_default, line_refs, rank3]


def briefing_sources() -> list[str]:
    return ["builtin", *sorted(p.name for p in DATA.iterdir() if (p / "briefing.yaml").exists())]


def load(source: str) -> Briefing:
    return load_briefing(default_briefing() if source == "builtin" else DATA / source)


# -- the two sides ---------------------------------------------------------------------------------


@pytest.fixture
def live(qtbot: Any) -> Iterator[Callable[[ChartSpec, Briefing], Renderer]]:
    """Return a factory: (spec, briefing) -> the renderer of a shown view in its final state."""
    from briefing_app.ui.charts import create_chart_view
    from briefing_app.ui.fonts import register_fonts

    register_fonts()
    hosts: list[QWidget] = []

    def make(spec: ChartSpec, briefing: Briefing) -> Renderer:
        for old in hosts:  # one chart at a time: the previous host is done with
            old.close()
        host = QWidget()
        hosts.append(host)
        qtbot.addWidget(host)
        host.resize(1600, 800)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        view = create_chart_view(spec, briefing, LIGHT, host)
        layout.addWidget(view)
        host.show()
        qtbot.waitExposed(host)
        view.finish()
        QApplication.processEvents()
        return view.renderer

    yield make
    hosts.clear()


def deck_charts(
    specs: list[ChartSpec], briefing: Briefing, out: Path
) -> list[tuple[list[DeckSeries], str | None, list[str]]]:
    """Write each spec on a slide of its own, save, reopen; return what each chart shows: its
    series, the text in its centre and the lines of a legend written beside it (if any)."""
    prs = Presentation(str(default_template()))
    ctx = ChartContext("微软雅黑")  # the spec carries its indicators' labels and units
    first = len(prs.slides)
    for spec in specs:
        slide = prs.slides.add_slide(prs.slide_layouts[len(prs.slide_layouts) - 1])
        add_chart(slide.shapes, spec, BOX, ctx)
    prs.save(str(out))
    saved = Presentation(str(out))
    theme = theme_colours(saved)
    shown = []
    for slide in list(saved.slides)[first:]:
        frame = next(s for s in slide.shapes if getattr(s, "has_chart", False))
        centre = next((s.text_frame.text for s in slide.shapes if s.name == "Chart centre"), None)
        legend = [
            s.text_frame.text
            for s in slide.shapes
            if re.fullmatch(r"Legend \d+", s.name) and s.has_text_frame
        ]
        series = read_series(etree.fromstring(frame.chart.part.blob), theme)
        shown.append((series, centre, legend))
    return shown


# -- comparing -------------------------------------------------------------------------------------


def plain(item: Any) -> str:
    """Return the text a pyqtgraph text item shows, without layout whitespace."""
    return squash(item.textItem.toPlainText())


def squash(text: str | None) -> str:
    return re.sub(r"[\s\u2029\u3000]+", "", text or "")


def hex_of(color: QColor) -> str:
    """Return '#RRGGBB', with AA appended when the colour is see-through."""
    text = color.name().upper()
    return text if color.alpha() == 255 else f"{text}{color.alpha():02X}"


def same_colour(a: str | None, b: str | None) -> bool:
    if a is None or b is None or len(a) != len(b):
        return False
    return all(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) <= 2 for i in range(1, len(a), 2))


class Diff:
    """Collects every disagreement of one chart, named by where it is."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.found: list[str] = []

    def eq(self, what: str, live: object, deck: object) -> None:
        if live != deck:
            self.found.append(f"{self.where}: {what}: live {live!r} != deck {deck!r}")

    def colour(self, what: str, live: str | None, deck: str | None) -> None:
        if not same_colour(live, deck):
            self.found.append(f"{self.where}: {what} colour: live {live} != deck {deck}")

    def values(self, what: str, live: list[float], deck: list[float]) -> None:
        if len(live) != len(deck) or any(
            abs(a - b) > 1e-6 * max(1, abs(b)) for a, b in zip(live, deck, strict=False)
        ):
            self.found.append(f"{self.where}: {what} values: live {live} != deck {deck}")


def compare(
    r: Renderer,
    spec: ChartSpec,
    deck: list[DeckSeries],
    centre: str | None,
    d: Diff,
    legend: list[str] | None = None,
) -> None:
    kind = spec.kind
    drawn = r.drawn_values()
    first = deck[0]
    if kind is ChartKind.BAR:
        d.values("bars", drawn[spec.series[0].name], first.values)
        d.eq("labels", [plain(x) for x in r.labels], [squash(x) for x in first.labels])
        for i, bar in enumerate(r.bars):
            d.colour(f"bar {i}", hex_of(bar.brush().color()), first.colour_of(i))
        reference_lines(r, deck[1:], d)
    elif kind is ChartKind.GROUPED_BAR:
        for k, s in enumerate(spec.series):
            d.values(f"series {k}", drawn[s.name], deck[k].values)
            d.eq(
                f"series {k} labels",
                [plain(x) for x in r.labels[k]],
                [squash(x) for x in deck[k].labels],
            )
            for i, bar in enumerate(r.bars[k]):
                d.colour(f"series {k} bar {i}", hex_of(bar.brush().color()), deck[k].colour_of(i))
        reference_lines(r, deck[len(spec.series) :], d)
    elif kind is ChartKind.DONUT:
        d.values("slices", drawn[spec.series[0].name], first.values)
        for i, arc in enumerate(r.arcs):
            d.colour(f"slice {i}", hex_of(arc.brush().color()), first.colour_of(i))
            # A crowded ring lists its slices beside it (a coloured key, name and value),
            # live as in the deck; the key's colour is the slice's, compared above.
            shown = legend[i] if legend else spec.categories[i] + (first.labels[i] or "")
            d.eq(f"slice {i} label", plain(r.slice_labels[i]).lstrip("■"), squash(shown))
        d.eq("centre", plain(r.centre), squash(centre))
    elif kind is ChartKind.PROGRESS_RING:
        d.values("part", drawn[spec.series[0].name], first.values[:1])
        d.colour("fill", hex_of(r.fill.brush().color()), first.colour_of(0))
        d.colour("track", hex_of(r.track.brush().color()), first.colour_of(1))
        d.eq("centre", plain(r.centre), squash(centre))
    elif kind is ChartKind.RANK_MARKER:
        field, ranks = deck
        d.values("ranks", drawn[spec.series[0].name], ranks.values)
        d.colour("field", hex_of(r.track.brush().color()), field.fill)
        for i, marker in enumerate(r.markers):
            d.colour(f"marker {i}", hex_of(marker.brush().color()), ranks.colour_of(i))
            d.eq(
                f"marker {i} label",
                plain(r.labels[i]),
                squash(spec.categories[i] + (ranks.labels[i] or "")),
            )
        texts = {plain(t.item) for t in r._texts}
        d.eq("field caption shown", squash(field.name) in texts, True)
    elif kind is ChartKind.SCALE_BARS:
        d.values("bars", drawn[spec.series[0].name], first.values)
        d.eq("labels", [plain(x) for x in r.labels], [squash(x) for x in first.labels])
        for i, bar in enumerate(r.bars):
            d.colour(f"bar {i}", hex_of(bar.brush().color()), first.colour_of(i))
    elif kind is ChartKind.LINE_TARGET:
        d.values("line", drawn[spec.series[0].name], first.values)
        d.eq("labels", [plain(x) for x in r.labels], [squash(x) for x in first.labels])
        d.colour("line", hex_of(r.line.opts["pen"].color()), first.line)
        brushes = r.line.opts["symbolBrush"]
        for i, out in enumerate(r.outside):
            if out:
                d.colour(f"outlier {i}", hex_of(brushes[i].color()), first.marker_fills.get(i))
        reference_lines(r, deck[1 + (2 if spec.band is not None else 0) :], d)
    else:  # a new kind needs its comparison here
        d.found.append(f"{d.where}: no parity comparison for {kind}")


def reference_lines(r: Renderer, flat: list[DeckSeries], d: Diff) -> None:
    """Compare each dashed target line with its flat deck series: colour and end label."""
    d.eq("reference lines", len(r.reference_lines), len(flat))
    for j, (line, drawn) in enumerate(zip(r.reference_lines, flat, strict=False)):
        d.colour(f"reference line {j}", hex_of(line.pen.color()), drawn.line)
        shown = [x for x in drawn.labels if x is not None]
        d.eq(f"reference line {j} label", [plain(line.label)], [squash(x) for x in shown])


def check_all(
    specs: list[tuple[str, ChartSpec]], briefing: Briefing, live: Any, out: Path
) -> list[str]:
    shown = deck_charts([s for _, s in specs], briefing, out)
    found: list[str] = []
    for (where, spec), (deck, centre, legend) in zip(specs, shown, strict=True):
        d = Diff(f"{where} ({spec.kind})")
        compare(live(spec, briefing), spec, deck, centre, d, legend)
        found += d.found
    return found


# -- the tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize("source", briefing_sources())
def test_every_chart_of_a_briefing_shows_the_same_live_and_in_the_deck(
    source: str, live: Any, tmp_path: Path
) -> None:
    briefing = load(source)
    specs = [(p.id, c) for p in briefing.panels for c in panel_charts(p)]
    assert specs, f"{source} has no charts"
    found = check_all(specs, briefing, live, tmp_path / "deck.pptx")
    assert not found, "\n".join(found)


def test_synthetic_charts_of_every_kind_show_the_same(live: Any, tmp_path: Path) -> None:
    specs = [(f"synthetic {i}", s) for i, s in enumerate(synthetic_specs())]
    assert {s.kind for _, s in specs} == set(ChartKind)
    found = check_all(specs, load("builtin"), live, tmp_path / "deck.pptx")
    assert not found, "\n".join(found)


def test_eight_donut_slices_are_distinct_both_ways(live: Any, tmp_path: Path) -> None:
    donut8 = synthetic_specs()[len(SPECS)]
    assert donut8.kind is ChartKind.DONUT and donut8.series[0].color == "gold"
    briefing = load("builtin")
    ((deck, _, _),) = deck_charts([donut8], briefing, tmp_path / "deck.pptx")
    renderer = live(donut8, briefing)
    live_colours = [hex_of(a.brush().color()) for a in renderer.arcs]
    deck_colours = [deck[0].colour_of(i) for i in range(8)]
    assert len(set(live_colours)) == 8, live_colours
    assert len(set(deck_colours)) == 8, deck_colours
    assert live_colours[0] == LIGHT.primary.upper()  # an unknown name is drawn as primary
