"""A one-panel briefing written on the fly, to check one provenance rule at a time."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.conftest import write_briefing

from briefing_app.content import check_briefing

HEAD = """\
format: 1
source: source.txt
meta:
  title: 测试简报
  subtitle: 副标题
  organisation: 测试单位
  meeting: 测试会议
  date: {date}
{anniversary}
indicators:
{indicators}
sections:
  - id: main
    title: {section}
    panels:
"""


def briefing_text(
    panels: str,
    *,
    indicators: str = "[]",
    date: str = "2023-03-21",
    anniversary: str = "",
    section: str = "主体",
) -> str:
    """Return a briefing YAML with `panels` (a YAML list, unindented) in one section."""
    head = HEAD.format(
        date=date,
        anniversary=f"  anniversary: {anniversary}" if anniversary else "",
        indicators=textwrap.indent(textwrap.dedent(indicators).strip("\n"), "  "),
        section=section,
    )
    return head + textwrap.indent(textwrap.dedent(panels).strip("\n"), " " * 6) + "\n"


def problems(tmp_path: Path, yaml_text: str, source: str) -> list[str]:
    """Return the check's problems for a briefing (an empty list when it passes)."""
    path = write_briefing(tmp_path / "b", yaml_text, source=source)
    result = check_briefing(path)
    return [str(p) for p in result.problems]


def bullets(
    title: str, items: list[str], notes: str = "说明。", sources: tuple[str, ...] = ()
) -> str:
    """Return a bullets panel whose items are shown as written, backed by `sources`."""
    lines = [
        "- id: p",
        "  kind: bullets",
        f"  title: {title}",
        f"  notes: {notes}",
        "  items:",
        *[f"    - {item}" for item in items],
    ]
    if sources:
        lines += ["  sources:", *[f"    - {s}" for s in sources]]
    return "\n".join(lines)
