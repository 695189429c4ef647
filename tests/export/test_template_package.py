"""Template parts: only what a deck needs is taken, macros are refused, a .potx makes a deck."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from tests.export.template_files import (
    MACRO_MAIN,
    MASTER_RELS,
    PRESENTATION_MAIN,
    PRESENTATION_RELS,
    RELS,
    SLIDESHOW_MAIN,
    TEMPLATE_MAIN,
    Package,
)
from tests.libreoffice import deck_to_pdf, pdf_pages

from briefing_app.export.pptx.deck import DeckError, export_deck
from briefing_app.export.pptx.template import open_template
from briefing_app.model.briefing import Briefing
from briefing_app.paths import default_template


def _junk_template(tmp_path: Path) -> Path:
    """Return the default template with what a deck must not take from it: a slide with a
    picture and notes, a link from the master to that slide, custom XML, printer settings."""
    prs = Presentation(str(default_template()))
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = "TEMPLATE-SLIDE-MARKER"
    slide.notes_slide.notes_text_frame.text = "TEMPLATE-NOTES-MARKER"
    with_slide = tmp_path / "with-slide.pptx"
    prs.save(str(with_slide))
    package = Package(with_slide)
    package.default_type("png", "image/png")
    package.relate("ppt/slides/_rels/slide1.xml.rels", "rId900", "image", "../media/photo.png")
    package.files["ppt/media/photo.png"] = bytes(range(256)) * 400
    package.relate(PRESENTATION_RELS, "rId900", "customXml", "../customXml/item1.xml")
    package.files["customXml/item1.xml"] = b"<junk>" + b"x" * 50_000 + b"</junk>"
    package.relate(MASTER_RELS, "rId900", "slide", "../slides/slide1.xml")
    master = package.files["ppt/slideMasters/slideMaster1.xml"].decode()
    link = f'<a:hlinkClick xmlns:r="{RELS}" r:id="rId900" action="ppaction://hlinksldjump"/>'
    master = re.sub(r"(<p:cNvPr [^>]*?)/>", rf"\1>{link}</p:cNvPr>", master, count=1)
    assert link in master
    package.files["ppt/slideMasters/slideMaster1.xml"] = master.encode()
    return package.write(tmp_path / "junk.pptx")


def _dangling_references(deck: zipfile.ZipFile) -> list[str]:
    """Return the r: references in the deck's XML parts that name no relationship."""
    found = []
    names = set(deck.namelist())
    for name in names:
        if not name.endswith(".xml") or name.startswith("["):
            continue
        folder, _, base = name.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels"
        ids = set()
        if rels_name in names:
            ids = {rel.get("Id") for rel in etree.fromstring(deck.read(rels_name))}
        for element in etree.fromstring(deck.read(name)).iter(etree.Element):
            for key, value in element.attrib.items():
                if str(key).startswith(f"{{{RELS}}}") and value not in ids:
                    found.append(f"{name}: {value}")
    return found


def test_only_the_parts_a_deck_needs_are_copied(all_kinds: Briefing, tmp_path: Path) -> None:
    template = _junk_template(tmp_path)
    with zipfile.ZipFile(template) as before:
        assert "ppt/printerSettings/printerSettings1.bin" in before.namelist()
    prs = Presentation(str(template))  # python-pptx alone would carry these along
    assert len(prs.slides) == 1
    assert any("customXml" in str(rel.target_ref) for rel in prs.part.rels.values())
    out = export_deck(all_kinds, tmp_path / "deck.pptx", template)
    with zipfile.ZipFile(out) as deck:
        names = deck.namelist()
        assert not [n for n in names if n.startswith("customXml/") or "printerSettings" in n]
        assert "ppt/media/photo.png" not in names
        blob = b"".join(deck.read(n) for n in names if n.endswith(".xml"))
        assert b"TEMPLATE-SLIDE-MARKER" not in blob and b"TEMPLATE-NOTES-MARKER" not in blob
        assert b"hlinksldjump" not in deck.read("ppt/slideMasters/slideMaster1.xml")
        assert _dangling_references(deck) == []
    assert len(Presentation(str(out)).slides) == len(all_kinds.panels)


def _macro_template(tmp_path: Path, name: str, main_type: str, vba: bool) -> Path:
    package = Package()
    package.content_type(PRESENTATION_MAIN, main_type)
    if vba:
        package.default_type("bin", "application/vnd.ms-office.vbaProject")
        package.relate(PRESENTATION_RELS, "rId900", "vbaProject", "vbaProject.bin")
        package.files["ppt/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 not really a VBA project"
    return package.write(tmp_path / name)


@pytest.mark.parametrize(
    ("name", "main_type", "vba", "named"),
    [
        ("macros.pptm", MACRO_MAIN, True, "/ppt/vbaProject.bin"),
        ("renamed.pptx", MACRO_MAIN, False, MACRO_MAIN),  # the content type, not the suffix
        ("hidden.pptx", PRESENTATION_MAIN, True, "/ppt/vbaProject.bin"),
    ],
)
def test_a_template_with_macros_is_refused(
    tmp_path: Path, name: str, main_type: str, vba: bool, named: str
) -> None:
    template = _macro_template(tmp_path, name, main_type, vba)
    with pytest.raises(DeckError) as err:
        open_template(template)
    message = str(err.value)
    assert str(template) in message and "macros" in message and named in message
    assert ".pptx or .potx" in message and "\n" not in message


def _potx(tmp_path: Path, main_type: str = TEMPLATE_MAIN, suffix: str = ".potx") -> Path:
    package = Package()
    package.content_type(PRESENTATION_MAIN, main_type)
    return package.write(tmp_path / f"corporate{suffix}")


@pytest.mark.parametrize(
    ("main_type", "suffix"), [(TEMPLATE_MAIN, ".potx"), (SLIDESHOW_MAIN, ".ppsx")]
)
def test_a_potx_or_ppsx_makes_a_normal_deck(
    all_kinds: Briefing, tmp_path: Path, main_type: str, suffix: str
) -> None:
    template = _potx(tmp_path, main_type, suffix)
    with pytest.raises(ValueError):
        Presentation(str(template))  # what python-pptx alone says
    out = export_deck(all_kinds, tmp_path / "deck.pptx", template)
    with zipfile.ZipFile(out) as deck:
        types = deck.read("[Content_Types].xml").decode()
    assert PRESENTATION_MAIN in types and main_type not in types
    assert len(Presentation(str(out)).slides) == len(all_kinds.panels)


@pytest.mark.slow
def test_libreoffice_converts_a_deck_made_from_a_potx(all_kinds: Briefing, tmp_path: Path) -> None:
    out = export_deck(all_kinds, tmp_path / "deck.pptx", _potx(tmp_path))
    assert pdf_pages(deck_to_pdf(out, tmp_path)) == len(all_kinds.panels)
