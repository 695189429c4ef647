"""Details a review of the built-in deck found: labelled figures, bullets, the cover, chart
data and colours, the rank scale and the grid of big numbers."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.util import Inches

from briefing_app.export.pptx.charts import (
    ChartContext,
    rank_series_name,
    series_tokens,
    write_scale_bars,
)
from briefing_app.export.pptx.text import INSET_X, Para, balanced_break, fit_size, has_orphan
from briefing_app.export.pptx.tiles import figure_tile, tile_columns
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartKind, ChartSpec, Series
from briefing_app.model.indicator import Indicator, IndicatorKind
from briefing_app.model.panels import ChartPanel, KeyFiguresPanel, panel_charts
from briefing_app.paths import default_template

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
TITLE = "抢抓新机遇 开辟新未来 而立之年再造“新经开”"


def _slide_of(briefing: Briefing, deck: Path, panel_id: str):  # type: ignore[no-untyped-def]
    prs = Presentation(str(deck))
    index = [p.id for p in briefing.panels].index(panel_id)
    return briefing.panels[index], prs.slides[index]


def _chart_panel(briefing: Briefing, kind: ChartKind) -> ChartPanel:
    return next(p for p in briefing.panels if isinstance(p, ChartPanel) and p.chart.kind is kind)


# -- 1. a figure given as a label (千亿级) takes no unit ------------------------------------------


def test_a_labelled_figure_takes_no_unit() -> None:
    ind = Indicator("c", "集群", IndicatorKind.AMOUNT, "亿元", 2023, target=1000, label="千亿级")
    assert figure_tile(ind, "装备制造", "").paras[0].text == "千亿级"
    plain = Indicator("n", "园区", IndicatorKind.COUNT, "家", 2023, target=1)
    assert figure_tile(plain, "园区", "").paras[0].text == "1家"


# -- 2. the bullets of text boxes are real bullets, from the top, no character alone ------------


def test_text_box_bullets_are_written_out_under_figures_and_beside_charts(
    builtin: tuple[Briefing, Path],
) -> None:
    """Items under figures start at the top of their box (right under the figures);
    takeaways beside a chart stand in the middle of its height."""
    prs = Presentation(str(builtin[1]))
    boxes = [s for slide in prs.slides for s in slide.shapes if s.name in ("Takeaways", "Items")]
    assert len(boxes) >= 6
    for shape in boxes:
        anchor = shape.text_frame._txBody.find(qn("a:bodyPr")).get("anchor")
        assert anchor == ("t" if shape.name == "Items" else "ctr")
        for p in shape.text_frame.paragraphs:
            ppr = p._p.find(qn("a:pPr"))
            assert int(ppr.get("marL")) > 0 and int(ppr.get("indent")) < 0  # hanging indent
            char = ppr.find(qn("a:buChar"))
            assert char is not None and char.get("char"), shape.text_frame.text
            colour = ppr.find(f"{qn('a:buClr')}/{qn('a:schemeClr')}")
            assert colour is not None and colour.get("val") == "accent1"


def test_fitting_steps_down_rather_than_leave_one_character_alone() -> None:
    paras = [Para.of("一二三四五六七八九十甲")]  # 11 em: at 20 pt 10.2 em fit on a line
    width = int((10.2 * 20 / 0.94 + 2 * INSET_X / 12_700) * 12_700)
    height = 12_700 * 400
    # The model's line breaking moves characters down rather than leave one alone, at a word
    # boundary (model/words: 一二三四五/六七/八九十/甲).
    assert not has_orphan(paras, 10.2 * 20 / 0.94, 20)
    fit = fit_size(paras, width, height, 20, avoid_orphans=True)
    assert fit.size == 20 and fit.lines == [["一二三四五六七", "八九十甲"]]


# -- 3. the cover: the title broken at its space, the date once, no footer -----------------------


def test_balanced_break_follows_the_live_cover() -> None:
    assert balanced_break(TITLE, 15) == "抢抓新机遇 开辟新未来\n而立之年再造“新经开”"
    assert balanced_break(TITLE, 30) == TITLE  # fits one line
    assert balanced_break("一二三四五六七八", 5) == "一二三四五\n六七八"  # between words
    assert balanced_break(TITLE, 8) == TITLE  # neither half would fit: left to wrap


def test_cover_title_breaks_at_its_space_and_shows_the_date_once(
    builtin: tuple[Briefing, Path],
) -> None:
    briefing, deck = builtin
    assert briefing.panels[0].title == TITLE
    slide = Presentation(str(deck)).slides[0]
    title = slide.shapes.title.text_frame
    assert title.text == "抢抓新机遇 开辟新未来\v而立之年再造“新经开”"
    assert len(title._txBody.findall(f"{qn('a:p')}/{qn('a:br')}")) == 1
    text = "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    assert text.count("2023年1月9日") == 1
    assert briefing.meta.meeting in text and briefing.meta.organisation in text
    kinds = {s.placeholder_format.type for s in slide.shapes if s.is_placeholder}
    assert not kinds & {PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER}


def test_other_slides_keep_footer_and_number(builtin: tuple[Briefing, Path]) -> None:
    for slide in list(Presentation(str(builtin[1])).slides)[1:]:
        kinds = {s.placeholder_format.type for s in slide.shapes if s.is_placeholder}
        assert PP_PLACEHOLDER.SLIDE_NUMBER in kinds


# -- 4. chart data as written: no float residue; the ring names its total ------------------------


def _decimals(text: str) -> int:
    mantissa, _, exponent = text.lower().partition("e")
    digits = mantissa.partition(".")[2].rstrip("0")
    return max(0, len(digits) - int(exponent or 0))


def test_chart_values_are_the_briefing_decimals(exported: tuple[Briefing, Path]) -> None:
    checked = 0
    with zipfile.ZipFile(exported[1]) as z:
        for name in z.namelist():
            if name.startswith("ppt/charts/chart") and name.endswith(".xml"):
                root = etree.fromstring(z.read(name))
                caches = root.iter(f"{{{C}}}numCache")
                numbers = [v.text for cache in caches for v in cache.iter(f"{{{C}}}v")]
            elif name.startswith("ppt/embeddings/") and name.endswith(".xlsx"):
                with zipfile.ZipFile(z.open(name)) as book:
                    sheet = etree.fromstring(book.read("xl/worksheets/sheet1.xml"))
                    numbers = [
                        c.findtext(f"{{{MAIN}}}v")
                        for c in sheet.iter(f"{{{MAIN}}}c")
                        if c.get("t") != "s"
                    ]
            else:
                continue
            for number in numbers:
                assert _decimals(number) <= 6, (name, number)
                checked += 1
    assert checked > 20


def test_progress_ring_stores_the_remainder_and_names_the_total(
    builtin: tuple[Briefing, Path],
) -> None:
    briefing, deck = builtin
    panel = _chart_panel(briefing, ChartKind.PROGRESS_RING)
    _, slide = _slide_of(briefing, deck, panel.id)
    chart = next(s.chart for s in slide.shapes if s.has_chart)
    assert list(chart.plots[0].series[0].values) == [502.8, 2437.3, 2940.1]
    rows = list(chart.plots[0].categories)
    assert rows[1].startswith("其余") and "总投资" in rows[1]  # the remainder, named as such
    assert rows[2].startswith("总投资") and "不显示" in rows[2]
    centre = next(s for s in slide.shapes if s.name == "Chart centre").text_frame.text
    assert "17.1" in centre and "年度计划投资 502.8亿元" in centre
    assert "总投资 2940.1亿元" in centre


# -- 5. the rank marker: the goal's own wording, a 1..total scale --------------------------------


def test_rank_marker_says_top_20_on_a_scale_of_1_to_230(builtin: tuple[Briefing, Path]) -> None:
    briefing, deck = builtin
    panel = _chart_panel(briefing, ChartKind.RANK_MARKER)
    _, slide = _slide_of(briefing, deck, panel.id)
    chart = next(s.chart for s in slide.shapes if s.has_chart)
    names = [s.name for s in chart.plots[0].series]
    assert rank_series_name(panel.chart) == "前20强目标" and "前20强目标" in names
    assert "目标排名" not in names and "全国国家级经开区 230家" in names
    rank = chart.plots[0].series[1]
    assert rank.points[0].data_label.text_frame.text == "前20强"
    axis = chart.value_axis
    assert (axis.minimum_scale, axis.maximum_scale) == (1, 230)
    assert axis.major_unit == 229  # tick labels at both ends: 1 and 230


# -- 6. series colours: the live grouped bar's rule ----------------------------------------------


def _spec(*colors: str) -> ChartSpec:
    series = tuple(Series(f"s{i}", (1.0,), color=c, resolved=(1.0,)) for i, c in enumerate(colors))
    return ChartSpec(kind=ChartKind.GROUPED_BAR, categories=("a",), series=series)


def test_series_colours_follow_the_live_chart() -> None:
    assert series_tokens(_spec("secondary", "primary")) == ["secondary", "primary"]
    assert series_tokens(_spec("primary", "primary")) == ["primary", "accent"]
    assert series_tokens(_spec("secondary", "secondary", "primary")) == [
        "secondary",
        "primary",
        "accent",
    ]


def test_grouped_bar_draws_2022_secondary_and_2023_primary(
    builtin: tuple[Briefing, Path],
) -> None:
    briefing, deck = builtin
    panel = _chart_panel(briefing, ChartKind.GROUPED_BAR)
    assert [s.color for s in panel_charts(panel)[0].series] == ["secondary", "primary"]
    _, slide = _slide_of(briefing, deck, panel.id)
    chart = next(s.chart for s in slide.shapes if s.has_chart)
    fills = [
        ser._element.find(f"{qn('c:spPr')}/{qn('a:solidFill')}/{qn('a:schemeClr')}").get("val")
        for ser in chart.plots[0].series
    ]
    assert fills == ["accent3", "accent1"]


# -- 7. the grid of big numbers: one row of five, balanced rows otherwise -----------------------


def _tiles(n: int) -> list:
    ind = Indicator("g", "增长", IndicatorKind.GROWTH_RATE, "%", 2023, target=8)
    return [figure_tile(ind, "地区生产总值", "增长") for _ in range(n)]


def test_tile_columns_balance_the_rows() -> None:
    wide = (0, 0, int(Inches(12)), int(Inches(4.4)))
    assert tile_columns(wide, _tiles(5), 5, 54, 16)[0] == 5
    assert tile_columns(wide, _tiles(7), 5, 54, 16)[0] == 4  # 4 + 3, not 5 + 2
    assert tile_columns(wide, _tiles(6), 5, 54, 16)[0] == 3  # 3 + 3
    narrow = (0, 0, int(Inches(3)), int(Inches(5)))
    assert tile_columns(narrow, _tiles(5), 3, 54, 16)[0] in (1, 2)


def test_five_key_figures_stand_in_one_row(builtin: tuple[Briefing, Path]) -> None:
    briefing, deck = builtin
    panel = next(
        p for p in briefing.panels if isinstance(p, KeyFiguresPanel) and len(p.figures) == 5
    )
    _, slide = _slide_of(briefing, deck, panel.id)
    tops = {s.top for s in slide.shapes if re.match(r"Figure: ", s.name)}
    assert len(tops) == 1


def test_scale_bars_keep_every_value_label_beside_a_labelled_one(
    builtin: tuple[Briefing, Path],
) -> None:
    briefing, _ = builtin
    spec = _chart_panel(briefing, ChartKind.SCALE_BARS).chart
    # one bar labelled, the others show their values
    plain = [
        None if p is None else dataclasses.replace(p, label=None) for p in spec.series[0].points
    ]
    assert plain[0] is not None
    plain[0] = dataclasses.replace(plain[0], label="千亿级")
    labelled = dataclasses.replace(spec.series[0], points=tuple(plain))
    spec = dataclasses.replace(spec, series=(labelled,))
    prs = Presentation(str(default_template()))
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    ctx = ChartContext(typeface="微软雅黑")
    frame = write_scale_bars(slide.shapes, spec, (0, 0, 6000000, 4000000), ctx)
    series = frame.chart.plots[0].series[0]._element
    dlbls = series.find(qn("c:dLbls"))
    assert dlbls is not None
    show = dlbls.find(qn("c:showVal"))
    assert show is not None and show.get("val") in ("1", "true")
    own = dlbls.findall(qn("c:dLbl"))
    assert [d.find(qn("c:idx")).get("val") for d in own] == ["0"]
    assert "千亿级" in etree.tostring(own[0], encoding="unicode")


def test_a_crowded_donut_lists_its_values_beside_the_ring() -> None:
    from briefing_app.export.pptx.charts import write_donut

    names = (
        "新能源汽车",
        "高端装备",
        "智慧物流",
        "生物医药",
        "信息技术",
        "国际贸易",
        "现代金融",
        "其他",
    )
    values = (120.5, 80.2, 60.1, 30.3, 12.4, 8.6, 5.2, 3.0)
    series = Series("产值", values, unit="亿元", number_format="0.0", resolved=values)
    spec = ChartSpec(
        ChartKind.DONUT, names, (series,), total=320.3, resolved_total=320.3, total_label="合计"
    )
    prs = Presentation(str(default_template()))
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    ctx = ChartContext(typeface="微软雅黑")
    box = (0, 0, int(Inches(10)), int(Inches(5)))
    frame = write_donut(slide.shapes, spec, box, ctx)
    chart = frame.chart
    assert not chart.has_legend and not chart.plots[0].has_data_labels
    assert int(frame.width) < box[2] * 0.6  # the ring takes the left, the legend the right
    lines = [s for s in slide.shapes if s.name.startswith("Legend") and "key" not in s.name]
    assert [s.text_frame.text for s in lines] == [
        f"{n} {v:.1f}亿元" for n, v in zip(names, values, strict=True)
    ]
    tops = [int(s.top) for s in lines]
    assert tops == sorted(tops) and all(int(s.left) >= int(frame.width) for s in lines)
    assert list(chart.plots[0].series[0].values) == list(values)  # Edit Data keeps them
