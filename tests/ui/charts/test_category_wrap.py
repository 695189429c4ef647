"""Live category labels wrap by the model's line rule: no lone last character, units kept."""

from __future__ import annotations

from chart_specs import series

from briefing_app.model.chart import ChartKind, ChartSpec
from briefing_app.ui.charts import style

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


def test_wrap_to_width_keeps_characters_and_leaves_none_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    font = style.chart_font(style.CATEGORY_PX)
    one = style.text_width(font, "字")
    for name in EIGHT:
        wrapped = style.wrap_to_width(font, name, one * 6.2)
        lines = wrapped.split("\n")
        assert "".join(lines) == name
        assert all(style.text_width(font, line) <= one * 6.2 for line in lines), wrapped
        assert len(lines) == 1 or len(lines[-1]) > 1, wrapped  # 规上工业增加/值 never
    kept = style.wrap_to_width(font, "完成投资1280亿元", one * 6)
    assert "1280亿元" in kept.split("\n")[-1] or "1280亿元" in kept.split("\n")[0]
    assert style.wrap_to_width(font, "地区生产总值", 0) == "地区生产总值"  # width unknown yet


def test_the_bar_axis_shows_the_wrapped_names(make_view) -> None:  # type: ignore[no-untyped-def]
    spec = ChartSpec(
        ChartKind.BAR, EIGHT, (series("增速", [7.6, 5, 11.8, 11.4, 12.5, 2.1, 8, 8.5], unit="%"),)
    )
    view = make_view(spec, size=(1100, 600))
    axis = view.renderer.plot.getAxis("bottom")
    labels = [label for _, label in axis._tickLevels[0]]
    assert [label.replace("\n", "") for label in labels] == list(EIGHT)
    assert any("\n" in label for label in labels)
    for label in labels:
        lines = label.split("\n")
        assert len(lines) == 1 or len(lines[-1]) > 1, label
