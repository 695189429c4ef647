"""Draft a briefing folder from a report: read, outline, propose, check, then write atomically."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing_app.draft.emit import HEADER, indicator_data, to_yaml
from briefing_app.draft.meta import propose_meta
from briefing_app.draft.proposal import Proposal, propose
from briefing_app.draft.reports import ReportError, read_report
from briefing_app.draft.structure import outline
from briefing_app.draft.text import joined
from briefing_app.files import write_atomically

SOURCE_NAME = "source.txt"
YAML_NAME = "briefing.yaml"
_REPAIRS = 4
_COVER = -1  # among the offsets of failed figures: the cover failed
_PATH = re.compile(
    r"^(?:indicators\[(\d+)\]|sections\[(\d+)\]\.panels\[(\d+)\])"
    r"(?:\.figures\[(\d+)\]|\.chart\.categories\[(\d+)\])?"
)


class DraftError(Exception):
    """A draft that cannot be made or written; the message is one line."""


@dataclass(frozen=True)
class DraftResult:
    """What a draft wrote, with counts for a summary message."""

    folder: Path
    sections: int
    panels: int
    charts: int
    indicators: int
    figures: int  # figures found in the report (numbers with a unit, no dates)
    left_out: int  # figures that became no indicator
    warnings: tuple[str, ...] = field(default=())


def draft_briefing(report: Path, out: Path) -> DraftResult:
    """Write a checked briefing drafted from `report` into the folder `out`.

    Raises DraftError (one line) for an unreadable report, a folder that already holds a
    briefing, or a failed write. Safe on a worker thread: it touches no widget.
    """
    report, out = Path(report), Path(out)
    try:
        _refuse_occupied(out)
    except OSError as exc:  # a folder we may not list, a name too long
        raise DraftError(f"{out}: cannot be read: {exc.strerror or exc}") from None
    try:
        text = read_report(report)
    except ReportError as exc:
        raise DraftError(str(exc)) from None
    doc = outline(text)
    meta, warnings = propose_meta(doc.title_lines, text, report.stem)
    meeting_year = None if warnings else meta["date"].year
    cover = _cover(meta, doc.title_lines)
    banned: set[int] = set()
    with tempfile.TemporaryDirectory(prefix="briefing-draft-") as tmp:
        trial = Path(tmp)
        (trial / SOURCE_NAME).write_text(text, encoding="utf-8")
        for _ in range(_REPAIRS):
            proposal = propose(doc, meeting_year, cover, banned)
            yaml_text = _yaml(report, meta, proposal)
            (trial / YAML_NAME).write_text(yaml_text, encoding="utf-8")
            failed = _failed_figures(trial, proposal)
            if not failed:
                break
            if _COVER in failed:  # a title line the check reads otherwise: a plain cover
                cover = {"kind": "cover", "title": "简报", "notes": "封面", "sources": []}
            banned |= failed - {_COVER}
        else:
            raise DraftError(f"{report}: the draft does not pass check; please report this")
    _write(out, text, yaml_text)
    panels = sum(len(s["panels"]) for s in proposal.sections)
    used = len(proposal.indicators)
    return DraftResult(
        out,
        len(proposal.sections),
        panels,
        proposal.charts,
        used,
        len(proposal.figures),
        len(proposal.figures) - used,
        tuple(warnings),
    )


def _cover(meta: dict[str, Any], title_lines: list[Any]) -> dict[str, Any]:
    cover: dict[str, Any] = {"kind": "cover", "title": meta["title"]}
    if meta["subtitle"]:
        cover["subtitle"] = meta["subtitle"]
    lines = [s.text for s in title_lines]
    cover["notes"] = joined(lines) or meta["title"]
    cover["sources"] = lines
    return cover


def _yaml(report: Path, meta: dict[str, Any], proposal: Proposal) -> str:
    sections = []
    n = 0
    for section in proposal.sections:
        panels = []
        for panel in section["panels"]:
            n += 1
            body = {k: v for k, v in panel.items() if v not in ([], "", None)}
            panels.append({"id": "cover" if body["kind"] == "cover" else f"p{n:03d}", **body})
        sections.append({**section, "panels": panels})
    document = {
        "format": 1,
        "source": SOURCE_NAME,
        "meta": meta,
        "indicators": [indicator_data(i) for i in proposal.indicators],
        "sections": sections,
    }
    return to_yaml(document, HEADER.format(report=report.name, source=SOURCE_NAME))


def _failed_figures(trial: Path, proposal: Proposal) -> set[int]:
    """Return the offsets of the figures behind each problem the check finds in the trial."""
    from briefing_app.content.loader import check_briefing

    result = check_briefing(trial)
    failed: set[int] = set()
    for problem in result.problems:
        m = _PATH.match(problem.path)
        if m is None:
            raise DraftError(f"the draft does not pass check: {problem.render('en')}")
        if m.group(1) is not None:
            failed.add(proposal.indicators[int(m.group(1))].figure.start)
            continue
        panel = proposal.sections[int(m.group(2))]["panels"][int(m.group(3))]
        if panel["kind"] == "cover":
            failed.add(_COVER)
            continue
        if m.group(4) is not None:
            shown = {panel["figures"][int(m.group(4))]["indicator"]}
        elif m.group(5) is not None:
            shown = {s["values"][int(m.group(5))] for s in panel["chart"]["series"]}
        else:
            shown = _shown(panel)
        failed |= {i.figure.start for i in proposal.indicators if i.id in shown}
        if not shown:
            raise DraftError(f"the draft does not pass check: {problem.render('en')}")
    return failed


def _shown(panel: dict[str, Any]) -> set[str]:
    """Return the ids of the indicators a proposed panel shows."""
    shown = {f["indicator"] for f in panel.get("figures", [])}
    for series in panel.get("chart", {}).get("series", []):
        shown |= set(series["values"])
    if "total" in panel.get("chart", {}):
        shown.add(panel["chart"]["total"])
    return shown


def _refuse_occupied(out: Path) -> None:
    """Refuse a folder that holds a briefing (or files this draft would replace)."""
    if out.exists() and not out.is_dir():
        raise DraftError(f"{out}: exists and is not a folder")
    if out.is_dir():
        taken = [
            p.name for p in out.iterdir() if p.suffix in (".yaml", ".yml") or p.name == SOURCE_NAME
        ]
        if taken:
            raise DraftError(
                f"{out}: already holds a briefing ({', '.join(sorted(taken))}); "
                "choose a new or empty folder"
            )


def _write(out: Path, text: str, yaml_text: str) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        _refuse_occupied(out)  # again: something may have appeared since we started
        write_atomically(out / SOURCE_NAME, text.encode("utf-8"))
        write_atomically(out / YAML_NAME, yaml_text.encode("utf-8"))
    except OSError as exc:
        where = exc.filename or out
        raise DraftError(f"cannot write {where}: {exc.strerror or exc}") from None
