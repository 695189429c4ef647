"""Prove an edited text reads back, through the app's own loader, as the intended briefing."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import yaml

from briefing_app.content.loader import check_text
from briefing_app.content.messages import msg
from briefing_app.content.problems import Problem
from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import EditError
from briefing_app.model.field_path import strip_derived
from briefing_app.model.text import join_chinese_lines


def written_model(briefing: Briefing, tree: yaml.Node | None) -> Briefing:
    """Return `briefing` as its file (node tree `tree`) writes it: derived fields cleared, and
    a formula's value cleared where the file states none (the loader computes it)."""
    briefing = strip_derived(briefing)
    keys = _indicator_keys(tree)
    if keys is None or len(keys) != len(briefing.indicators):
        return briefing
    indicators = []
    for indicator, written in zip(briefing.indicators, keys, strict=True):
        stated = written is None or "value" in written or "target" in written
        if indicator.formula and not stated and indicator.value is not None:
            indicator = dataclasses.replace(indicator, value=None)
        indicators.append(indicator)
    return dataclasses.replace(briefing, indicators=tuple(indicators))


def _indicator_keys(tree: yaml.Node | None) -> list[set[str] | None] | None:
    """Return the keys each indicator of node tree `tree` writes (None for one that is not a
    mapping), or None when the tree has no list of indicators."""
    if not isinstance(tree, yaml.MappingNode):
        return None
    nodes = next((v for k, v in tree.value if k.value == "indicators"), None)
    if not isinstance(nodes, yaml.SequenceNode):
        return None
    return [
        {k.value for k, _ in n.value} if isinstance(n, yaml.MappingNode) else None
        for n in nodes.value
    ]


def as_loaded(briefing: Briefing) -> Briefing:
    """Return `briefing` with the loader's own normalisation of input fields applied (the
    spaces YAML's folded lines leave between Chinese sentences of the notes dropped)."""
    sections = []
    for section in briefing.sections:
        panels = tuple(
            dataclasses.replace(p, notes=join_chinese_lines(p.notes))
            if join_chinese_lines(p.notes) != p.notes
            else p
            for p in section.panels
        )
        sections.append(dataclasses.replace(section, panels=panels))
    return dataclasses.replace(briefing, sections=tuple(sections))


def read_back(
    text: str,
    file: Path,
    intended: Briefing,
    tree: yaml.Node | None,
    composed: yaml.Node | None = None,
) -> tuple[Briefing, list[Problem]]:
    """Return the checked briefing and problems of `text`; EditError when it does not load or
    does not read back as `intended` (ignoring what the loader derives). `tree` is the node
    tree of `text`; `composed`, when given, the loader's own, reused rather than made again."""
    result = check_text(text, file, composed)
    if result.briefing is None:
        first = result.problems[0].render() if result.problems else "?"
        raise EditError(msg("edit.refused", reason=first).render())
    got = written_model(result.briefing, tree)
    intended = as_loaded(intended)
    if got != intended:
        where = _first_difference(got, intended)
        reason = msg("edit.reads_otherwise", where=where)
        raise EditError(msg("edit.refused", reason=reason).render())
    return result.briefing, result.problems


def _first_difference(got: Any, wanted: Any, path: str = "") -> str:
    """Return the path of the first field where `got` and `wanted` differ."""
    if dataclasses.is_dataclass(got) and type(got) is type(wanted):
        for f in dataclasses.fields(got):
            a, b = getattr(got, f.name), getattr(wanted, f.name)
            if a != b:
                return _first_difference(a, b, f"{path}.{f.name}" if path else f.name)
    if isinstance(got, tuple) and isinstance(wanted, tuple) and len(got) == len(wanted):
        for i, (a, b) in enumerate(zip(got, wanted, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{path}[{i}]")
    return f"{path or 'the briefing'}: {got!r} instead of {wanted!r}"
