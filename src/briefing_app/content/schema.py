"""Generate the JSON Schema of the content format from the model's dataclasses.

Editors (VS Code with the YAML extension, for one) use it to validate and complete
briefing.yaml. `briefing-app schema` is not needed: `python -m briefing_app.content.schema`
rewrites `docs/briefing.schema.json`, and a test fails when the committed file is stale.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import types
import typing
from enum import Enum
from typing import Any, Union

from briefing_app.content.decode import SHORTHAND, input_fields, is_required, type_hints
from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import PANEL_TYPES, PanelBase

SCHEMA_ID = "https://briefing-app.invalid/briefing.schema.json"


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a briefing.yaml file."""
    defs: dict[str, Any] = {}
    root = _object(Briefing, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "briefing-app briefing",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = type_hints(cls)
    props = {}
    for f in input_fields(cls):
        props[f.name] = _type(hints[f.name], defs)
        if (
            not is_required(f)
            and f.default is not None
            and isinstance(f.default, str | int | float | bool)
        ):
            props[f.name]["default"] = f.default
    required = [f.name for f in input_fields(cls) if is_required(f)]
    schema: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.split())
    if required:
        schema["required"] = required
    return schema


def _ref(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # placeholder against recursion
        if issubclass(cls, PanelBase):
            obj = _object(cls, defs)
            kind = next(f.default for f in dataclasses.fields(cls) if f.name == "kind")
            obj["properties"] = {"kind": {"const": kind.value}, **obj["properties"]}
            obj["required"] = ["kind", *obj.get("required", [])]
            defs[name] = obj
        else:
            defs[name] = _object(cls, defs)
        if cls in SHORTHAND:
            defs[name] = {"anyOf": [{"type": "string"}, defs[name]]}
    return {"$ref": f"#/$defs/{name}"}


def _type(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = typing.get_args(hint)
        if set(args) >= set(PANEL_TYPES.values()):
            return {"oneOf": [_ref(t, defs) for t in PANEL_TYPES.values()]}
        options = [_type(a, defs) for a in args if a is not type(None)]
        if type(None) in args:
            options.append({"type": "null"})
        return options[0] if len(options) == 1 else {"anyOf": options}
    if origin is tuple:
        return {"type": "array", "items": _type(typing.get_args(hint)[0], defs)}
    if hint is PanelBase:
        return {"oneOf": [_ref(t, defs) for t in PANEL_TYPES.values()]}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _ref(hint, defs)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return {"enum": [m.value for m in hint]}
    simple = {
        str: {"type": "string"},
        int: {"type": "integer"},
        float: {"type": "number"},
        bool: {"type": "boolean"},
        dt.date: {"type": "string", "format": "date"},
    }
    return dict(simple[hint])


def main() -> None:
    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
