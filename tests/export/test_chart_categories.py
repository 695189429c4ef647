"""Chart category names are written in the lines the model's rule chooses for their room."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Emu

from briefing_app.export.pptx.chart_categories import (
    category_lines,
    category_names,
    category_room_em,
)
from briefing_app.export.pptx.charts import ChartContext, add_chart
from briefing_app.export.pptx.measure import text_em
from briefing_app.model.chart import ChartKind, ChartSpec, Series
from briefing_app.paths import default_template

EIGHT = (
    "地区生产总值",
    "规上工业增加值",
    "固定资产投资",
    "社零总额",
    "直接利用外资",
    "一般公共预算收入",
    "城镇居民收入",
    "农村居民收入",
)
WIDE = 11094720  # a full-width chart frame on a 16:9 slide, in EMU


def _spec(kind: ChartKind, categories: tuple[str, ...]) -> ChartSpec:
    values = tuple(float(i + 1) for i in range(len(categories)))
    return ChartSpec(kind, categories, (Series("s", values, unit="%", resolved=values),))


def test_long_names_are_broken_to_fit_their_slot_and_keep_every_character() -> None:
    spec = _spec(ChartKind.BAR, EIGHT)
    room = category_room_em(spec, WIDE)
    assert room is not None and 4 < room < 7
    names = category_names(spec, WIDE)
    assert [n.replace("\n", "") for n in names] == list(EIGHT)
    assert "\n" in names[1] and "\n" not in names[3]  # 规上工业增加值 broken, 社零总额 fits
    for name in names:
        lines = name.split("\n")
        assert all(text_em(line) <= room for line in lines), name
        assert len(lines) == 1 or len(lines[-1]) > 1, name  # no lone last character


def test_a_number_keeps_its_unit_and_a_name_that_fits_stays_whole() -> None:
    lines = category_lines("完成投资1280亿元以上", 5.0)
    assert not any(line.startswith(("亿", "元")) for line in lines[1:])
    assert any("1280亿元" in line for line in lines)
    assert category_lines("社零总额", 5.0) == ["社零总额"]


def test_fewer_categories_have_more_room_and_rings_keep_their_names() -> None:
    few = category_room_em(_spec(ChartKind.BAR, EIGHT[:2]), WIDE)
    many = category_room_em(_spec(ChartKind.BAR, EIGHT), WIDE)
    assert few is not None and many is not None and few > many
    donut = _spec(ChartKind.DONUT, EIGHT)
    assert category_room_em(donut, WIDE) is None
    assert category_names(donut, WIDE) == list(EIGHT)


def test_the_deck_chart_holds_the_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    prs = Presentation(str(default_template()))
    slide = prs.slides.add_slide(prs.slide_layouts[len(prs.slide_layouts) - 1])
    frame = add_chart(
        slide.shapes,
        _spec(ChartKind.BAR, EIGHT),
        (0, 0, WIDE, int(Emu(4000000))),
        ChartContext("微软雅黑"),
    )
    written = list(frame.chart.plots[0].categories)
    assert written == category_names(_spec(ChartKind.BAR, EIGHT), WIDE)
    assert sum("\n" in name for name in written) >= 4
