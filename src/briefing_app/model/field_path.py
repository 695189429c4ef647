"""Field paths ("items[2].text", "chart.series[0].name"): read and replace inside the model."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from enum import Enum
from typing import Any, Union

from briefing_app.model.panels import PanelBase
from briefing_app.model.text import TextItem

_STEP = re.compile(r"([A-Za-z_]\w*)(?:\[(\d+)\])?")


class EditError(ValueError):
    """An edit that cannot be made: an unknown id, a bad field path or a value of the wrong type."""


def parse_path(path: str) -> list[tuple[str, int | None]]:
    """Return the steps of `path`: ("items", 2), ("text", None); EditError when malformed."""
    steps: list[tuple[str, int | None]] = []
    for part in path.split("."):
        match = _STEP.fullmatch(part)
        if match is None:
            raise EditError(f"'{path}' is not a field path (such as items[2].text)")
        steps.append((match.group(1), int(match.group(2)) if match.group(2) else None))
    return steps


@functools.cache
def hints_of(cls: type) -> dict[str, Any]:
    """Return the evaluated type hints of a model dataclass."""
    return typing.get_type_hints(cls)


def input_names(cls: type) -> list[str]:
    """Return the fields of `cls` a content file may set (not derived ones, not a panel's kind)."""
    return [
        f.name
        for f in dataclasses.fields(cls)
        if not f.metadata.get("derived") and not (issubclass(cls, PanelBase) and f.name == "kind")
    ]


def replace_at(obj: Any, path: str, value: Any, frozen: frozenset[str] = frozenset()) -> Any:
    """Return a copy of dataclass `obj` with the field at `path` set to `value`.

    At a list index, `value` None removes the element and the index one past the end appends
    it. Names in `frozen` (such as "id") cannot be set at the top level.
    """
    steps = parse_path(path)
    if steps[0][0] in frozen and len(steps) == 1:
        raise EditError(f"'{steps[0][0]}' cannot be changed by this edit")
    return _replace(obj, steps, value, path)


def _replace(obj: Any, steps: list[tuple[str, int | None]], value: Any, path: str) -> Any:
    name, index = steps[0]
    rest = steps[1:]
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise EditError(f"'{path}': there is no field '{name}' here")
    cls = type(obj)
    if name not in input_names(cls):
        raise EditError(f"'{path}': {cls.__name__} has no field '{name}'")
    hint = hints_of(cls)[name]
    current = getattr(obj, name)
    if index is None:
        if rest:
            if current is None:
                raise EditError(f"'{path}': '{name}' is not set")
            new = _replace(current, rest, value, path)
        else:
            new = coerce(value, hint, path)
    else:
        if not isinstance(current, tuple):
            raise EditError(f"'{path}': '{name}' is not a list")
        item_hint = typing.get_args(hint)[0] if typing.get_origin(hint) is tuple else Any
        items = list(current)
        if rest:
            if index >= len(items):
                raise EditError(f"'{path}': '{name}' has no element {index}")
            items[index] = _replace(items[index], rest, value, path)
        elif value is None:
            if index >= len(items):
                raise EditError(f"'{path}': '{name}' has no element {index}")
            del items[index]
        elif index == len(items):
            items.append(coerce(value, item_hint, path))
        elif index < len(items):
            items[index] = coerce(value, item_hint, path)
        else:
            raise EditError(f"'{path}': '{name}' has {len(items)} elements")
        new = tuple(items)
    return dataclasses.replace(obj, **{name: new})


def coerce(value: Any, hint: Any, path: str) -> Any:
    """Return `value` as a field of type `hint` holds it; EditError when it cannot."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        for option in options:
            if option is type(None):
                continue
            try:
                return coerce(value, option, path)
            except EditError:
                continue
        raise EditError(f"'{path}': {value!r} is not a valid value here")
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise EditError(f"'{path}': expected a list, got {value!r}")
        item = typing.get_args(hint)[0]
        return tuple(coerce(v, item, path) for v in value)
    if hint is Any:
        return value
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(value)
        except ValueError:
            choices = ", ".join(str(m.value) for m in hint)
            raise EditError(f"'{path}': {value!r} is not one of: {choices}") from None
    if hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        raise EditError(f"'{path}': expected a number, got {value!r}")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise EditError(f"'{path}': expected a whole number, got {value!r}")
    if hint is bool or hint is str or hint is dt.date:
        if isinstance(value, hint) and not (hint is dt.date and isinstance(value, dt.datetime)):
            return value
        raise EditError(f"'{path}': expected {hint.__name__}, got {value!r}")
    if hint is TextItem and isinstance(value, str):
        return TextItem(text=value)
    if isinstance(hint, type) and isinstance(value, hint):
        return value
    raise EditError(f"'{path}': expected {getattr(hint, '__name__', hint)}, got {value!r}")


def strip_derived(obj: Any) -> Any:
    """Return `obj` with every derived field (computed by the loader) back at its default."""
    if isinstance(obj, tuple):
        return tuple(strip_derived(v) for v in obj)
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if not f.init:
            continue
        value = getattr(obj, f.name)
        if f.metadata.get("derived"):
            default = f.default if f.default is not dataclasses.MISSING else None
            if f.default_factory is not dataclasses.MISSING:
                default = f.default_factory()
            if value != default:
                changes[f.name] = default
        elif dataclasses.is_dataclass(value) or isinstance(value, tuple):
            stripped = strip_derived(value)
            if stripped is not value:
                changes[f.name] = stripped
    return dataclasses.replace(obj, **changes) if changes else obj
