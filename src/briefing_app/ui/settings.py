"""Settings that survive a restart: theme, motion, language, aspect; per briefing, screen and
place."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "briefing-app"
APPLICATION = "briefing-app"


class Settings:
    """A thin typed layer over QSettings.

    `BRIEFING_APP_SETTINGS=/path/file.ini` keeps them in one INI file (tests, portable
    installs); otherwise they live in the user's INI file (%APPDATA%\\briefing-app\\
    briefing-app.ini on Windows, ~/.config/briefing-app/briefing-app.ini on Linux).
    """

    def __init__(self, file: Path | None = None) -> None:
        override = file or (
            Path(os.environ["BRIEFING_APP_SETTINGS"])
            if os.environ.get("BRIEFING_APP_SETTINGS")
            else None
        )
        if override is not None:
            self._qs = QSettings(str(override), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )

    # -- global ----------------------------------------------------------------------------
    def theme(self) -> str:
        return str(self._qs.value("view/theme", "light"))

    def set_theme(self, name: str) -> None:
        self._qs.setValue("view/theme", name)

    def reduced_motion(self) -> bool:
        return _bool(self._qs.value("view/reduced_motion", False))

    def set_reduced_motion(self, on: bool) -> None:
        self._qs.setValue("view/reduced_motion", on)

    def language(self) -> str:
        return str(self._qs.value("view/language", "zh_CN"))

    def set_language(self, language: str) -> None:
        self._qs.setValue("view/language", language)

    def notes_pane_visible(self) -> bool:
        """Whether the main window shows its notes pane (shown until the user hides it)."""
        return _bool(self._qs.value("view/notes_pane", True))

    def set_notes_pane_visible(self, visible: bool) -> None:
        self._qs.setValue("view/notes_pane", visible)

    def aspect(self) -> str:
        """Return the show's panel shape: "auto" (the audience screen's), "16:9" or "4:3"."""
        value = str(self._qs.value("view/aspect", "auto"))
        return value if value in ("auto", "16:9", "4:3") else "auto"

    def set_aspect(self, aspect: str) -> None:
        self._qs.setValue("view/aspect", aspect)

    def notes_font_size(self) -> int:
        value = self._qs.value("console/notes_font_size", 22)
        return int(value) if isinstance(value, int | str) else 22

    def set_notes_font_size(self, size: int) -> None:
        self._qs.setValue("console/notes_font_size", size)

    # -- per briefing ----------------------------------------------------------------------
    def last_panel(self, briefing_file: Path) -> str | None:
        value = self._qs.value(f"{_key(briefing_file)}/last_panel")
        return str(value) if value else None

    def set_last_panel(self, briefing_file: Path, panel_id: str) -> None:
        self._qs.setValue(f"{_key(briefing_file)}/last_panel", panel_id)

    def audience_screen(self, briefing_file: Path) -> str | None:
        value = self._qs.value(f"{_key(briefing_file)}/audience_screen")
        return str(value) if value else None

    def set_audience_screen(self, briefing_file: Path, screen_name: str) -> None:
        self._qs.setValue(f"{_key(briefing_file)}/audience_screen", screen_name)

    def sync(self) -> None:
        self._qs.sync()

    def file(self) -> Path:
        """Return the INI file the settings live in (other per-user files go beside it)."""
        return Path(self._qs.fileName())


def _key(briefing_file: Path) -> str:
    # A short, stable key per briefing file (zlib is loaded already; hashlib is not).
    digest = f"{zlib.crc32(str(briefing_file.resolve()).encode('utf-8')):08x}"
    return f"briefing_{digest}"


def _bool(value: object) -> bool:
    return value in (True, "true", "1", 1)
