"""The YAML writer: whatever a report holds reads back as the same value."""

from __future__ import annotations

import datetime as dt
import difflib
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from tests.draft.reports_helpers import REPORTS

from briefing_app.draft.emit import scalar, to_yaml


@pytest.mark.parametrize(
    "text",
    [
        "平常的句子，带“引号”和'单引号'",
        'a "quoted" back\\slash',
        "line\nbreak\ttab\rreturn",
        "控制\x00字符\x07和\x1b与\u2028分隔\ufeff",
        "yes",
        "010",
        "1_48",
        "# not a comment",
        "key: value",
        "- dash",
        "",
    ],
)
def test_strings_read_back_unchanged(text: str) -> None:
    assert yaml.safe_load(f"v: {scalar(text)}")["v"] == text


def test_numbers_and_dates_read_back_as_written() -> None:
    data = {"a": Decimal("2940.1"), "b": Decimal("-5.3"), "c": Decimal("12000"), "d": 2024}
    data["e"] = dt.date(2024, 3, 21)  # type: ignore[assignment]
    assert yaml.safe_load(to_yaml(data)) == {
        "a": 2940.1,
        "b": -5.3,
        "c": 12000,
        "d": 2024,
        "e": dt.date(2024, 3, 21),
    }


def test_nested_lists_of_mappings_keep_their_shape() -> None:
    data = {
        "sections": [
            {
                "id": "s",
                "panels": [
                    {
                        "id": "p",
                        "figures": [{"indicator": "x"}],
                        "sources": ["一句很长的引文，超过二十个字符的那一种引文"],
                    }
                ],
            }
        ],
        "categories": ["甲", "乙"],
    }
    assert yaml.safe_load(to_yaml(data, "# header\n")) == data


def test_a_draft_opens_in_the_editor_and_an_edit_saves_only_its_line(tmp_path: Path) -> None:
    """A draft is edited next: the editor's saver takes it as written and changes one line."""
    from briefing_app.content.edit_session import EditSession
    from briefing_app.draft import draft_briefing
    from briefing_app.model.edits import SetPanelField

    draft_briefing(REPORTS / "hexi-county-2025.txt", tmp_path / "draft")
    file = tmp_path / "draft" / "briefing.yaml"
    before = file.read_text(encoding="utf-8")
    session = EditSession(file)
    assert session.problems == []
    panel = next(p for p in session.briefing.panels if getattr(p, "lead", None) is not None)
    session.apply(SetPanelField(panel.id, "lead", "改过的导语"))
    session.save()
    after = file.read_text(encoding="utf-8")
    diff = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert [line for line in diff if line.startswith("+")] == [
        line for line in diff if "改过的导语" in line
    ]
    assert len(diff) <= 2, diff
    assert yaml.safe_load(after) != yaml.safe_load(before)
