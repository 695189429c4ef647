"""Find a briefing's files and read its YAML into a node tree, reporting what stops that."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefing_app.content.locate import BRIEFING_FILE
from briefing_app.content.problems import Problem

# libyaml's parser is about six times faster and keeps line and column marks; the pure-Python
# one is the fallback where PyYAML was built without it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_text(path: Path, shown: str) -> tuple[str | None, Problem | None]:
    """Return the UTF-8 text of `path`, or a problem naming the line of the first bad byte."""
    _, text, problem = read_file(path, shown)
    return text, problem


def read_file(path: Path, shown: str) -> tuple[bytes, str | None, Problem | None]:
    """Return the bytes of `path` as read, its UTF-8 text (None on a problem) and the problem."""
    data = b""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return data, None, Problem(shown, 0, 0, "", "no such file or folder")
    except IsADirectoryError:
        return data, None, Problem(shown, 0, 0, "", f"is a folder without a {BRIEFING_FILE}")
    except OSError as exc:
        return data, None, Problem(shown, 0, 0, "", f"cannot be read: {exc.strerror}")
    try:
        return data, data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return (
            data,
            None,
            Problem(
                shown,
                line,
                column,
                "",
                f"is not UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8",
            ),
        )


def compose_yaml(text: str, shown: str) -> tuple[yaml.Node | None, Problem | None]:
    """Return the YAML node tree of `text`, or a problem at the syntax error."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = " ".join(filter(None, [exc.context, exc.problem]))
        return None, Problem(shown, line, col, "", f"YAML syntax error: {message}")
    except yaml.YAMLError as exc:
        return None, Problem(shown, 0, 0, "", f"YAML error: {exc}")
    if node is None:
        return None, Problem(shown, 1, 1, "", "the file is empty")
    return node, None
