"""Find the figures a text states: a number (Arabic or Chinese numerals) with a unit, no dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from briefing_app.content.normalize import chinese_numeral
from briefing_app.content.numerals import mask_not_figures

#: Units of measure, longest first; 万 and 亿 may stand before any of them (1.6万户, 七百亿元).
_BASE_UNITS = """
    元 美元 % ％ 个百分点 百分点 个 家 项 条 所 座 套 户 人次 人 名 平方公里 平方米 立方米
    公里 千米 米 亩 公顷 吨 千瓦时 千瓦 倍 台 辆 床 批 件 栋 处 宗 笔 标箱 成 天 间 张 场 次 单
    """
BASE_UNITS = tuple(sorted(set(_BASE_UNITS.split()), key=len, reverse=True))
_UNIT = "|".join(re.escape(u) for u in BASE_UNITS)
_CN = "零〇一二两三四五六七八九十百千万亿"
_FIGURE = re.compile(
    rf"(?<![\d.．A-Za-z/-])(?<!\d,)(\d+(?:[.．]\d+)?)(多|余)?(万|亿|千万|百万)?({_UNIT})"
    rf"|(?<![{_CN}第])([{_CN}]+)(多|余)?({_UNIT})"
)
#: What follows a unit and makes the number something else: 3个月 (a duration), 5个一 (a slogan).
_NOT_AFTER = {"个": ("月", "一"), "天": ("内",), "次": ("会议", "全会", "党代会")}
#: Quoted names (“四大工程”), book titles and bracketed words hold slogans, not figures.
_QUOTED = re.compile(r"“[^”\n]{0,30}”|‘[^’\n]{0,30}’|《[^》\n]{0,40}》|\"[^\"\n]{0,30}\"")
_MASK = "□"
#: Full-width digits and point, as some reports type them, to ASCII.
ASCII_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
#: Words with a numeral and a unit that state no figure (三次产业: the three sectors).
_NOT_FIGURES = re.compile(r"三次产业|一二三产业|[一二三]产")
#: A threshold names a class of things, not a figure: 10亿元以上项目, 超百亿元企业.
_THRESHOLD_AFTER = re.compile(r"^(?:以上|以下|及以上)?(?=[\u4e00-\u9fff])(?!以上|以下|左右|多)")
_THRESHOLD_AFTER_ABOVE = re.compile(r"^(?:以上|以下|及以上)[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Figure:
    """A figure found in a text: its value as written, its unit and where it stands."""

    value: Decimal  # as written, positive; the unit carries 万 / 亿 (1.6 with 万户)
    decimals: int
    unit: str
    written: str  # the number and unit exactly as in the text: 1.6万户, 七百亿元
    start: int
    end: int
    chinese: bool


def find_figures(text: str, offset: int = 0) -> list[Figure]:
    """Return the figures of `text`, in order; positions are `offset` + index into `text`."""
    masked = _QUOTED.sub(lambda m: _MASK * len(m.group(0)), mask_not_figures(text))
    masked = _NOT_FIGURES.sub(lambda m: _MASK * len(m.group(0)), masked)
    found: list[Figure] = []
    for m in _FIGURE.finditer(masked):
        figure = _figure(m, text, offset)
        if figure is not None:
            found.append(figure)
    return found


def _figure(m: re.Match[str], text: str, offset: int) -> Figure | None:
    unit = m.group(4) or m.group(7)
    rest = text[m.end() : m.end() + 4]
    if rest.startswith(_NOT_AFTER.get(unit, ())) or _is_threshold(text, m, unit, rest):
        return None
    if m.group(1):
        written = m.group(1).translate(ASCII_DIGITS)  # ２８６５．４ as 2865.4
        value = Decimal(written)
        decimals = len(written.partition(".")[2])
        unit = (m.group(3) or "") + unit
        chinese = False
    else:
        numeral = m.group(5)
        if numeral == "一" or numeral.strip("万亿") == "":
            return None  # 一个: Chinese prose's article; 万人 alone is no number
        head = numeral.rstrip("万亿")
        if head != numeral and head:  # 七百亿元: 700 in 亿元, as figures are kept
            multiplier = numeral[len(head) :]
            numeral, unit = head, multiplier + unit
        number = chinese_numeral(numeral)
        if number is None:
            return None
        value, decimals, chinese = Decimal(number), 0, True
    start, end = m.start(), m.end()
    unit = unit.replace("％", "%")
    return Figure(value, decimals, unit, text[start:end], offset + start, offset + end, chinese)


def _is_threshold(text: str, m: re.Match[str], unit: str, rest: str) -> bool:
    """Return whether the number names a class (10亿元以上项目, 超百亿元企业), not a figure."""
    if unit.endswith(("元", "美元")) or unit in ("个", "人"):
        if _THRESHOLD_AFTER_ABOVE.match(rest):
            return True
        return text[max(0, m.start() - 1) : m.start()] == "超" and bool(
            _THRESHOLD_AFTER.match(rest)
        )
    return False
