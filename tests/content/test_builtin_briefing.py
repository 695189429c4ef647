"""The built-in briefing: it passes every check and holds every figure and name of the source."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import pytest

from briefing_app.content import check_briefing, load_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartKind, ChartSpec
from briefing_app.model.panels import (
    CardsPanel,
    ChartPanel,
    CoverPanel,
    KeyFiguresPanel,
    PanelBase,
    PanelKind,
    QuotePanel,
    TaskPanel,
    TimelinePanel,
    panel_figures,
)
from briefing_app.paths import default_briefing

#: indicator id -> (value or target, unit, label) as the source states it.
EXPECTED: dict[str, tuple[float, str, str | None]] = {
    # 2022 review
    "projects_started_2022": (148, "个", None),
    "projects_completed_2022": (76, "个", None),
    "clusters_approved_2022": (2, "个", None),
    "research_institutes_2022": (3, "家", None),
    "national_zones": (230, "家", None),
    "city_zones": (4, "个", None),
    "city_rank_2022": (1, "", "第一"),
    # 2023 targets
    "gdp_growth_2023": (8, "%", None),
    "industry_growth_2023": (10, "%", None),
    "investment_growth_2023": (12, "%", None),
    "retail_growth_2023": (13, "%", None),
    "revenue_growth_2023": (3, "%", None),
    "national_rank_goal": (20, "", "前20强"),
    # task 1
    "clusters_2023": (3, "个", None),
    "cluster_equipment_2023": (1000, "亿元", "千亿级"),
    "cluster_auto_2023": (2000, "亿元", "两千亿级"),
    "cluster_biomed_2023": (1000, "亿元", "千亿级"),
    "new_parks_2023": (1, "家", None),
    "new_enterprises_2023": (100, "家", None),
    # task 2
    "projects_2023": (393, "个", None),
    "investment_total_2023": (2940.1, "亿元", None),
    "investment_annual_2023": (502.8, "亿元", None),
    "investment_annual_share_2023": (17.1, "%", None),
    "projects_new_2023": (187, "个", None),
    "projects_continuing_2023": (142, "个", None),
    "projects_preliminary_2023": (64, "个", None),
    "projects_complete_2023": (125, "个", None),
}

GROWTH_TARGETS = {
    "gdp_growth_2023": ("地区生产总值", 8),
    "industry_growth_2023": ("规模以上工业增加值", 10),
    "investment_growth_2023": ("固定资产投资", 12),
    "retail_growth_2023": ("社会消费品零售总额", 13),
    "revenue_growth_2023": ("一般公共预算收入", 3),
}

#: Names the briefing must show somewhere (titles, items, cards, quotes, captions).
NAMES = [
    "稳中有进、稳中向好",
    "三标",
    "十大战略",
    "三区一高地",
    "两个确保",
    "上汽发动机二期",
    "上汽发动机一期",
    "宇通国家电动客车工程技术中心",
    "郑州陆港型国家物流枢纽",
    "四条丝绸之路",
    "经济实力实现新跨越",
    "制造业发展汇聚新动能",
    "对外开放实现新突破",
    "城市面貌展现新形象",
    "疫情防控取得新成效",
    "民生福祉得到新提升",
    "日月开新元，万象启新篇",
    "李小虎主持会议并讲话",
    "张波作工作部署",
    "开局之年",
    "承上启下的关键之年",
    "全面修复的一年",
    "建区30周年",
    "五区联动",
    "四路协同",
    "五链",
    "动能不断积累",
    "潜力加速释放",
    "后劲日益增强",
    "四大工程",
    "主阵地、主战场、主引擎",
    "“十四五”末提前迈入全国经开区前20强",
    "怎么看",
    "怎么办",
    "怎么干",
    "总引领和主攻方向",
    "主抓手和硬支撑",
    "六大板块打造工程",
    "十大重点建设项目带动工程",
    "六大产业培育工程",
    "十大招商项目引领工程",
    "新能源汽车及零部件",
    "高端装备",
    "智慧物流",
    "生物医药大健康",
    "新一代信息技术",
    "国际贸易及新消费",
    "“一带一路”国际商务区核心板块",
    "滨河新城核心板块",
    "物流园区核心板块",
    "祥云板块",
    "圃田生态新城板块",
    "扩展新区板块",
    "延伸产业链",
    "布局创新链",
    "打造供应链",
    "强化要素链",
    "完善制度链",
    "中铁、郑煤机、卫华",
    "宇通、上汽",
    "安图、国药",
    "智慧岛",
    "全球总部基地港",
    "RCEP",
    "幼有所育",
    "弱有所扶",
    "乙类乙管",
    "保交楼",
    "干事干净干练",
    "三保",
    "网格化基层治理体系",
    "新征程、再出发",
    "在郑州站稳国家队、实现国际化",
]

#: Fields that hold no displayed text.
HIDDEN = {
    "id",
    "notes",
    "source",
    "sources",
    "color",
    "number_format",
    "icon",
    "indicator",
    "kind",
    "style",
    "values",
    "refs",
    "total",
}

HALF_WIDTH_COMMA = re.compile(r"[\u4e00-\u9fff],[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return load_briefing(default_briefing())


def displayed(obj: Any) -> Iterator[str]:
    """Yield every string of `obj` shown to the audience."""
    for f in dataclasses.fields(obj):
        if f.name in HIDDEN or f.metadata.get("derived"):
            continue
        value = getattr(obj, f.name)
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, str):
                yield item
            elif dataclasses.is_dataclass(item) and not isinstance(item, type):
                yield from displayed(item)


def all_text(briefing: Briefing) -> str:
    return "\n".join(t for p in briefing.panels for t in displayed(p))


def panels_of(briefing: Briefing, cls: type[PanelBase]) -> list[Any]:
    return [p for p in briefing.panels if isinstance(p, cls)]


def chart_of(briefing: Briefing, kind: ChartKind) -> ChartSpec:
    charts = [p.chart for p in panels_of(briefing, ChartPanel) if p.chart.kind is kind]
    assert len(charts) == 1, f"expected one {kind.value} chart panel, found {len(charts)}"
    return charts[0]


def test_check_passes() -> None:
    result = check_briefing(default_briefing())
    assert result.problems == []
    assert result.ok


def test_meta(briefing: Briefing) -> None:
    assert briefing.meta.title == "抢抓新机遇 开辟新未来 而立之年再造“新经开”"
    assert briefing.meta.subtitle == "为全面推进中国式现代化经济技术开发区新实践努力奋斗"
    assert briefing.meta.date.isoformat() == "2023-01-09"
    assert briefing.meta.anniversary is not None
    assert (briefing.meta.anniversary.years, briefing.meta.anniversary.founded) == (30, 1993)
    covers = panels_of(briefing, CoverPanel)
    assert briefing.panels[0] in covers
    assert covers[0].subtitle == briefing.meta.subtitle


@pytest.mark.parametrize("indicator_id", sorted(EXPECTED))
def test_indicator_values(briefing: Briefing, indicator_id: str) -> None:
    amount, unit, label = EXPECTED[indicator_id]
    ind = briefing.indicator(indicator_id)
    assert ind.amount == pytest.approx(amount, abs=1e-9)
    assert ind.unit == unit
    assert ind.label == label


def test_growth_targets(briefing: Briefing) -> None:
    for ind_id, (name, target) in GROWTH_TARGETS.items():
        ind = briefing.indicator(ind_id)
        assert (ind.name, ind.target, ind.kind.value, ind.year) == (
            name,
            target,
            "growth_rate",
            2023,
        )
    shown = {f.indicator for p in panels_of(briefing, KeyFiguresPanel) for f in p.figures}
    assert set(GROWTH_TARGETS) <= shown


def test_project_arithmetic(briefing: Briefing) -> None:
    parts = ["projects_new_2023", "projects_continuing_2023", "projects_preliminary_2023"]
    assert (
        sum(briefing.indicator(i).amount for i in parts)
        == briefing.indicator("projects_2023").amount
    )
    share = briefing.indicator("investment_annual_share_2023")
    assert share.formula and share.formatted() == "17.1"


def test_eight_tasks(briefing: Briefing) -> None:
    tasks = panels_of(briefing, TaskPanel)
    assert [t.number for t in tasks] == list(range(1, 9))
    for task, ordinal in zip(tasks, "一二三四五六七八", strict=True):
        assert task.headline.source and task.headline.source.startswith(f"{ordinal}是")
        assert task.items and len(task.items) <= 6
        assert all(item.source for item in task.items)
    figures = {t.number: {f.indicator for f in t.figures} for t in tasks}
    assert {
        "cluster_equipment_2023",
        "cluster_auto_2023",
        "cluster_biomed_2023",
        "new_parks_2023",
        "new_enterprises_2023",
    } <= figures[1]
    assert {
        "projects_2023",
        "investment_total_2023",
        "investment_annual_2023",
        "investment_annual_share_2023",
        "projects_new_2023",
        "projects_continuing_2023",
        "projects_preliminary_2023",
        "projects_complete_2023",
    } <= figures[2]
    sub_items = {t.number: [i.text for i in t.items] for t in tasks}
    assert len(sub_items[2]) == 6
    assert sub_items[4] == [
        "要加强企业主体培育",
        "要加快创新平台建设",
        "要推动小微企业园建设",
        "要做好人才引进",
    ]


def test_charts(briefing: Briefing) -> None:
    bar = chart_of(briefing, ChartKind.BAR)
    assert bar.series[0].resolved == (8, 10, 12, 13, 3)
    assert bar.unit == "%" and bar.series[0].number_format == "0"

    grouped = chart_of(briefing, ChartKind.GROUPED_BAR)
    assert grouped.categories == ("开工", "竣工投产")
    assert [s.name for s in grouped.series] == ["2022年", "2023年计划"]
    assert [s.resolved for s in grouped.series] == [(148, 76), (187, 125)]

    donut = chart_of(briefing, ChartKind.DONUT)
    assert donut.series[0].resolved == (187, 142, 64)
    assert donut.resolved_total == 393 and donut.total_label == "实施项目"

    ring = chart_of(briefing, ChartKind.PROGRESS_RING)
    assert ring.series[0].resolved[0] == pytest.approx(502.8)
    assert ring.resolved_total == pytest.approx(2940.1)

    rank = chart_of(briefing, ChartKind.RANK_MARKER)
    assert rank.resolved_total == 230 and rank.series[0].resolved == (20,)

    scale = chart_of(briefing, ChartKind.SCALE_BARS)
    assert scale.series[0].resolved == (1000, 2000, 1000)
    labels = [briefing.indicator(r).label for r in scale.series[0].refs if r]
    assert labels == ["千亿级", "两千亿级", "千亿级"]

    for panel in panels_of(briefing, ChartPanel):
        assert all(isinstance(v, str) for s in panel.chart.series for v in s.values), panel.id
        assert len(panel.items) <= 3, panel.id


def test_key_figures_2022(briefing: Briefing) -> None:
    shown = {f.indicator for p in briefing.panels for f in panel_figures(p)}
    assert {
        "projects_started_2022",
        "projects_completed_2022",
        "clusters_approved_2022",
        "research_institutes_2022",
        "national_zones",
        "city_rank_2022",
    } <= shown


def test_structure(briefing: Briefing) -> None:
    kinds = {p.kind for p in briefing.panels}
    assert {
        PanelKind.COVER,
        PanelKind.QUOTE,
        PanelKind.KEY_FIGURES,
        PanelKind.CARDS,
        PanelKind.TIMELINE,
        PanelKind.CHART,
        PanelKind.TASK,
        PanelKind.CLOSING,
    } <= kinds
    six_new = [
        p
        for p in panels_of(briefing, CardsPanel)
        if len(p.cards) == 6 and any(c.title == "经济实力实现新跨越" for c in p.cards)
    ]
    assert six_new
    assert any("李小虎" in p.attribution for p in panels_of(briefing, QuotePanel))
    timeline = panels_of(briefing, TimelinePanel)[0]
    assert [e.label for e in timeline.events] == ["1993", "2022", "2023", "“十四五”末"]
    minutes = sum(s.minutes or 0 for s in briefing.sections)
    assert 25 <= minutes <= 35
    assert all(p.notes.strip() for p in briefing.panels)


@pytest.mark.parametrize("name", NAMES)
def test_names_shown(briefing: Briefing, name: str) -> None:
    assert name in all_text(briefing)


def test_displayed_text_is_clean(briefing: Briefing) -> None:
    for panel in briefing.panels:
        for text in [*displayed(panel), panel.notes]:
            assert "**" not in text, (panel.id, text)
            assert not HALF_WIDTH_COMMA.search(text), (panel.id, text)
            assert "\n\n" not in text, (panel.id, text)
