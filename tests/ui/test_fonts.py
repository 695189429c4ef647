"""The bundled CJK font registers, becomes the default font and actually draws."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QGuiApplication,
    QImage,
    QRawFont,
)
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from briefing_app.ui import fonts, theme

SAMPLE = "郑州经开区 2023年"


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    """Restore the application default font after a test that changes it."""
    saved = QFont(QGuiApplication.font())
    yield
    QGuiApplication.setFont(saved)


@pytest.fixture(scope="module")
def family(qapp: QApplication) -> str:
    # Runs before the first paint: its cost is in bench startup_ratio, not timed here.
    return fonts.register_fonts()


def test_registers_the_bundled_family(family: str) -> None:
    assert family == theme.FONT_FAMILY
    assert family in QFontDatabase.families()
    styles = QFontDatabase.styles(family)
    assert "Regular" in styles
    assert "Bold" in styles
    assert QFontDatabase.isSmoothlyScalable(family, "Bold")


def test_sets_the_default_font_with_fallbacks(family: str) -> None:
    assert QGuiApplication.font().families() == [family, *theme.FALLBACK_FAMILIES]


def test_second_call_does_nothing(family: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(path: str) -> int:
        raise AssertionError(f"font {path} added twice")

    monkeypatch.setattr(QFontDatabase, "addApplicationFont", fail)
    assert fonts.register_fonts() == family


def test_missing_files_fall_back_to_system_fonts(
    qapp: QApplication,
    app_font: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path / "no-fonts")
    with caplog.at_level(logging.WARNING, logger=fonts.__name__):
        family = fonts.register_fonts()
    assert family != ""
    assert "NotoSansSC-Regular.otf is missing" in caplog.text
    assert "falling back" in caplog.text
    assert QGuiApplication.font().families()[0] == family


def test_bundled_font_draws_chinese(family: str, qtbot: QtBot) -> None:
    font = QFont(family)
    font.setPixelSize(48)
    font.setBold(True)
    # The bundled file, not a system CJK font, serves the Chinese text.
    assert QFontInfo(font).family() == family
    raw = QRawFont.fromFont(font, QFontDatabase.WritingSystem.SimplifiedChinese)
    assert raw.familyName() == family
    assert all(raw.supportsCharacter(ord(c)) for c in SAMPLE)

    label = QLabel(SAMPLE)
    qtbot.addWidget(label)
    label.setFont(font)
    label.setStyleSheet("QLabel { color: black; background: white; }")
    label.adjustSize()
    image = QImage(label.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    label.render(image)

    white = QColor(Qt.GlobalColor.white).rgb()
    inked = sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) != white
    )
    assert label.width() > 200
    assert inked > 500, f"only {inked} non-background pixels"
