"""Indicators: the figures of a briefing, each with its unit, year and provenance."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from briefing_app.model.numbers import format_number


class IndicatorKind(StrEnum):
    """What an indicator measures; decides how it is formatted and charted."""

    GROWTH_RATE = "growth_rate"  # percent change, e.g. 地区生产总值增长8%
    SHARE = "share"  # percent of a whole, e.g. 17.1 %
    COUNT = "count"  # items: 个, 家, 项
    AMOUNT = "amount"  # money: 亿元
    RANK = "rank"  # a position, e.g. 前20强
    YEAR = "year"


@dataclass(frozen=True)
class Indicator:
    """One figure. Exactly one of `value` (achieved) and `target` (planned) is set.

    `source` quotes the sentence the figure comes from; a derived indicator has a `formula`
    over other indicator ids instead and its value is computed. When both `source` and
    `formula` are given, the stated value must equal the formula (declared arithmetic).
    """

    id: str
    name: str
    kind: IndicatorKind
    unit: str
    year: int | str  # or the period as the source names it: “十二五”末
    value: float | None = None
    target: float | None = None
    source: str | None = None
    formula: str | None = None
    decimals: int = 0
    label: str | None = None  # the display form when it is not a number, e.g. 千亿级
    # Which of its quote's numbers the figure is, when the quote states several it could be:
    # a phrase copied from the quote that states it (分别增长4.8%、7.2%: at: 7.2%).
    at: str | None = None

    @property
    def amount(self) -> float:
        """Return the figure whatever its role (achieved value or target)."""
        if self.value is not None:
            return self.value
        if self.target is not None:
            return self.target
        raise ValueError(f"indicator {self.id} has neither value nor target")

    @property
    def has_amount(self) -> bool:
        """Return whether the figure is known (a derived one whose formula failed is not)."""
        return self.value is not None or self.target is not None

    @property
    def is_target(self) -> bool:
        return self.target is not None and self.value is None

    def formatted(self) -> str:
        """Return the figure as displayed, without its unit, e.g. '2940.1' or '8'."""
        if self.label:
            return self.label
        return format_number(self.amount, self.decimals)
