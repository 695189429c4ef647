"""A small briefing built from the model dataclasses, with every panel kind (and edge cases)."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from briefing_app.model.briefing import Anniversary, Briefing, Meta, Section
from briefing_app.model.chart import ChartKind, ChartSpec, ReferenceLine, Series
from briefing_app.model.indicator import Indicator, IndicatorKind
from briefing_app.model.panels import (
    BulletsPanel,
    CardsPanel,
    ChartPanel,
    ClosingPanel,
    CoverPanel,
    Figure,
    ImagePanel,
    KeyFiguresPanel,
    PanelKind,
    QuotePanel,
    TaskPanel,
    TimelineEvent,
    TimelinePanel,
)
from briefing_app.model.text import Card, TextItem


def png_bytes(size: tuple[int, int], colour: str) -> bytes:
    """Return a PNG of `size` in one colour with a white square in the middle."""
    image = Image.new("RGB", size, colour)
    w, h = size
    image.paste((255, 255, 255), (w // 3, h // 3, 2 * w // 3, 2 * h // 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


#: The screens the stage must serve: a small laptop, full HD and 4K.
SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080), "3840x2160": (3840, 2160)}

LONG = (
    "坚持以“万人助万企”“三个一批”为引领，牢固树立“项目为王”理念，统筹招商引资和项目推进，"
    "全力保障重大项目需求，以大项目引领大投资，以大投资带动大发展。"
)

INDICATORS = (
    Indicator(
        "total",
        "总投资",
        IndicatorKind.AMOUNT,
        "亿元",
        2023,
        target=2940.1,
        decimals=1,
        source="全区共实施项目393个,总投资2940.1亿元",
    ),
    Indicator(
        "annual",
        "年度计划投资",
        IndicatorKind.AMOUNT,
        "亿元",
        2023,
        target=502.8,
        decimals=1,
        source="年度计划投资502.8亿元",
    ),
    Indicator(
        "share",
        "年度计划投资占总投资",
        IndicatorKind.SHARE,
        "%",
        2023,
        target=17.1,
        decimals=1,
        formula="annual / total * 100",
    ),
    Indicator(
        "tasks",
        "重点工作",
        IndicatorKind.COUNT,
        "项",
        2023,
        target=8,
        source="实现目标,必须着力抓好八项重点工作。",
    ),
    Indicator(
        "gdp",
        "地区生产总值",
        IndicatorKind.GROWTH_RATE,
        "%",
        2023,
        target=8,
        source="地区生产总值**增长8%**",
    ),
    Indicator(
        "cluster",
        "装备制造产业集群",
        IndicatorKind.AMOUNT,
        "亿元",
        2023,
        target=1000,
        label="千亿级",
        source="千亿级装备制造产业集群",
    ),
    Indicator(
        "new", "新开工", IndicatorKind.COUNT, "个", 2023, target=187, source="计划新开工项目187个"
    ),
    Indicator(
        "continuing", "续建", IndicatorKind.COUNT, "个", 2023, target=142, source="续建项目142个"
    ),
    Indicator(
        "preliminary", "前期", IndicatorKind.COUNT, "个", 2023, target=64, source="前期项目64个"
    ),
)


def _donut() -> ChartSpec:
    series = Series(
        "项目数",
        ("new", "continuing", "preliminary"),
        unit="个",
        resolved=(187.0, 142.0, 64.0),
    )
    return ChartSpec(
        ChartKind.DONUT,
        ("新开工", "续建", "前期"),
        (series,),
        title="项目构成",
        total=393,
        resolved_total=393.0,
    )


def _bar() -> ChartSpec:
    series = Series("增长", (8, 10, 12), unit="%", resolved=(8.0, 10.0, 12.0))
    return ChartSpec(
        ChartKind.BAR,
        ("地区生产总值", "工业增加值", "固定资产投资"),
        (series,),
        unit="%",
        reference_lines=(ReferenceLine(10, "目标", resolved=10.0),),
    )


def sample_briefing() -> Briefing:
    """Return a briefing with one panel of every kind, plus long-text and many-item cases."""
    panels = (
        CoverPanel(
            id="cover",
            title="抢抓新机遇 开辟新未来 而立之年再造“新经开”",
            notes="",
            subtitle="为全面推进中国式现代化经济技术开发区新实践努力奋斗",
            logo="logo.png",
            logo_data=png_bytes((240, 240), "#B0202A"),
        ),
        KeyFiguresPanel(
            id="figures",
            title="2023年项目投资",
            notes="",
            lead="全区共实施项目393个。",
            figures=(
                Figure("total"),
                Figure("share", caption="年度计划投资占总投资"),
                Figure("tasks", label="八项重点工作"),
                Figure("cluster"),
            ),
            items=(TextItem("年度计划投资502.8亿元"),),
        ),
        KeyFiguresPanel(
            id="figures_six",
            title="六个数字",
            notes="",
            figures=tuple(Figure(i.id) for i in INDICATORS[:6]),
        ),
        CardsPanel(
            id="cards",
            title="六大板块",
            notes="",
            cards=tuple(Card(f"板块{i}", LONG[: 20 + 12 * i]) for i in range(6)),
        ),
        CardsPanel(
            id="cards_two",
            title="两张卡片",
            notes="",
            cards=(Card("怎么看", "把握大势、补齐短板"), Card("怎么办", "奋发进取、担当作为")),
        ),
        BulletsPanel(
            id="bullets",
            title="总体要求",
            notes="",
            lead=LONG,
            items=(
                TextItem("以先进制造业为主攻方向", emphasis=True),
                *(TextItem(LONG) for _ in range(3)),
            ),
        ),
        BulletsPanel(
            id="bullets_many",
            title="很多条目",
            notes="",
            items=tuple(TextItem(f"第{i}条：{LONG[:40]}") for i in range(12)),
        ),
        TaskPanel(
            id="task",
            title="全力以赴实施“四大工程”",
            notes="",
            lead=LONG,
            number=2,
            headline=TextItem("夯实经济社会发展基础，全力以赴实施“四大工程”"),
            items=tuple(TextItem(f"要实施第{i}项工程") for i in range(5)),
            figures=(Figure("total"), Figure("annual"), Figure("share")),
        ),
        TaskPanel(
            id="task_chart",
            title="扩大对外开放格局",
            notes="",
            number=8,
            headline=TextItem("坚持“枢纽+物流+开放”的发展方向"),
            items=(TextItem("要全面参与RCEP区域合作"),),
            figures=(Figure("gdp"),),
            chart=_bar(),
        ),
        TaskPanel(
            id="task_bare",
            title="守牢安全发展底线",
            notes="",
            number=7,
            headline=TextItem("以时时放心不下的责任感，全力以赴守牢安全发展底线"),
        ),
        TimelinePanel(
            id="timeline",
            title="从建区到前20强",
            notes="",
            events=(
                TimelineEvent("1993", "建区"),
                TimelineEvent("2022", "高位跃升", "在全国230家国家级经开区中高位跃升"),
                TimelineEvent("2023", "建区30周年", "全力开创各项事业新局面", highlight=True),
                TimelineEvent("“十四五”末", "迈入全国经开区前20强", LONG, highlight=True),
            ),
        ),
        QuotePanel(
            id="quote",
            title="五区联动",
            notes="",
            quote=TextItem(LONG * 2),
            attribution="区党工委书记 李小虎",
        ),
        QuotePanel(
            id="quote_short", title="开篇", notes="", quote=TextItem("日月开新元，万象启新篇。")
        ),
        ChartPanel(
            id="chart",
            title="全区实施项目",
            notes="",
            lead="全区共实施项目393个。",
            chart=_donut(),
            items=(TextItem("新开工187个"), TextItem(LONG)),
        ),
        ChartPanel(id="chart_bare", title="预期指标", notes="", chart=_bar()),
        ImagePanel(
            id="map",
            title="区位图",
            notes="",
            image="map.png",
            caption="三大片区沿河布局",
            image_data=png_bytes((1600, 900), "#2E6DA4"),
        ),
        ClosingPanel(
            id="closing",
            title="新征程、再出发",
            notes="",
            subtitle="凝心聚力 务实笃行",
            text=TextItem("开启新经开、抢抓新机遇、开创新未来"),
        ),
    )
    meta = Meta(
        title="抢抓新机遇 开辟新未来 而立之年再造“新经开”",
        subtitle="为全面推进中国式现代化经济技术开发区新实践努力奋斗",
        organisation="郑州经济技术开发区",
        meeting="郑州经开区经济工作会议",
        date=dt.date(2023, 1, 9),
        anniversary=Anniversary(30, 1993),
    )
    return Briefing(meta=meta, indicators=INDICATORS, sections=(Section("all", "全部", panels),))


def kinds_covered(briefing: Briefing) -> set[PanelKind]:
    return {panel.kind for panel in briefing.panels}
