"""How figures are written: one formatter for the panels, the live charts and the deck.

Rounding is half-up on the decimal digits as written (2.5 -> 3, 0.125 -> 0.13), as Excel and
PowerPoint round their data labels, so a number reads the same on screen and in the deck.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

MAX_DECIMALS = 6
GENERAL = "General"  # Excel's format that shows a number as it is stored


def format_decimals(number_format: str) -> int:
    """Return the decimals an Excel-style format shows: "0" -> 0, "0.0" -> 1, "0.00%" -> 2."""
    core = (number_format.strip() or "0").rstrip("%")
    return len(core.split(".", 1)[1]) if "." in core else 0


def round_half_up(value: float, decimals: int) -> Decimal:
    """Return `value` rounded half-up to `decimals`, from the decimal it was written as."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


def format_number(value: float, decimals: int) -> str:
    """Return `value` with exactly `decimals` decimals, e.g. 2940.1 -> '2940.1'; never '-0'."""
    text = f"{round_half_up(value, decimals):f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


def format_value(value: float, number_format: str) -> str:
    """Return `value` in an Excel-style `number_format`: "0", "0.0", "#,##0", "0%"."""
    fmt = number_format.strip() or "0"
    if fmt == GENERAL:
        return format_number(value, written_decimals(value))
    percent = fmt.endswith("%")
    decimals = format_decimals(fmt)
    if percent:  # Excel semantics: 0.171 in "0%" reads 17%
        value *= 100
    text = format_number(value, decimals)
    if "," in fmt:
        whole, _, fraction = text.partition(".")
        sign = "-" if whole.startswith("-") else ""
        whole = f"{int(whole.lstrip('-')):,}"
        text = sign + whole + ("." + fraction if fraction else "")
    return text + ("%" if percent else "")


def excel_format(decimals: int) -> str:
    """Return the Excel-style format with `decimals` decimals: 0 -> "0", 2 -> "0.00"."""
    return "0." + "0" * decimals if decimals > 0 else "0"


def written_decimals(value: float) -> int:
    """Return the decimals `value` was written with: 11 -> 0, 6.2 -> 1, 12.7 -> 1."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return min(-exponent, MAX_DECIMALS) if isinstance(exponent, int) and exponent < 0 else 0


def format_point(value: float, decimals: int, number_format: str | None = None) -> str:
    """Return a chart figure as stated (its own `decimals`) unless `number_format` overrides.

    A series' points keep their own precision (11, 6.2, 1123, 12.7 side by side), so no
    series-wide format forces "11.0%" or "12.7000亿元"; a format, when given, applies to all.
    """
    if number_format:
        return format_value(value, number_format)
    return format_number(value, decimals)


def shows_exactly(value: float, decimals: int) -> bool:
    """Return whether `value` written with `decimals` decimals loses nothing (2940.1 at 0: no)."""
    return round_half_up(value, decimals) == Decimal(repr(float(value)))


def share_percent(part: float, whole: float, decimals: int = 1) -> str:
    """Return part/whole as a percentage text without the sign, e.g. 502.8/2940.1 -> '17.1'."""
    return format_number(100.0 * part / whole if whole else 0.0, decimals)
