"""The inspector's rows for the indicator behind a figure: value, name, unit, quote and the rest."""

from __future__ import annotations

from collections.abc import Callable

from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import ROLE, Edit, SetIndicatorField
from briefing_app.model.indicator import IndicatorKind
from briefing_app.model.numbers import format_number
from briefing_app.ui.editor.fields import Field, parse_number, parse_whole
from briefing_app.ui.i18n import tr


def indicator_fields(briefing: Briefing, indicator_id: str) -> list[Field]:
    """Return the fields of an indicator: its figure (value or target), name, unit, quote, kind,
    year, the phrase it is at, its display label, decimals and formula."""
    try:
        indicator = briefing.indicator(indicator_id)
    except KeyError:
        return []
    role = "target" if indicator.is_target else "value"
    key = f"indicator:{indicator_id}"

    def read_amount(b: Briefing) -> str:
        ind = b.indicator(indicator_id)
        amount = ind.target if ind.is_target else ind.value
        return "" if amount is None else format_number(amount, ind.decimals)

    def field(name: str, label: str, **kw: object) -> Field:
        parse = kw.pop("parse", None)
        optional = bool(kw.pop("optional", False))
        more = bool(kw.pop("more", False))
        return Field(
            f"{key}:{name}",
            label,
            _reader(indicator_id, name),
            _setter(indicator_id, name, parse, optional),  # type: ignore[arg-type]
            more=more,
            **kw,  # type: ignore[arg-type]
        )

    kinds = tuple((k.value, tr(f"kind.{k.value}")) for k in IndicatorKind)
    return [
        Field(
            f"{key}:{role}",
            f"editor.f.{role}",
            read_amount,
            lambda text: SetIndicatorField(indicator_id, role, parse_number(text)),
            read_only=indicator.formula is not None and indicator.source is None,
        ),
        Field(
            f"{key}:{ROLE}",
            "editor.f.role",
            lambda b: "target" if b.indicator(indicator_id).is_target else "value",
            lambda text: SetIndicatorField(indicator_id, ROLE, text),
            choices=(("value", tr("editor.role_value")), ("target", tr("editor.role_target"))),
        ),
        field("name", "editor.f.name"),
        field("unit", "editor.f.unit"),
        field("source", "editor.f.source", multiline=True, optional=True),
        field("kind", "editor.f.kind", choices=kinds, more=True),
        field("year", "editor.f.year", parse=parse_year, invalid="editor.not_a_year", more=True),
        field("at", "editor.f.at", optional=True, more=True),
        field("label", "editor.f.label", optional=True, more=True),
        field("decimals", "editor.f.decimals", parse=parse_whole, more=True),
        field("formula", "editor.f.formula", optional=True, more=True),
    ]


def parse_year(text: str) -> int | str:
    """Return a year (2023) or a period as the source names it (“十四五”末); ValueError if empty."""
    text = text.strip()
    if not text:
        raise ValueError("empty year")
    try:
        return parse_whole(text)
    except ValueError:
        return text


def _reader(indicator_id: str, name: str) -> Callable[[Briefing], str]:
    def read(b: Briefing) -> str:
        value = getattr(b.indicator(indicator_id), name)
        return "" if value is None else str(getattr(value, "value", value))

    return read


def _setter(
    indicator_id: str, name: str, parse: Callable[[str], object] | None, optional: bool
) -> Callable[[str], Edit]:
    def edit(text: str) -> Edit:
        if optional and not text.strip():
            return SetIndicatorField(indicator_id, name, None)
        return SetIndicatorField(indicator_id, name, parse(text) if parse else text)

    return edit
