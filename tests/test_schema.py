"""The JSON Schema shipped for editors is generated from the model and accepts the briefing."""

from __future__ import annotations

import json

import jsonschema
import yaml
from tests.conftest import BUILTIN, ROOT

from briefing_app.content.schema import json_schema

SCHEMA_FILE = ROOT / "docs" / "briefing.schema.json"


def test_committed_schema_is_current() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "docs/briefing.schema.json is stale: "
        "python -m briefing_app.content.schema > docs/briefing.schema.json"
    )


def test_schema_accepts_the_builtin_briefing() -> None:
    data = yaml.safe_load((BUILTIN / "briefing.yaml").read_text(encoding="utf-8"))
    data["meta"]["date"] = data["meta"]["date"].isoformat()
    jsonschema.validate(data, json_schema())


def test_schema_rejects_unknown_keys() -> None:
    data = yaml.safe_load((BUILTIN / "briefing.yaml").read_text(encoding="utf-8"))
    data["meta"]["date"] = data["meta"]["date"].isoformat()
    data["meta"]["colour"] = "red"
    try:
        jsonschema.validate(data, json_schema())
    except jsonschema.ValidationError as exc:
        assert "colour" in exc.message
    else:
        raise AssertionError("unknown key accepted")
