"""How the app says where a figure comes from: one wording for panels, charts and console."""

from __future__ import annotations

import re

from briefing_app.model.briefing import Briefing
from briefing_app.model.indicator import Indicator
from briefing_app.model.text import plain_quote

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def where_from(indicator: Indicator, briefing: Briefing) -> str:
    """Return an indicator's quoted sentence, or how a derived one is computed; "" if neither.

    e.g. "年度计划投资502.8亿元", or "由年度计划投资÷总投资×100计算".
    """
    if indicator.source:
        return plain_quote(indicator.source)
    if indicator.formula:

        def name(match: re.Match[str]) -> str:
            try:
                return briefing.indicator(match.group(0)).name
            except KeyError:
                return match.group(0)

        formula = _IDENTIFIER.sub(name, indicator.formula)
        return "由" + formula.replace("*", "×").replace("/", "÷").replace(" ", "") + "计算"
    return ""


def hover_line(name: str, value: str, source: str) -> str:
    """Return a hovered figure's line, "名称：值 — 来源：句子" (no source part if none)."""
    return f"{name}：{value} — 来源：{source}" if source else f"{name}：{value}"
