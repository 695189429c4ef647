"""Where a problem is, in words: a field path such as sections[1].panels[0].figures[1] becomes
「2022年关键数据」第2张数字卡 (or panel “2022年关键数据”, figure card 2), read from the YAML nodes.

The raw node tree is used rather than the decoded briefing so that a briefing that failed to
decode is described too. A path that cannot be followed gives no words (the path is shown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from briefing_app.content.catalog import MESSAGES
from briefing_app.content.messages import Message, msg, text

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?")

#: Fields not named in words: a figure card *is* its indicator.
_SILENT = {"indicator"}


@dataclass(frozen=True)
class Place:
    """A problem's place in words, and the panel it is on (to open it from the banner)."""

    words: tuple[Message, ...]
    panel_index: int | None = None  # the panel's position in the YAML, counting every section
    panel_id: str | None = None
    indicator_id: str | None = None  # for a problem with an indicator: the panels showing it

    def render(self, lang: str | None = None) -> str:
        """Return the words joined the way `lang` joins them."""
        shown = self.words[0]
        for word in self.words[1:]:
            shown = msg("where.join", a=shown, b=word)
        return shown.render(lang)


def place_of(path: str, root: yaml.Node | None) -> Place | None:
    """Return the place of the field `path` in the YAML tree `root`, or None if unknown."""
    steps = _steps(path)
    if not steps or root is None:
        return None
    name, index = steps[0]
    words: list[Message] = []
    panel_index = panel_id = indicator_id = None
    rest = steps[1:]
    if name == "sections" and index is not None:
        sections = _child(root, "sections")
        section = _item(sections, index)
        if section is None or sections is None:
            return None
        if rest and rest[0][0] == "panels" and rest[0][1] is not None:
            p = rest[0][1]
            panel = _item(_child(section, "panels"), p)
            if panel is None:
                return None
            panel_index = _panels_before(sections, index) + p
            panel_id = _scalar(_child(panel, "id"))
            title = _scalar(_child(panel, "title"))
            words.append(
                msg("where.panel", title=title)
                if title
                else msg("where.i.panels", n=panel_index + 1)
            )
            rest = rest[1:]
        else:
            title = _scalar(_child(section, "title"))
            words.append(
                msg("where.section", title=title) if title else msg("where.i.sections", n=index + 1)
            )
    elif name == "indicators" and index is not None:
        indicator = _item(_child(root, "indicators"), index)
        if indicator is None:
            return None
        indicator_id = _scalar(_child(indicator, "id"))
        label = _scalar(_child(indicator, "name")) or indicator_id
        words.append(
            msg("where.indicator", name=label) if label else msg("where.i.indicators", n=index + 1)
        )
    elif name == "meta" and index is None:
        words.append(msg("where.meta"))
    elif name == "source" and index is None and not rest:
        words.append(msg("where.source_file"))
    else:
        rest = steps
    words += [_word(field, i) for field, i in rest if field not in _SILENT]
    return Place(tuple(words), panel_index, panel_id, indicator_id) if words else None


def _word(field: str, index: int | None) -> Message:
    if index is None:
        key = f"where.f.{field}"
        return msg(key) if key in MESSAGES else text(field)
    key = f"where.i.{field}"
    return msg(key, n=index + 1) if key in MESSAGES else text(f"{field}[{index}]")


def _steps(path: str) -> list[tuple[str, int | None]]:
    steps: list[tuple[str, int | None]] = []
    for part in path.split(".") if path else []:
        found = _STEP.fullmatch(part)
        if found is None:
            return []
        steps.append((found[1], int(found[2]) if found[2] is not None else None))
    return steps


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if key_node.value == key:
            found: yaml.Node = value_node
            return found
    return None


def _item(node: yaml.Node | None, index: int) -> yaml.Node | None:
    if not isinstance(node, yaml.SequenceNode) or index >= len(node.value):
        return None
    found: yaml.Node = node.value[index]
    return found


def _scalar(node: yaml.Node | None) -> str | None:
    if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null":
        value = str(node.value).strip()
        return " ".join(value.split()) or None
    return None


def _panels_before(sections: yaml.Node, index: int) -> int:
    count = 0
    for i in range(index):
        panels = _child(_item(sections, i), "panels")
        count += len(panels.value) if isinstance(panels, yaml.SequenceNode) else 0
    return count
