"""Deck-wide parts: sections, app.xml, slide size type, thumbnail; a three-layout template."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any, cast

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu

from briefing_app.export.pptx.deck import export_deck
from briefing_app.export.pptx.package_props import P14
from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import CardsPanel
from briefing_app.paths import default_template

EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _part(deck: Path, name: str) -> bytes:
    with zipfile.ZipFile(deck) as z:
        return z.read(name)


def test_sections_are_named_and_filled_like_the_briefing(builtin: tuple[Briefing, Path]) -> None:
    briefing, deck = builtin
    root = etree.fromstring(_part(deck, "ppt/presentation.xml"))
    ids = [e.get("id") for e in root.iter(f"{P}sldId")]
    sections = root.findall(f".//{{{P14}}}section")
    assert [s.get("name") for s in sections] == [s.title for s in briefing.sections]
    listed = [e.get("id") for s in sections for e in s.iter(f"{{{P14}}}sldId")]
    assert listed == ids
    counts = [len(s.findall(f".//{{{P14}}}sldId")) for s in sections]
    assert counts == [len(s.panels) for s in briefing.sections]


def test_app_xml_counts_the_slides_and_names_the_format(builtin: tuple[Briefing, Path]) -> None:
    briefing, deck = builtin
    app = etree.fromstring(_part(deck, "docProps/app.xml"))
    assert app.findtext(f"{EP}Slides") == str(len(briefing.panels))
    assert app.findtext(f"{EP}HiddenSlides") == str(sum(p.hidden for p in briefing.panels))
    assert app.findtext(f"{EP}PresentationFormat") == "宽屏"
    size = etree.fromstring(_part(deck, "ppt/presentation.xml")).find(f"{P}sldSz")
    assert size is not None and size.get("type") != "screen4x3"


def test_thumbnail_is_a_jpeg_of_the_cover_colours(builtin: tuple[Briefing, Path]) -> None:
    _, deck = builtin
    template_thumb = _part(default_template(), "docProps/thumbnail.jpeg")
    thumb = _part(deck, "docProps/thumbnail.jpeg")
    assert thumb != template_thumb
    image = Image.open(io.BytesIO(thumb))
    assert image.format == "JPEG" and image.size == (256, 144)
    r, g, b = image.convert("RGB").getpixel((128, 3))  # type: ignore[misc]
    assert r > 120 and g < 90 and b < 90  # the theme's red band
    grey = image.convert("L")
    dark = sum(grey.histogram()[:128])
    assert dark > 300  # the title is written


def _three_layout_template(tmp_path: Path) -> Path:
    """The default template cut down to 标题幻灯片, 标题和内容 and 空白 (as some units have)."""
    prs = Presentation(str(default_template()))
    keep = {"Title Slide": "标题幻灯片", "Title and Content": "标题和内容", "Blank": "空白"}
    for layout in list(prs.slide_layouts):
        if layout.name in keep:
            layout.name = keep[layout.name]
        else:
            prs.slide_layouts.remove(layout)
    out = tmp_path / "three.pptx"
    prs.save(str(out))
    return out


def test_a_template_with_three_layouts_makes_the_whole_deck(
    builtin: tuple[Briefing, Path], tmp_path: Path
) -> None:
    briefing, _ = builtin
    deck = export_deck(briefing, tmp_path / "deck.pptx", _three_layout_template(tmp_path))
    prs = Presentation(str(deck))
    assert len(prs.slides) == len(briefing.panels)
    for slide, panel in zip(prs.slides, briefing.panels, strict=True):
        text = "".join(
            shape.text_frame.text for shape in slide.shapes if shape.has_text_frame
        ).replace("\v", "")
        assert panel.title.replace(" ", "") in text.replace(" ", ""), panel.id
        placeholders = [s for s in slide.placeholders if not s.has_text_frame or s.text_frame.text]
        assert len(placeholders) == len(list(slide.placeholders)), "no empty placeholder left"


def test_two_cards_with_a_lead_keep_the_lead(builtin: tuple[Briefing, Path]) -> None:
    briefing, deck = builtin
    prs = Presentation(str(deck))
    checked = 0
    for slide, panel in zip(prs.slides, briefing.panels, strict=True):
        if isinstance(panel, CardsPanel) and panel.lead:
            text = "".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
            assert panel.lead in text.replace("\v", "")
            checked += 1
    assert checked


def test_the_picture_the_cover_logo_and_the_footer_logos(
    all_kinds: Briefing, tmp_path: Path
) -> None:
    from briefing_app.model.panels import ImagePanel

    deck = export_deck(all_kinds, tmp_path / "deck.pptx", default_template())
    prs = Presentation(str(deck))
    for slide, panel in zip(prs.slides, all_kinds.panels, strict=True):
        pictures = {s.name: s for s in slide.shapes if s.shape_type == 13}  # PICTURE
        if isinstance(panel, ImagePanel):
            picture = pictures["Picture"]
            assert picture.image.blob == panel.image_data
            ratio = int(picture.width) / int(picture.height)
            assert abs(ratio - 1200 / 675) < 0.01  # drawn at its own proportions
            text = "".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
            assert panel.caption in text
            assert int(picture.top) + int(picture.height) <= int(prs.slide_height or 0)
        if panel.kind.value == "cover":
            assert "Logo" in pictures
        else:
            assert "Footer logo" in pictures, panel.id
            logo = pictures["Footer logo"]
            assert int(logo.top) + int(logo.height) <= int(prs.slide_height or 0)


def _four_three_template(tmp_path: Path) -> Path:
    """The default template laid out 4:3 (10 x 7.5 in): every box narrowed by a quarter,
    the footer as narrow as PowerPoint's 4:3 layouts have it."""
    prs = Presentation(str(default_template()))
    parts = [prs.slide_master, *prs.slide_layouts]
    for part in parts:
        for xfrm in part._element.iter(f"{{{A}}}off"):
            xfrm.set("x", str(int(int(xfrm.get("x")) * 0.75)))
        for ext in part._element.iter(f"{{{A}}}ext"):
            if ext.get("cx") is not None:
                ext.set("cx", str(int(int(ext.get("cx")) * 0.75)))
    for layout in prs.slide_layouts:  # PowerPoint's own 4:3 footer: 3.42 in wide, centred
        for ph in list(cast(Any, layout.placeholders)):
            if ph.placeholder_format.type == 15:  # FOOTER
                ph.left, ph.width = Emu(3009900), Emu(3124200)
    prs.slide_width = Emu(9144000)
    out = tmp_path / "four-three.pptx"
    prs.save(str(out))
    return out


