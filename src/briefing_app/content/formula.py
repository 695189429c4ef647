"""Declared arithmetic: a tiny, safe evaluator of formulas over indicator ids."""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, DecimalException

from briefing_app.content.limits import (
    MAX_DIGITS,
    MAX_FORMULA_CHAIN,
    MAX_FORMULA_CHARS,
    MAX_FORMULA_TERMS,
)
from briefing_app.content.messages import Message, msg

_OPS: dict[type[ast.operator], Callable[[Decimal, Decimal], Decimal]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}


_TERM = re.compile(r"[A-Za-z0-9_.]+")


class FormulaError(ValueError):
    """A formula that does not parse, names an unknown id or divides by zero.

    `text` says which, as a catalog message.
    """

    def __init__(self, text: Message) -> None:
        super().__init__(text)
        self.text = text


def names_in(formula: str) -> set[str]:
    """Return the indicator ids a formula uses."""
    return {n.id for n in ast.walk(_parse(formula)) if isinstance(n, ast.Name)}


def evaluate(formula: str, values: Mapping[str, Decimal]) -> Decimal:
    """Return the value of `formula` (+ - * / numbers, parentheses, indicator ids)."""
    try:
        result = _eval(_parse(formula).body, values)
    except (DecimalException, RecursionError) as exc:
        raise FormulaError(msg("formula.cannot_compute", formula=formula)) from exc
    if not result.is_finite() or abs(result) >= Decimal(10) ** MAX_DIGITS:
        raise FormulaError(msg("formula.too_many_digits", formula=formula, limit=MAX_DIGITS))
    return result


def _parse(formula: str) -> ast.Expression:
    """Return the syntax tree of `formula`, bounded in length first (parsing recurses)."""
    if len(formula) > MAX_FORMULA_CHARS:
        raise FormulaError(msg("formula.too_long", count=len(formula), limit=MAX_FORMULA_CHARS))
    terms = len(_TERM.findall(formula))
    if terms > MAX_FORMULA_TERMS:
        raise FormulaError(msg("formula.too_many_terms", count=terms, limit=MAX_FORMULA_TERMS))
    try:
        return ast.parse(formula, mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise FormulaError(msg("formula.parse", formula=formula)) from exc


def _eval(node: ast.expr, values: Mapping[str, Decimal]) -> Decimal:
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        left, right = _eval(node.left, values), _eval(node.right, values)
        if isinstance(node.op, ast.Div) and right == 0:
            raise FormulaError(msg("formula.division_by_zero"))
        operate: Callable[[Decimal, Decimal], Decimal] = _OPS[type(node.op)]
        return operate(left, right)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, values)
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        raise FormulaError(msg("formula.not_number", value=str(node.value)))
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        if isinstance(node.value, float) and not math.isfinite(node.value):
            raise FormulaError(msg("formula.not_finite", value=str(node.value)))
        return Decimal(repr(node.value))
    if isinstance(node, ast.Name):
        if node.id not in values:
            raise FormulaError(msg("indicator.unknown", name=node.id, hint=""))
        return values[node.id]
    raise FormulaError(msg("formula.only"))


def too_long_chain(formulas: Mapping[str, str]) -> str | None:
    """Return an indicator whose formula depends on more than MAX_FORMULA_CHAIN formulas in a
    row (a = b + 1, b = c + 1, ...), or None. Resolving such a chain would recurse too deep.
    """
    needs: dict[str, list[str]] = {}
    for ind_id, formula in formulas.items():
        try:
            needs[ind_id] = [n for n in names_in(formula) if n in formulas]
        except FormulaError:
            needs[ind_id] = []  # reported when the formula is resolved
    depths: dict[str, int] = {}

    def depth(ind_id: str, path: tuple[str, ...]) -> int:
        if ind_id in depths:
            return depths[ind_id]
        if ind_id in path:
            return 0  # a cycle, reported when the formula is resolved
        if len(path) >= MAX_FORMULA_CHAIN:
            raise _TooLong
        depths[ind_id] = 1 + max((depth(n, (*path, ind_id)) for n in needs[ind_id]), default=0)
        return depths[ind_id]

    for ind_id in formulas:
        try:
            depth(ind_id, ())
        except _TooLong:
            return ind_id
    return None


class _TooLong(Exception):
    """A chain of formulas longer than the limit was found."""
