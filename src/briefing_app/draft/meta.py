"""Meta of a drafted briefing from the report's title lines: title, meeting, date, organisation."""

from __future__ import annotations

import datetime as dt
import re

from briefing_app.draft.structure import Span
from briefing_app.draft.text import displayed

_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_AT_MEETING = re.compile(r"在(.{4,40}?(?:会议|大会|会))上")
_CONVENED = re.compile(r"([^，,。；\s]{2,12}?)(?:召开|举行)了?([^，,。；\s]{2,20}?(?:会议|大会))")
_PLACE = re.compile(
    r"^(?:关于)?(.{1,10}?(?:自治区|开发区|经开区|高新区|新区|省|市|区|县|旗|镇|乡))"
)


def propose_meta(title_lines: list[Span], text: str, fallback_title: str) -> tuple[dict, list[str]]:
    """Return the meta mapping and warnings for what the report does not state."""
    warnings: list[str] = []
    title = displayed(title_lines[0].text) if title_lines else fallback_title
    subtitle = displayed(title_lines[1].text).lstrip("—-") if len(title_lines) > 1 else ""
    head = "\n".join(s.text for s in title_lines)
    date = _date(head) or _date(text)
    if date is None:
        date = dt.date.today()
        warnings.append(f"the report states no date: meta.date is today ({date.isoformat()})")
    at = _AT_MEETING.search(head) or _AT_MEETING.search(text[:3000])
    convened = _CONVENED.search(text[:3000])
    if at:
        meeting = at.group(1)
    elif convened:
        meeting = convened.group(1) + convened.group(2)
    else:
        meeting = title
    place = _PLACE.match(title) or _PLACE.match(meeting)
    organisation = place.group(1) if place else (convened.group(1) if convened else "")
    meta = {
        "title": title,
        "subtitle": subtitle,
        "organisation": displayed(organisation),
        "meeting": displayed(meeting),
        "date": date,
    }
    return meta, warnings


def _date(text: str) -> dt.date | None:
    """Return the first full date of `text`; a month and day take the year stated before them."""
    full = _FULL_DATE.search(text)
    if full:
        return _valid(int(full.group(1)), int(full.group(2)), int(full.group(3)))
    for m in _MONTH_DAY.finditer(text):
        years = _YEAR.findall(text[: m.start()]) or _YEAR.findall(text[m.end() : m.end() + 400])
        if years:
            return _valid(
                int(years[-1] if _YEAR.findall(text[: m.start()]) else years[0]),
                int(m.group(1)),
                int(m.group(2)),
            )
    return None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
