"""Read a briefing's files (guarded, see `guarded.py`) and its YAML into a node tree."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from briefing_app.content.composer import TooBig, compose
from briefing_app.content.encoding import decode_utf8
from briefing_app.content.guarded import ReadRefused, read_capped
from briefing_app.content.limits import MAX_YAML_BYTES
from briefing_app.content.messages import msg
from briefing_app.content.messages import text as plain
from briefing_app.content.problems import Problem

# Characters YAML does not allow in a document (its reader stops at them without a line).
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def read_text(path: Path, shown: str) -> tuple[str | None, Problem | None]:
    """Return the UTF-8 text of `path`, or a problem naming the line of the first bad byte."""
    _, text, problem = read_file(path, shown)
    return text, problem


def read_file(
    path: Path, shown: str, limit: int = MAX_YAML_BYTES
) -> tuple[bytes, str | None, Problem | None]:
    """Return the bytes of `path` as read, its UTF-8 text (None on a problem) and the problem."""
    try:
        data = read_capped(path, limit)
    except ReadRefused as exc:
        line = 1 if exc.has_content else 0
        return b"", None, Problem(shown, line, line, "", exc.text)
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        reason = plain(str(getattr(exc, "strerror", None) or exc))
        return b"", None, Problem(shown, 0, 0, "", msg("file.unreadable", reason=reason))
    text, bad = decode_utf8(data)
    if bad is not None:
        return data, None, Problem(shown, bad.line, bad.column, "", bad.text)
    return data, text, None


def compose_yaml(text: str, shown: str) -> tuple[yaml.Node | None, Problem | None]:
    """Return the YAML node tree of `text`, or a problem at the syntax error."""
    bad = _NOT_YAML.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        message = msg("file.control_char", code=f"{ord(bad.group()):04X}")
        return None, Problem(shown, line, column, "", message)
    try:
        node = compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if isinstance(exc, TooBig):
            return None, Problem(shown, line, col, "", msg("yaml.too_large", detail=exc.text))
        detail = plain(" ".join(filter(None, [exc.context, exc.problem])))  # PyYAML's words
        return None, Problem(shown, line, col, "", msg("yaml.syntax", detail=detail))
    except yaml.YAMLError as exc:
        return None, Problem(shown, 1, 1, "", msg("yaml.error", detail=plain(str(exc))))
    except RecursionError:  # the pure-Python parser, where libyaml's depth limit is missing
        return None, Problem(shown, 1, 1, "", msg("yaml.too_deep"))
    if node is None:
        return None, Problem(shown, 1, 1, "", msg("file.empty"))
    return node, None
