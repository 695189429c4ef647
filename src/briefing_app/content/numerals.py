"""Reading the figures a text states, in Arabic and Chinese numerals, and what follows them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from briefing_app.content.normalize import chinese_numeral

#: Words that contain a numeral character but state no figure: names of plans and
#: meetings, set phrases and idioms. Longest first, so 一带一路 is masked before 一路.
_NOT_FIGURES_WORDS = """
            统一 一带一路 一般 十四五 十三五 十二五 十五五 一体化 一流 进一步 第一要务 第一责任
            第一资源 第一动力 第一生产力 万物 千方百计 三农 一把手 二十大 十九大 三十而立 一起
            一切 一样 一直 一定 一些 一系列 一道 一方面 唯一 万象 万众 一心 千家万户 一以贯之
            一马当先 一张蓝图 一盘棋 一网通办 一站式 一同 一致 一线 一旦 同一 万一 十分 百姓
            四面八方 五湖四海 一手 一举 一级 一体 不一 一日千里 一鼓作气 一往无前 九州 千秋
            一心一意 千千万万 万人助万企 一揽子 一件事 两手抓 两者 二者 三心二意 万无一失
            一目了然 十全十美 百花齐放 百舸争流 千帆竞发 百尺竿头 千里之行 三令五申 九九归一
            一次办 最多跑一次 一网统管 千行百业 万家灯火 千载难逢 百年大计 一锤定音 一老一小
            第一时间 第一线 一次性 单一 一以贯之 一张网 一体推进 一号工程 一把尺子 一碗水
            一刀切 一窝蜂 一成不变 一如既往 一脉相承 一路 一方 一项项 一件件 一个个 一批批
            """
NOT_FIGURES: tuple[str, ...] = tuple(sorted(set(_NOT_FIGURES_WORDS.split()), key=len, reverse=True))

#: Of those, the names that carry a number (a plan, a party congress): not figures, but a
#: briefing may show only those its source names (十四五 changed to 十五五 is caught).
NAMES_WITH_NUMBERS = ("十二五", "十三五", "十四五", "十五五", "十九大", "二十大")

#: Units of measure: a number followed by one of these is a figure even in the notes.
_UNITS_WORDS = """
            亿元 万元 元 亿美元 万美元 美元 % 个百分点 百分点 个 家 项 条 所 座 套 户 人 万人
            人次 万人次 名 平方公里 平方米 万平方米 公里 千米 米 亩 万亩 公顷 吨 万吨 千瓦
            万千瓦 千瓦时 倍 台 辆 万辆 床 强 位 级 批 件 栋 处 宗 笔 标箱 万标箱 成
            """
UNITS: tuple[str, ...] = tuple(sorted(set(_UNITS_WORDS.split()), key=len, reverse=True))

#: Words after a number that make it a count of things (三个, 五项, 六大, 八条 …).
COUNT_WORDS = ("个", "项", "大", "条", "件", "类", "句", "点", "方面", "家", "名", "批", "部分")

_CN = "零〇一二两三四五六七八九十百千万亿"
#: Digits joined to Latin letters are names, not figures: 5G, PM2.5, G20, C919.
_NUMBER = re.compile(rf"(第)?((?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])|[{_CN}]+)")
#: 一、 at the start of a line or after punctuation, （一）, 一是: list markers, not figures.
_LIST_MARKER = re.compile(
    rf"(?:(?<=^)|(?<=[\n，。；：:,;]))[{_CN}]{{1,3}}(?=、|是)|（[{_CN}]{{1,3}}）"
)
_MASK = "□"


@dataclass(frozen=True)
class Number:
    """A number read in a text: its value, what precedes and follows it."""

    value: Decimal
    without_multiplier: Decimal | None  # 两千亿 also states 2000 (亿元), as sources write
    written: str
    start: int
    chinese: bool
    ordinal: bool  # 第N
    unit: str  # the unit of measure that follows ("" when none)
    after: str  # the few characters that follow

    def matches(self, pool: set[Decimal]) -> bool:
        """Return whether this number is one of `pool` (either way of reading 两千亿)."""
        return self.value in pool or self.without_multiplier in pool

    @property
    def is_count(self) -> bool:
        return self.after.startswith(COUNT_WORDS)


def mask(text: str, pattern: re.Pattern[str] | str) -> str:
    """Return `text` with each match of `pattern` blanked out, keeping positions."""
    regex = re.compile(re.escape(pattern)) if isinstance(pattern, str) else pattern
    return regex.sub(lambda m: _MASK * len(m.group(0)), text)


def mask_not_figures(text: str) -> str:
    """Return `text` with words that are not figures (统一, 十四五 …) and list markers blanked."""
    for word in NOT_FIGURES:
        if word in text:
            text = text.replace(word, _MASK * len(word))
    return mask(text, _LIST_MARKER)


def read_numbers(text: str) -> list[Number]:
    """Return the numbers `text` states, in order, after `mask_not_figures`."""
    return list(_read_numbers(text))


# A check reads the same quotes on every panel that cites them, and a live check while
# editing reads the same unchanged text again after every keystroke: remember the readings.
@functools.lru_cache(maxsize=8192)
def _read_numbers(text: str) -> tuple[Number, ...]:
    text = mask_not_figures(text)
    found = []
    for m in _NUMBER.finditer(text):
        written = m.group(2)
        chinese = not written[0].isdigit()
        if chinese:
            value = chinese_numeral(written)
            if value is None:
                continue
            number = Decimal(value)
            stripped = written.rstrip("万亿")
            inner = chinese_numeral(stripped) if stripped and stripped != written else None
            also = Decimal(inner) if inner is not None else None
        else:
            number, also = Decimal(written), None
        after = text[m.end() : m.end() + 6]
        unit = _unit_after(after)
        found.append(
            Number(number, also, written, m.start(), chinese, bool(m.group(1)), unit, after)
        )
    return tuple(found)


def _unit_after(after: str) -> str:
    rest = after.lstrip("多余")
    for unit in UNITS:
        if rest.startswith(unit):
            return unit
    if rest[:1] in ("万", "亿"):
        return _unit_after(rest[1:]) or rest[:1]
    return ""
