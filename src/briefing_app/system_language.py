"""The language the system asks for ('zh_CN' or 'en'), found without Qt (for the command line)."""

from __future__ import annotations

import locale
import os
import sys
from collections.abc import Callable, Mapping

from briefing_app.content.messages import normalize_language

#: Where POSIX looks for the language of messages, strongest first.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_CHINESE_PRIMARY_LANGID = 0x04  # LANG_CHINESE: the low 10 bits of a Windows LANGID


def system_language(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    ui_language: Callable[[], int | None] | None = None,
) -> str:
    """Return 'zh_CN' when the system's language is Chinese, else 'en'.

    On Linux and macOS: LC_ALL, then LC_MESSAGES, then LANG (the first one set wins, as for
    any program's messages; "C" and "POSIX" are English). On Windows, where those are rarely
    set: the user's UI language, then the locale Python reports.
    """
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return normalize_language(value)
    if (platform or sys.platform) == "win32":
        langid = (ui_language or _windows_ui_language)()
        if langid is not None:
            return "zh_CN" if langid & 0x3FF == _CHINESE_PRIMARY_LANGID else "en"
    try:
        python_locale = locale.getlocale()[0]
    except ValueError:  # an unknown locale name in the environment
        python_locale = None
    return normalize_language(python_locale)


def _windows_ui_language() -> int | None:
    try:
        import ctypes

        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return None
        return int(windll.kernel32.GetUserDefaultUILanguage())
    except (OSError, AttributeError):
        return None
