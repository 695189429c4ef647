"""The format reference documents every key the model accepts."""

from __future__ import annotations

import re

from tests.conftest import ROOT

from briefing_app.content.schema import json_schema


def _keys(schema: dict) -> set[str]:  # type: ignore[type-arg]
    keys = set(schema.get("properties", {}))
    for definition in schema.get("$defs", {}).values():
        for option in definition.get("anyOf", [definition]):
            keys |= set(option.get("properties", {}))
    return keys


def test_every_key_of_the_format_is_documented() -> None:
    doc = (ROOT / "docs" / "content-format.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)", doc))
    missing = sorted(_keys(json_schema()) - documented)
    assert not missing, f"docs/content-format.md does not document: {missing}"
