"""The bundled fonts (resources/fonts) cover what the app shows, stay small and rebuild exactly.

Qt-free: reads the .otf files with fontTools.
"""

from __future__ import annotations

import contextlib
import importlib.util
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest
from fontTools.ttLib import TTFont

from briefing_app import paths
from briefing_app.ui import theme

ROOT = Path(__file__).resolve().parents[2]
FONTS = paths.resources_dir() / "fonts"
STYLES = ("Regular", "Bold")
LIMIT = 12 * 1024 * 1024


def _cmap(style: str) -> dict[int, str]:
    with TTFont(FONTS / f"NotoSansSC-{style}.otf", lazy=True) as font:
        return font.getBestCmap()


@pytest.fixture(scope="module", params=STYLES)
def cmap(request: pytest.FixtureRequest) -> dict[int, str]:
    return _cmap(request.param)


def _gb2312() -> set[str]:
    chars = set()
    for high in range(0xA1, 0xFF):
        for low in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):  # an unassigned code
                chars.add(bytes((high, low)).decode("gb2312"))
    return chars


def _missing(chars: set[str], cmap: dict[int, str]) -> str:
    return " ".join(f"U+{ord(c):04X}({c})" for c in sorted(chars) if ord(c) not in cmap)


def test_every_briefing_character_is_in_the_subset(cmap: dict[int, str]) -> None:
    files = [p for p in sorted((paths.resources_dir() / "briefings").rglob("*")) if p.is_file()]
    assert paths.default_briefing() / "briefing.yaml" in files
    assert paths.default_briefing() / "source.txt" in files
    chars: set[str] = set()
    for path in files:
        chars.update(path.read_text(encoding="utf-8"))
    chars = {c for c in chars if unicodedata.category(c) != "Cc"}
    assert not _missing(chars, cmap), "run .venv/bin/python packaging/make_fonts.py"


def test_gb2312_is_complete(cmap: dict[int, str]) -> None:
    gb2312 = _gb2312()
    assert len(gb2312) > 7400
    assert not _missing(gb2312, cmap)


def test_ascii_punctuation_and_full_width_forms(cmap: dict[int, str]) -> None:
    chars = {chr(cp) for cp in range(0x20, 0x7F)}
    chars |= set("—–…·“”‘’•")
    chars |= {chr(cp) for cp in range(0x3000, 0x3020)}  # 　、。〃〄々〆〇〈〉《》「」『』【】...
    chars |= {chr(cp) for cp in range(0xFF01, 0xFF5F)}  # full-width ASCII
    chars |= set("￠￡￢￣￤￥")
    assert not _missing(chars, cmap)


def test_family_and_styles() -> None:
    for style, weight in (("Regular", 400), ("Bold", 700)):
        with TTFont(FONTS / f"NotoSansSC-{style}.otf", lazy=True) as font:
            assert font["name"].getDebugName(1) == theme.FONT_FAMILY
            assert font["name"].getDebugName(2) == style
            assert font["name"].getDebugName(6) == f"NotoSansSC-{style}"
            assert font["OS/2"].usWeightClass == weight
            assert "fpgm" not in font and "prep" not in font  # no hinting programs


def test_total_size_within_budget() -> None:
    files = [p for p in FONTS.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    assert total <= LIMIT, f"resources/fonts holds {total:,} bytes"


def test_licence_ships_with_the_fonts() -> None:
    ofl = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
    assert "Adobe" in ofl  # the copyright notice
    assert (FONTS / "README.md").is_file()


def _load_script() -> ModuleType:
    path = ROOT / "packaging" / "make_fonts.py"
    spec = importlib.util.spec_from_file_location("make_fonts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_build_is_deterministic(tmp_path: Path) -> None:
    script = _load_script()
    source = script.DEFAULT_SOURCE_DIR / script.STYLES["Regular"]
    if not source.is_file():
        pytest.skip(f"{source} not installed (Debian package fonts-noto-cjk)")
    required = script.required_characters()
    outputs = []
    for name in ("a", "b"):
        out_dir = tmp_path / name
        out_dir.mkdir()
        outputs.append(script.build(source, "Regular", out_dir, required).read_bytes())
    assert outputs[0] == outputs[1]
