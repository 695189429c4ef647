"""Chart specs for the tests, one per kind, built here so they do not depend on content."""

from __future__ import annotations

from pathlib import Path

from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import Band, ChartKind, ChartSpec, ReferenceLine, Series

ROOT = Path(__file__).resolve().parents[3]


def series(name: str, values: list[float], **kw: object) -> Series:
    """Return a series of literal numbers as the loader would resolve it."""
    return Series(
        name=name,
        values=tuple(values),
        resolved=tuple(float(v) for v in values),
        points=(None,) * len(values),
        **kw,
    )  # type: ignore[arg-type]


#: One spec per kind, written here so the tests do not depend on the content file.
SPECS: dict[ChartKind, ChartSpec] = {
    ChartKind.BAR: ChartSpec(
        ChartKind.BAR,
        ("地区生产总值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额"),
        (series("增长目标", [8, 10, 12, 13], unit="%", source="地区生产总值增长8%"),),
        reference_lines=(ReferenceLine(10, "目标", resolved=10.0),),
    ),
    ChartKind.GROUPED_BAR: ChartSpec(
        ChartKind.GROUPED_BAR,
        ("开工", "竣工投产"),
        (
            series("2022年", [148, 76], unit="个", source="148个项目开工建设"),
            series("2023年计划", [187, 125], unit="个", source="计划新开工项目187个"),
        ),
    ),
    ChartKind.DONUT: ChartSpec(
        ChartKind.DONUT,
        ("新开工", "续建", "前期"),
        (series("项目数", [187, 142, 64], unit="个", source="全区共实施项目393个"),),
        total=393,
        resolved_total=393.0,
        total_label="实施项目",
    ),
    ChartKind.PROGRESS_RING: ChartSpec(
        ChartKind.PROGRESS_RING,
        ("年度计划投资",),
        (
            series(
                "年度计划投资",
                [502.8],
                unit="亿元",
                number_format="0.0",
                source="年度计划投资502.8亿元",
            ),
        ),
        total=2940.1,
        resolved_total=2940.1,
        total_label="总投资",
        source="总投资2940.1亿元",
    ),
    ChartKind.RANK_MARKER: ChartSpec(
        ChartKind.RANK_MARKER,
        ("当前位次", "“十四五”末目标"),
        (series("位次", [58, 20], unit="名", source="提前迈入全国经开区前20强"),),
        total=230,
        resolved_total=230.0,
        total_label="全国国家级经开区",
    ),
    ChartKind.SCALE_BARS: ChartSpec(
        ChartKind.SCALE_BARS,
        ("装备制造", "汽车制造", "生物医药大健康"),
        (series("集群规模", [1000, 2000, 1000], unit="亿元", source="三个千亿级先进制造业集群"),),
    ),
    ChartKind.LINE_TARGET: ChartSpec(
        ChartKind.LINE_TARGET,
        ("2019", "2020", "2021", "2022", "2023"),
        (
            series(
                "增速",
                [7.5, 3.1, 9.2, 6.4, 8.0],
                unit="%",
                number_format="0.0",
                source="地区生产总值增长8%",
            ),
        ),
        band=Band(6, 10),
        reference_lines=(ReferenceLine(8, "目标", resolved=8.0),),
    ),
}


def expected_at(spec: ChartSpec, t: float) -> dict[str, list[float]]:
    """Return what each kind draws at progress `t` (linear; the animation adds easing).

    Bars, slices, rings and lines grow from zero; rank markers slide in from the back of the
    field (`total`) to their rank.
    """
    out = {}
    for s in spec.series:
        if spec.kind is ChartKind.RANK_MARKER:
            total = spec.resolved_total or 0.0
            out[s.name] = [total + (v - total) * t for v in s.resolved]
        else:
            out[s.name] = [v * t for v in s.resolved]
    return out


def builtin_charts(briefing: Briefing) -> list[tuple[str, ChartSpec]]:
    return [(p.id, p.chart) for p in briefing.panels if getattr(p, "chart", None)]
