"""The default template is 16:9, has pandoc's layouts and is what its build script makes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from briefing_app.paths import default_template, templates_dir

PANDOC_LAYOUTS = {
    "Title Slide",
    "Title and Content",
    "Section Header",
    "Two Content",
    "Comparison",
    "Content with Caption",
    "Blank",
    "Title Only",
}


def _structure(path: Path) -> dict[str, object]:
    prs = Presentation(str(path))
    theme = etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)
    fonts = {}
    for which in ("a:majorFont", "a:minorFont"):
        font = theme.find(f".//{qn(which)}")
        fonts[which] = (
            font.find(qn("a:latin")).get("typeface"),
            font.find(qn("a:ea")).get("typeface"),
        )
    colours = {
        el.tag.split("}")[1]: el[0].get("val") for el in theme.find(f".//{qn('a:clrScheme')}")
    }
    layouts = {
        layout.name: sorted(
            (ph.placeholder_format.type, ph.left, ph.top, ph.width, ph.height)
            for ph in layout.placeholders
        )
        for layout in prs.slide_layouts
    }
    return {
        "size": (prs.slide_width, prs.slide_height),
        "fonts": fonts,
        "colours": colours,
        "layouts": layouts,
        "slides": len(prs.slides),
    }


def test_default_template_is_16_9_with_pandoc_layouts_and_chinese_theme_fonts() -> None:
    s = _structure(default_template())
    assert s["size"] == (12192000, 6858000)
    assert set(s["layouts"]) >= PANDOC_LAYOUTS  # type: ignore[arg-type]
    face = ("Arial", "微软雅黑")
    assert s["fonts"] == {"a:majorFont": face, "a:minorFont": face}
    colours = s["colours"]
    assert isinstance(colours, dict)
    assert colours["accent1"] == "B71C1C" and colours["accent2"] == "C9A227"
    assert s["slides"] == 0


def test_every_placeholder_lies_on_the_16_9_slide() -> None:
    prs = Presentation(str(default_template()))
    for layout in [prs.slide_master, *prs.slide_layouts]:
        for ph in layout.placeholders:
            assert ph.left >= 0 and ph.left + ph.width <= prs.slide_width, (layout.name, ph.name)
            assert ph.top >= 0 and ph.top + ph.height <= prs.slide_height, (layout.name, ph.name)


def test_build_script_reproduces_the_committed_template(tmp_path: Path) -> None:
    script = templates_dir() / "build_default_template.py"
    spec = importlib.util.spec_from_file_location("build_default_template", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = tmp_path / "default.pptx"
    module.build(rebuilt)
    assert _structure(rebuilt) == _structure(default_template())