A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def test_footers_fit_a_4_3_template(builtin: tuple[Briefing, Path], tmp_path: Path) -> None:
    from briefing_app.export.pptx.text import EMU_PER_PT, INSET_X, Para, one_line_size

    briefing, _ = builtin
    deck = export_deck(briefing, tmp_path / "deck.pptx", _four_three_template(tmp_path))
    app = etree.fromstring(_part(deck, "docProps/app.xml"))
    assert app.findtext(f"{EP}PresentationFormat") == "全屏显示(4:3)"
    prs = Presentation(str(deck))
    checked = 0
    for slide in prs.slides:
        for shape in slide.placeholders:
            if shape.placeholder_format.type != 15:  # FOOTER
                continue
            runs = [r for p in shape.text_frame.paragraphs for r in p.runs]
            text = "".join(r.text for r in runs)
            size = runs[0].font.size.pt if runs[0].font.size else 18.0
            width_pt = (int(shape.width) - 2 * INSET_X) / EMU_PER_PT
            assert one_line_size(Para.of(text), width_pt) >= size, (text, size, width_pt)
            assert size >= 12
            checked += 1
    assert checked >= len(prs.slides) - 2


def test_a_few_short_cards_fill_half_the_area_or_more(builtin: tuple[Briefing, Path]) -> None:
    """One row of short cards takes about half the area under the lead, two rows about three
    quarters (as the live panel's least card heights), rather than a thin strip."""
    briefing, deck = builtin
    prs = Presentation(str(deck))
    checked = 0
    title_type, footer_type = PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.FOOTER
    for slide, panel in zip(prs.slides, briefing.panels, strict=True):
        cards = [s for s in slide.shapes if s.name.startswith("Card") and "rule" not in s.name]
        if not isinstance(panel, CardsPanel) or not cards:
            continue
        layout = slide.slide_layout
        title = next(p for p in layout.placeholders if p.placeholder_format.type == title_type)
        foot = min(
            int(p.top) for p in layout.placeholders if p.placeholder_format.type == footer_type
        )
        lead = [s for s in slide.shapes if s.name == "Lead"]
        area_top = int(lead[0].top + lead[0].height) if lead else int(title.top + title.height)
        top = min(int(s.top) for s in cards)
        bottom = max(int(s.top) + int(s.height) for s in cards)
        rows = len({int(s.top) for s in cards})
        share = 0.45 if rows == 1 else 0.7
        assert bottom - top >= share * (foot - area_top), panel.id
        checked += 1
    assert checked >= 5
