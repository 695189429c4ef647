"""Load a briefing folder into the model, or report every problem with file and line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml

from briefing_app.content.colours_check import check_colours
from briefing_app.content.decode import INVALID, Decoder
from briefing_app.content.formula import too_long_chain
from briefing_app.content.images import load_images
from briefing_app.content.limits import MAX_FORMULA_CHAIN, MAX_SOURCE_BYTES
from briefing_app.content.locate import resolve_briefing_file
from briefing_app.content.messages import msg
from briefing_app.content.messages import text as plain
from briefing_app.content.problems import BriefingError, Problem, with_places
from briefing_app.content.provenance import check_provenance
from briefing_app.content.reading import compose_yaml, read_file
from briefing_app.content.resolve import resolve_indicators, resolve_sections
from briefing_app.content.result import CheckResult
from briefing_app.content.source_file import source_path
from briefing_app.model.briefing import Briefing


def check_briefing(path: Path | str) -> CheckResult:
    """Return the loaded briefing (None if unusable) and every problem, sorted by position."""
    path = Path(path)
    file = resolve_briefing_file(path)
    shown = str(file)
    try:
        exists = path.exists()
    except (OSError, ValueError) as exc:  # a name too long for the system, a NUL byte
        reason = plain(str(getattr(exc, "strerror", None) or exc))
        message = msg("file.unreadable", reason=reason)
        return CheckResult(None, [Problem(str(path), 0, 0, "", message)], file)
    if not exists:
        return CheckResult(None, [Problem(str(path), 0, 0, "", msg("file.missing"))], file)
    yaml_bytes, text, problem = read_file(file, shown)
    if problem or text is None:
        return CheckResult(None, [problem] if problem else [], file)
    return _check_yaml(text, yaml_bytes, file)


def check_text(text: str, file: Path | str, node: yaml.Node | None = None) -> CheckResult:
    """Return the check of `text` as if it were the YAML file `file` (an edit not yet saved):
    problems name `file`, and its source text is read beside it. `node`, when given, is the
    tree `compose_yaml` made of this very text (the editor's saver has it already)."""
    file = Path(file)
    return _check_yaml(text.removeprefix("\ufeff"), text.encode("utf-8"), file, node)


def _check_yaml(
    text: str, yaml_bytes: bytes, file: Path, node: yaml.Node | None = None
) -> CheckResult:
    shown = str(file)
    if node is None:
        node, problem = compose_yaml(text, shown)
        if problem or node is None:
            return CheckResult(None, [problem] if problem else [], file)

    dec = Decoder(shown)
    briefing = dec.decode_document(node, Briefing)
    if briefing is INVALID:
        return CheckResult(None, with_places(sorted(dec.problems), node), file)

    source_file, refused = source_path(file, briefing.source)
    if source_file is None:
        dec.problem_at("source", msg("file.source_refused", reason=refused))
        return CheckResult(None, with_places(sorted(dec.problems), node), file)
    source_bytes, source_text, problem = read_file(source_file, str(source_file), MAX_SOURCE_BYTES)
    if problem or source_text is None:
        line, col = dec.location("source")
        why = problem.text if problem else msg("file.unreadable_plain")
        message = msg("file.source", file=str(source_file), problem=why)
        if problem and problem.line and (problem.line, problem.column) != (1, 1):  # a bad byte
            at = {"line": problem.line, "column": problem.column}
            message = msg("file.source_at", file=str(source_file), problem=why, **at)
        dec.problems.append(Problem(shown, line, col, "source", message))
        return CheckResult(None, with_places(sorted(dec.problems), node), file)

    chain = too_long_chain({i.id: i.formula for i in briefing.indicators if i.formula})
    if chain is not None:
        index = next(i for i, ind in enumerate(briefing.indicators) if ind.id == chain)
        too_long = msg("formula.chain", id=chain, limit=MAX_FORMULA_CHAIN)
        dec.problem_at(f"indicators[{index}].formula", too_long)
        return CheckResult(None, with_places(sorted(dec.problems), node), file)
    briefing = dataclasses.replace(briefing, source_text=source_text)
    briefing = dataclasses.replace(briefing, indicators=resolve_indicators(briefing, dec))
    briefing = dataclasses.replace(briefing, sections=resolve_sections(briefing, dec))
    briefing = load_images(briefing, file, dec)
    check_colours(briefing, dec)
    _check_meta(briefing, dec)
    check_provenance(briefing, dec)
    problems = with_places(sorted(set(dec.problems)), node)
    return CheckResult(briefing, problems, file, (yaml_bytes, source_bytes))


def load_briefing(path: Path | str) -> Briefing:
    """Return the briefing at `path` (its folder or YAML file).

    Raises BriefingError, holding every problem, when anything is wrong.
    """
    result = check_briefing(path)
    if not result.ok or result.briefing is None:
        raise BriefingError(result.problems)
    return result.briefing


def _check_meta(briefing: Briefing, dec: Decoder) -> None:
    anniversary = briefing.meta.anniversary
    if anniversary and anniversary.founded + anniversary.years != briefing.meta.date.year:
        dec.problem_at(
            "meta.anniversary",
            msg(
                "meta.anniversary",
                founded=anniversary.founded,
                years=anniversary.years,
                year=briefing.meta.date.year,
            ),
        )
    if not briefing.sections:
        dec.problem_at("sections", msg("sections.none"))
