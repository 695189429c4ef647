"""Which of its quote's numbers a figure is: `at` names it when the quote states several.

A quote such as 城镇、农村居民人均可支配收入分别增长4.8%、7.2% states two figures of one
unit; two indicators quoting it could swap their values unnoticed. When a quote states more
than one number of the figure's kind (the same unit after it; for a rank, the ordinals and
前N强), the figure must be the number that follows its name in the quote when the quote names
it once (地区生产总值增长8%,工业增长10%: 地区生产总值 is 8); otherwise the indicator must say
which it takes with `at`: a phrase copied from the quote that states the figure and no other
of its kind (at: 7.2%). Years (2022年), durations (两年) and
slogans (“四上”) are not numbers of the figure's kind, unless the figure is a year.
"""

from __future__ import annotations

from decimal import Decimal

from briefing_app.content.decode import Decoder
from briefing_app.content.messages import msg
from briefing_app.content.normalize import as_decimal, normalize
from briefing_app.content.numerals import Number, mask, read_numbers
from briefing_app.content.shown import NORMALIZED_SLOGAN, RANK_UNITS
from briefing_app.model.indicator import Indicator, IndicatorKind


def check_which(ind: Indicator, path: str, dec: Decoder) -> None:
    """Record a problem when `ind`'s quote states several figures like it and `at` is unclear."""
    if ind.source is None or not ind.has_amount:
        return
    amount = abs(as_decimal(ind.amount))
    rivals = _of_its_kind(ind, normalize(ind.source), amount)
    if not any(n.matches({amount}) for n in rivals):
        return  # the figure is not in its quote at all: reported as such
    if ind.at is None:
        values = sorted({n.value for n in rivals})
        named = _after_name(ind, normalize(ind.source), rivals)
        if len(values) > 1 and named is not None:
            if not named.matches({amount}):
                dec.problem_at(
                    f"{path}.{'value' if ind.value is not None else 'target'}",
                    msg("which.gives_other", amount=amount, name=ind.name, value=named.value),
                )
        elif len(values) > 1:
            listed = "、".join(str(v) for v in values)
            dec.problem_at(f"{path}.source", msg("which.several", listed=listed, amount=amount))
        return
    at = normalize(ind.at)
    if at not in normalize(ind.source):
        dec.problem_at(f"{path}.at", msg("which.at_not_in_quote", at=ind.at))
        return
    mine = _of_its_kind(ind, at, amount)
    if not any(n.matches({amount}) for n in mine):
        dec.problem_at(f"{path}.at", msg("which.at_not_amount", at=ind.at, amount=amount))
    elif len({n.value for n in mine}) > 1:
        dec.problem_at(f"{path}.at", msg("which.at_several", at=ind.at))


def _after_name(ind: Indicator, flat: str, rivals: list[Number]) -> Number | None:
    """Return the number the quote states right after the figure's name, if it names it once.

    地区生产总值增长8%,规模以上工业增加值增长10% gives 地区生产总值 8 without `at`.
    """
    name = normalize(ind.name)
    if len(name) < 2 or flat.count(name) != 1:
        return None
    end = flat.index(name) + len(name)
    return next((n for n in rivals if n.start >= end), None)


def _of_its_kind(ind: Indicator, flat: str, amount: Decimal) -> list[Number]:
    """Return the numbers of `flat` that could be the figure (same unit after them)."""
    numbers = [n for n in read_numbers(mask(flat, NORMALIZED_SLOGAN)) if _counts(n, ind)]
    units = {n.unit for n in numbers if n.matches({amount})}
    return [n for n in numbers if n.unit in units] if units else numbers


def _counts(number: Number, ind: Indicator) -> bool:
    if ind.kind is IndicatorKind.YEAR:
        return True
    if number.after.startswith("年") and not number.unit:
        return False  # 2022年, 两年: a year or a duration
    if ind.kind is IndicatorKind.RANK:
        return number.ordinal or number.unit in RANK_UNITS
    return not number.ordinal
