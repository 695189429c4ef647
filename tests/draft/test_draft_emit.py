"""The YAML writer: whatever a report holds reads back as the same value."""

from __future__ import annotations

import datetime as dt
import json
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


def test_a_draft_reads_the_same_with_the_round_trip_loader(tmp_path: Path) -> None:
    """The editor saves with ruamel.yaml: a draft must read alike in both libraries."""
    ruamel = pytest.importorskip("ruamel.yaml")
    from briefing_app.draft import draft_briefing

    draft_briefing(REPORTS / "hexi-county-2025.txt", tmp_path / "draft")
    text = (tmp_path / "draft" / "briefing.yaml").read_text(encoding="utf-8")
    assert json.dumps(ruamel.YAML(typ="rt").load(text), default=str) == json.dumps(
        yaml.safe_load(text), default=str
    )
