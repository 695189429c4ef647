"""Check messages in English and Chinese: a catalog of templates and the `Message` that fills one.

Every message a check reports is a `Message(key, args)`; its words live once, here, in both
languages, with the same `str.format` fields. `render(lang)` picks the language; `str()` uses
the module's current language (English unless the command line or the GUI chose another).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("en", "zh_CN")

_language = "en"


@functools.cache
def _catalog() -> dict[str, tuple[str, str]]:
    """Return the catalog, imported on first use (the GUI's first paint needs none of it)."""
    from briefing_app.content.catalog import MESSAGES

    return MESSAGES


def normalize_language(name: str | None) -> str:
    """Return 'zh_CN' for any Chinese locale name (zh, zh_CN.UTF-8, Chinese_China), else 'en'."""
    text = (name or "").strip().lower()
    return "zh_CN" if text.startswith(("zh", "chinese")) else "en"


def set_language(name: str) -> None:
    """Choose the language of `str(message)`: 'zh_CN' or 'en' (any locale name is accepted)."""
    global _language
    _language = normalize_language(name)


def language() -> str:
    return _language


@functools.total_ordering
@dataclass(frozen=True, eq=True)
class Message:
    """A catalog key and its arguments (values, or nested messages rendered alike)."""

    key: str
    args: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.key not in _catalog():
            raise KeyError(f"no message '{self.key}' in the catalog")

    def render(self, lang: str | None = None) -> str:
        """Return the message in `lang` ('en' or 'zh_CN'; default: the current language)."""
        chosen = normalize_language(lang) if lang else _language
        en, zh = _catalog()[self.key]
        values = {name: _render_value(value, chosen) for name, value in self.args}
        return (zh if chosen == "zh_CN" else en).format(**values)

    def __str__(self) -> str:
        return self.render()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.key, repr(self.args)) < (other.key, repr(other.args))


def msg(key: str, /, **args: Any) -> Message:
    """Return the message `key` of the catalog with its format fields filled by `args`."""
    return Message(key, tuple(sorted((k, _frozen(v)) for k, v in args.items())))


def text(words: str) -> Message:
    """Return a message that is the same text in every language (names, quotes, file paths)."""
    return msg("text", text=words)


def _frozen(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    return value


def _render_value(value: Any, lang: str) -> Any:
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, tuple):
        separator = "、" if lang == "zh_CN" else ", "
        return separator.join(str(_render_value(v, lang)) for v in value)
    return value
