"""Round trip: reopen the exported deck and compare it with the briefing it came from."""

from __future__ import annotations

import posixpath
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation

from briefing_app.export.pptx.charts import chart_title, rank_series_name
from briefing_app.export.pptx.deck import DeckError, export_deck
from briefing_app.export.pptx.notes import SOURCES_HEADING, panel_sources
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartKind, ChartSpec
from briefing_app.model.panels import PanelKind, panel_charts, panel_figures
from briefing_app.model.text import plain_quote
from briefing_app.paths import default_template


def _charts(slide) -> list:  # type: ignore[no-untyped-def]
    return [shape.chart for shape in slide.shapes if shape.has_chart]


def test_one_slide_per_panel_in_show_order(exported: tuple[Briefing, Path]) -> None:
    briefing, out = exported
    prs = Presentation(str(out))
    assert len(prs.slides) == len(briefing.panels)
    for slide, panel in zip(prs.slides, briefing.panels, strict=True):
        assert slide.name == panel.id
        if slide.shapes.title is not None and panel.kind is not PanelKind.TASK:
            # A long cover title is broken in two (a:br, "\v") at a space or after a mark.
            text = slide.shapes.title.text_frame.text
            assert panel.title in (text, text.replace("\v", " "), text.replace("\v", ""))


def test_slide_size_is_16_9(exported: tuple[Briefing, Path]) -> None:
    prs = Presentation(str(exported[1]))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)


def _expected_series(spec: ChartSpec) -> dict[str, list[float]]:
    """Return the series (name -> values) the PowerPoint chart of `spec` must hold."""
    first = spec.series[0]
    n = len(spec.categories)
    total = spec.resolved_total
    if spec.kind is ChartKind.PROGRESS_RING:
        assert total is not None
        part = first.resolved[0]
        rest = float(Decimal(repr(total)) - Decimal(repr(part)))  # as written: 2437.3
        return {first.name: [part, rest, total]}
    expected = {s.name: list(s.resolved) for s in spec.series}
    if spec.kind is ChartKind.RANK_MARKER:
        assert total is not None
        expected = {rank_series_name(spec): list(first.resolved)}
        expected["field"] = [total] * n
    for line in spec.reference_lines:
        expected[line.label] = [line.resolved] * n
    if spec.band is not None:
        expected["band_low"] = [spec.band.low] * n
        expected["band_high"] = [spec.band.high] * n
    return expected


def test_charts_hold_the_spec_values_with_their_workbooks(exported: tuple[Briefing, Path]) -> None:
    briefing, out = exported
    prs = Presentation(str(out))
    for slide, panel in zip(prs.slides, briefing.panels, strict=True):
        specs = panel_charts(panel)
        charts = _charts(slide)
        assert len(charts) == len(specs), panel.id
        for chart, spec in zip(charts, specs, strict=True):
            drawn = [s for plot in chart.plots for s in plot.series]
            categories = list(chart.plots[0].categories)
            if spec.kind is ChartKind.PROGRESS_RING:
                name = spec.categories[0] if spec.categories else spec.series[0].name
                assert categories[0] == name
            else:  # written in the lines the deck breaks them into
                assert [c.replace("\n", "") for c in categories] == list(spec.categories)
            expected = _expected_series(spec)
            assert len(drawn) == len(expected), panel.id
            values = {s.name: [pytest.approx(v) for v in s.values] for s in drawn}
            for s in spec.series:
                if spec.kind is ChartKind.RANK_MARKER:
                    name = rank_series_name(spec)
                    assert values[name] == expected[name], (panel.id, name)
                elif spec.kind is not ChartKind.PROGRESS_RING:
                    assert values[s.name] == expected[s.name], (panel.id, s.name)
            for line in spec.reference_lines:
                assert values[line.label] == expected[line.label]
            assert sorted(map(tuple, expected.values())) == sorted(
                tuple(v.expected for v in vals) for vals in values.values()
            ), panel.id
            assert chart.part.chart_workbook.xlsx_part is not None  # Edit Data works
            if spec.title:
                assert chart.chart_title.text_frame.text == chart_title(spec)


def test_key_figures_show_every_indicator(exported: tuple[Briefing, Path]) -> None:
    briefing, out = exported
    prs = Presentation(str(out))
    for slide, panel in zip(prs.slides, briefing.panels, strict=True):
        # a:br line breaks (text_frame.text shows them as "\v") are where the lines fall
        tiles = {
            s.name: s.text_frame.text.replace("\v", "")
            for s in slide.shapes
            if s.name.startswith("Figure: ")
        }
        for figure in panel_figures(panel):
            ind = briefing.indicator(figure.indicator)
            text = tiles[f"Figure: {ind.id}"]
            # The figure line: 千亿级 (a label says the magnitude: no unit after it), else 8%.
            figure_line = text.split("\n")[0]
            assert figure_line == (ind.label or f"{ind.formatted()}{ind.unit}"), panel.id
            assert (figure.label or ind.name) in text


