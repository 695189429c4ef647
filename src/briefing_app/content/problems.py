"""Problems found in a briefing, each pinned to a file, line, column and field path."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefing_app.content.messages import Message, normalize_language
from briefing_app.content.messages import language as current_language
from briefing_app.content.messages import text as plain

if TYPE_CHECKING:
    import yaml

    from briefing_app.content.where import Place


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a briefing, rendered in English or Chinese.

    English: `file:line:column: path: message` (the field path as written in the YAML);
    Chinese: `file:line:column: 「panel title」field in words：message`. A plain-string
    message (from a check not yet in the catalog) reads alike in both languages.
    """

    file: str
    line: int  # 1-based; 0 when the problem concerns the whole file
    column: int  # 1-based
    path: str  # field path such as sections[1].panels[0].title; "" for the file itself
    message: Message | str
    place: Place | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.message, str):
            object.__setattr__(self, "message", plain(self.message))

    @property
    def text(self) -> Message:
        """The message, always as a `Message`."""
        assert isinstance(self.message, Message)
        return self.message

    def where(self, lang: str | None = None, *, words: bool | None = None) -> str:
        """Return the field in words or as its path ("" for the whole file).

        Words by default in Chinese; English keeps the path as written in the YAML (what
        English readers of docs/content-format.md search for) unless `words` is asked for.
        """
        chosen = normalize_language(lang) if lang else current_language()
        if words is None:
            words = chosen == "zh_CN"
        if not words or self.place is None:
            return self.path
        return self.place.render(chosen)

    def render(self, lang: str | None = None, *, words: bool | None = None) -> str:
        """Return the one-line report in `lang` ('en' or 'zh_CN'; default: the current one)."""
        chosen = normalize_language(lang) if lang else current_language()
        at = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        message = self.text.render(chosen)
        where = self.where(chosen, words=words)
        if not where:
            return f"{at}: {message}"
        return f"{at}: {where}：{message}" if chosen == "zh_CN" else f"{at}: {where}: {message}"

    def __str__(self) -> str:
        return self.render()


def with_places(problems: list[Problem], root: yaml.Node | None) -> list[Problem]:
    """Return `problems` with their places in words, read from the YAML node tree `root`."""
    from briefing_app.content.where import place_of

    if root is None:
        return problems
    return [replace(p, place=p.place or place_of(p.path, root)) for p in problems]


class BriefingError(Exception):
    """Raised by the loader when a briefing cannot be used; holds every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
