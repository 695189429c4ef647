"""The 4:3 default template: natively laid out for 10 x 7.5 in (not the 16:9 one narrowed),
with pandoc's layouts, the Chinese theme fonts, and what its build script makes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Inches
from tests.export.test_default_template import PANDOC_LAYOUTS, _structure

from briefing_app.paths import default_template, templates_dir


def _builder() -> ModuleType:
    script = templates_dir() / "build_default_template.py"
    spec = importlib.util.spec_from_file_location("build_default_template", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_4_3_template_has_pandoc_layouts_and_the_chinese_theme_fonts() -> None:
    assert default_template("4:3").name == "default-4x3.pptx"
    assert default_template("16:9") == default_template()
    s = _structure(default_template("4:3"))
    assert s["size"] == (9144000, 6858000)
    assert set(s["layouts"]) >= PANDOC_LAYOUTS  # type: ignore[arg-type]
    face = ("Arial", "微软雅黑")
    assert s["fonts"] == {"a:majorFont": face, "a:minorFont": face}
    wide = _structure(default_template())
    assert s["colours"] == wide["colours"]
    assert s["slides"] == 0


def test_the_4_3_layouts_are_its_own_not_the_16_9_ones_narrowed() -> None:
    """Every placeholder lies on the 4:3 slide; the margins are 0.5 in (a narrowed 16:9 would
    have 0.45 in) and the footer is 5 in wide, ending before the date, which ends before
    the slide number."""
    prs = Presentation(str(default_template("4:3")))
    width, height = int(prs.slide_width or 0), int(prs.slide_height or 0)
    for layout in [prs.slide_master, *prs.slide_layouts]:
        boxes = {}
        for ph in cast(Any, layout.placeholders):
            left, top, w, h = int(ph.left), int(ph.top), int(ph.width), int(ph.height)
            assert left >= 0 and left + w <= width, (layout.name, ph.name)
            assert top >= 0 and top + h <= height, (layout.name, ph.name)
            boxes[ph.placeholder_format.type] = (left, w)
        footer, date = boxes[PP_PLACEHOLDER.FOOTER], boxes[PP_PLACEHOLDER.DATE]
        number = boxes[PP_PLACEHOLDER.SLIDE_NUMBER]
        assert footer == (Inches(0.5), Inches(5.0)), layout.name
        assert footer[0] + footer[1] < date[0] and date[0] + date[1] < number[0], layout.name
        assert number[0] + number[1] == width - Inches(0.5), layout.name
        title = boxes.get(PP_PLACEHOLDER.TITLE)
        if title is not None and layout.name != "Section Header":  # its title is inset
            assert title == (Inches(0.5), width - 2 * Inches(0.5)), layout.name


def test_build_script_reproduces_the_committed_4_3_template(tmp_path: Path) -> None:
    rebuilt = tmp_path / "default-4x3.pptx"
    _builder().build(rebuilt, "4:3")
    assert _structure(rebuilt) == _structure(default_template("4:3"))
