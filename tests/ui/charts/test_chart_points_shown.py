"""An indicator edited in the editing session shows in its chart, live and in the deck."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from pptx import Presentation
from tests.conftest import MINIMAL, write_briefing

from briefing_app.content.edit_session import EditSession
from briefing_app.export.pptx.charts import ChartContext, add_chart
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartSpec
from briefing_app.model.edits import SetIndicatorField
from briefing_app.model.panels import ChartPanel
from briefing_app.paths import default_template

SCALE = """\
      - id: scale
        kind: chart
        title: 投资规模
        notes: 看规模。
        chart:
          kind: scale_bars
          categories: [总投资, 年度计划投资]
          series:
            - name: 投资
              unit: 亿元
              values: [total, annual]
"""


def _chart(briefing: Briefing, panel_id: str) -> ChartSpec:
    panel = next(p for p in briefing.panels if p.id == panel_id)
    assert isinstance(panel, ChartPanel)
    return panel.chart


def _deck_series(spec: ChartSpec, out: Path) -> tuple[list[float], str]:
    """Return the values and the XML of the first series of `spec` as the deck writes it."""
    prs = Presentation(str(default_template()))
    slide = prs.slides.add_slide(prs.slide_layouts[len(prs.slide_layouts) - 1])
    add_chart(slide.shapes, spec, (0, 0, 6000000, 4000000), ChartContext("微软雅黑"))
    prs.save(str(out))
    saved = Presentation(str(out))
    frame = next(s for s in saved.slides[-1].shapes if getattr(s, "has_chart", False))
    series = frame.chart.plots[0].series[0]
    return list(series.values), etree.tostring(series._element, encoding="unicode")


def test_an_edited_value_and_label_show_live_and_in_the_deck(make_view, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = EditSession(write_briefing(tmp_path / "b", MINIMAL + SCALE))
    session.apply(SetIndicatorField("annual", "target", 600.5))
    session.apply(SetIndicatorField("total", "label", "近三千亿"))
    briefing = session.briefing
    spec = _chart(briefing, "scale")

    view = make_view(spec, briefing)
    assert view.drawn_values() == {"投资": [2940.1, 600.5]}
    assert view.renderer.final_labels() == [" 近三千亿", " 600.5亿元"]
    assert view.hover_at(view.scene_point_of(0, 0)).startswith("总投资：近三千亿")

    values, xml = _deck_series(spec, tmp_path / "deck.pptx")
    assert values == [2940.1, 600.5]
    assert "近三千亿" in xml


def test_an_edited_slice_shows_live_and_in_the_deck(make_view, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = EditSession(write_briefing(tmp_path / "b"))
    session.apply(SetIndicatorField("new", "target", 190))
    spec = _chart(session.briefing, "donut")
    view = make_view(spec, session.briefing)
    assert view.drawn_values()["项目数"][0] == 190
    assert "190个" in view.hover_at(view.scene_point_of(0, 0))
    assert _deck_series(spec, tmp_path / "deck.pptx")[0] == [190, 142, 64]
