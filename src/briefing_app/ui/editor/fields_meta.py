"""The inspector's rows for the briefing as a whole (meta, logo) and the panel's section."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from briefing_app.model.briefing import Anniversary, Briefing
from briefing_app.model.edits import Edit, SetMeta, SetPanelField, SetSectionField, find_panel
from briefing_app.model.field_path import EditError
from briefing_app.model.panels import CoverPanel, PanelBase
from briefing_app.ui.editor.fields import (
    Field,
    Row,
    grouped,
    parse_optional_number,
    parse_whole,
    read_path,
)
from briefing_app.ui.editor.fields import find_panel as panel_of

_CHINESE_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")


def section_rows(briefing: Briefing, panel: PanelBase) -> list[Row]:
    """Return the rows of the section that holds `panel`: its title and time budget."""
    try:
        s, _ = find_panel(briefing, panel.id)
    except EditError:
        return []
    sid = briefing.sections[s].id

    def read(name: str) -> Callable[[Briefing], str]:
        def of(b: Briefing) -> str:
            section = next(x for x in b.sections if x.id == sid)
            value = getattr(section, name)
            return "" if value is None else _written(value)

        return of

    def minutes(text: str) -> Edit:
        return SetSectionField(sid, "minutes", parse_optional_number(text))

    rows: list[Row] = [
        Field(
            f"section:{sid}:title",
            "editor.f.section_title",
            read("title"),
            lambda text: SetSectionField(sid, "title", text),
        ),
        Field(f"section:{sid}:minutes", "editor.f.section_minutes", read("minutes"), minutes),
    ]
    return grouped(rows, "editor.g.section")


def meta_rows(briefing: Briefing) -> list[Row]:
    """Return the rows of the briefing's meta: title, subtitle, organisation, meeting, date,
    anniversary, and the logo of the cover and every footer."""
    rows: list[Row] = [
        _meta(name, f"editor.f.meta_{name}")
        for name in ("title", "subtitle", "organisation", "meeting")
    ]
    rows.append(
        Field(
            "meta:date",
            "editor.f.meta_date",
            lambda b: b.meta.date.isoformat(),
            lambda text: SetMeta("date", parse_date(text)),
            invalid="editor.not_a_date",
        )
    )
    rows += _anniversary(briefing)
    cover = next((p for p in briefing.panels if isinstance(p, CoverPanel)), None)
    if cover is not None:
        pid = cover.id
        rows.append(
            Field(
                "meta:logo",
                "editor.f.logo",
                lambda b: str(read_path(panel_of(b, pid), "logo")),
                lambda text: SetPanelField(pid, "logo", text.strip()),
                image=True,
            )
        )
    return grouped(rows, "editor.g.meta")


def parse_date(text: str) -> dt.date:
    """Return the date typed as 2023-01-09 or 2023年1月9日; ValueError for anything else."""
    text = text.strip()
    match = _CHINESE_DATE.fullmatch(text)
    if match:
        return dt.date(*(int(g) for g in match.groups()))
    return dt.date.fromisoformat(text)


def _meta(name: str, label: str) -> Field:
    return Field(
        f"meta:{name}",
        label,
        lambda b: str(getattr(b.meta, name)),
        lambda text: SetMeta(name, text),
    )


def _anniversary(briefing: Briefing) -> list[Field]:
    """Return the anniversary's fields: the years it marks and the founding year. Each sets
    both (they add up to the meeting's year); emptying either removes the anniversary."""
    year = briefing.meta.date.year

    def read(name: str) -> Callable[[Briefing], str]:
        def of(b: Briefing) -> str:
            value = b.meta.anniversary
            return "" if value is None else str(getattr(value, name))

        return of

    def set_years(text: str) -> Edit:
        if not text.strip():
            return SetMeta("anniversary", None)
        years = parse_whole(text)
        return SetMeta("anniversary", Anniversary(years, year - years))

    def set_founded(text: str) -> Edit:
        if not text.strip():
            return SetMeta("anniversary", None)
        founded = parse_whole(text)
        return SetMeta("anniversary", Anniversary(year - founded, founded))

    return [
        Field("meta:anniversary.years", "editor.f.anniversary_years", read("years"), set_years),
        Field(
            "meta:anniversary.founded",
            "editor.f.anniversary_founded",
            read("founded"),
            set_founded,
        ),
    ]


def _written(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