def test_notes_on_every_slide_with_the_sources(exported: tuple[Briefing, Path]) -> None:
    briefing, out = exported
    prs = Presentation(str(out))
    for slide, panel in zip(prs.slides, briefing.panels, strict=True):
        assert slide.has_notes_slide, panel.id
        notes = slide.notes_slide.notes_text_frame.text
        assert notes.startswith(panel.notes.strip()[:20])
        sources = panel_sources(briefing, panel)
        if sources:
            assert f"{SOURCES_HEADING}：" in notes
        for quote in sources:
            assert quote in notes, (panel.id, quote)
    for panel in briefing.panels:
        for figure in panel_figures(panel):
            ind = briefing.indicator(figure.indicator)
            if ind.source:
                assert plain_quote(ind.source) in panel_sources(briefing, panel)


def test_core_properties(exported: tuple[Briefing, Path]) -> None:
    briefing, out = exported
    props = Presentation(str(out)).core_properties
    assert props.title == briefing.meta.title
    assert props.author == briefing.meta.organisation
    assert props.subject == briefing.meta.meeting
    assert props.language == "zh-CN"
    assert props.created is not None and props.modified is not None


def _reachable_parts(z: zipfile.ZipFile) -> set[str]:
    seen: set[str] = set()
    todo = [("", "_rels/.rels")]
    while todo:
        base, rels_name = todo.pop()
        if rels_name not in z.namelist():
            continue
        for rel in etree.fromstring(z.read(rels_name)):
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(base, rel.get("Target"))).lstrip("/")
            assert target in z.namelist(), f"{rels_name} points at missing {target}"
            if target not in seen:
                seen.add(target)
                folder, name = posixpath.split(target)
                todo.append((folder, posixpath.join(folder, "_rels", name + ".rels")))
    return seen


def test_no_orphan_parts(exported: tuple[Briefing, Path]) -> None:
    with zipfile.ZipFile(exported[1]) as z:
        reachable = _reachable_parts(z)
        parts = {n for n in z.namelist() if not n.endswith(".rels") and n != "[Content_Types].xml"}
    assert parts - reachable == set()


def test_example_slides_of_a_template_are_removed(all_kinds: Briefing, tmp_path: Path) -> None:
    prs = Presentation(str(default_template()))
    for _ in range(2):
        slide = prs.slides.add_slide(prs.slide_layouts[0])
        slide.shapes.title.text = "EXAMPLE SLIDE"
    template = tmp_path / "with-slides.pptx"
    prs.save(str(template))
    out = tmp_path / "deck.pptx"
    export_deck(all_kinds, out, template)
    deck = Presentation(str(out))
    assert len(deck.slides) == len(all_kinds.panels)
    with zipfile.ZipFile(out) as z:
        slide_parts = [n for n in z.namelist() if n.startswith("ppt/slides/slide")]
        assert len(slide_parts) == len(all_kinds.panels)
        assert not any(b"EXAMPLE SLIDE" in z.read(n) for n in z.namelist() if n.endswith(".xml"))
        assert set(z.namelist()) - {"[Content_Types].xml"} <= _reachable_parts(z) | {
            n for n in z.namelist() if n.endswith(".rels")
        }


def test_failed_export_leaves_the_previous_deck(all_kinds: Briefing, tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    out.write_bytes(b"previous deck")
    with pytest.raises(DeckError):
        export_deck(all_kinds, out, tmp_path / "missing.pptx")
    assert out.read_bytes() == b"previous deck"

    def broken_save(self, file) -> None:  # type: ignore[no-untyped-def]
        file.write(b"half a deck")
        raise OSError("disk full")

    mp = pytest.MonkeyPatch()
    mp.setattr("pptx.presentation.Presentation.save", broken_save)
    try:
        with pytest.raises(OSError, match="disk full"):
            export_deck(all_kinds, out, default_template())
    finally:
        mp.undo()
    assert out.read_bytes() == b"previous deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]  # no temp file left
    export_deck(all_kinds, out, default_template())
    assert len(Presentation(str(out)).slides) == len(all_kinds.panels)


def briefing_dirs() -> list[Path]:
    """Return every briefing folder under resources/briefings and tests/data."""
    data = Path(__file__).resolve().parents[1] / "data"
    found = sorted(
        p.parent
        for p in (default_template().parents[1] / "resources" / "briefings").glob("*/briefing.yaml")
    )
    return found + sorted(p.parent for p in data.glob("*/briefing.yaml"))


@pytest.mark.parametrize("folder", briefing_dirs(), ids=lambda p: p.name)
def test_every_briefing_exports(folder: Path, tmp_path: Path) -> None:
    from briefing_app.content import load_briefing

    briefing = load_briefing(folder)
    out = export_deck(briefing, tmp_path / "deck.pptx", default_template())
    assert len(Presentation(str(out)).slides) == len(briefing.panels)
