"""Deck-wide package parts: PowerPoint sections, app.xml, the slide size type and the thumbnail."""

from __future__ import annotations

import hashlib
import io
from typing import Any

from lxml import etree
from PIL import Image, ImageDraw, ImageFont
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.presentation import Presentation

from briefing_app.export.pptx.shapes import title_placeholder
from briefing_app.model.briefing import Briefing
from briefing_app.paths import resources_dir

P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
SECTIONS_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
THUMBNAIL_SIZE = (256, 144)  # PowerPoint's own thumbnails are 256 px wide


def set_sections(prs: Presentation, briefing: Briefing) -> None:
    """Write PowerPoint sections (p14:sectionLst) named and filled like the briefing's."""
    root = prs.part._element
    ids = [entry.get("id") for entry in prs.slides._sldIdLst]
    ext_lst = root.find(qn("p:extLst"))
    if ext_lst is None:
        ext_lst = etree.SubElement(root, qn("p:extLst"))  # the last child of p:presentation
    for ext in ext_lst.findall(qn("p:ext")):
        if ext.get("uri") == SECTIONS_EXT:
            ext_lst.remove(ext)
    ext = etree.SubElement(ext_lst, qn("p:ext"), uri=SECTIONS_EXT)
    section_list = etree.SubElement(ext, f"{{{P14}}}sectionLst", nsmap={"p14": P14})
    start = 0
    for section in briefing.sections:
        own = ids[start : start + len(section.panels)]
        start += len(section.panels)
        element = etree.SubElement(
            section_list,
            f"{{{P14}}}section",
            name=section.title,
            id="{" + name_uuid(f"{briefing.meta.title}/{section.id}").upper() + "}",
        )
        slide_ids = etree.SubElement(element, f"{{{P14}}}sldIdLst")
        for slide_id in own:
            etree.SubElement(slide_ids, f"{{{P14}}}sldId", id=str(slide_id))


def presentation_format(width: int, height: int) -> str:
    """Return app.xml's PresentationFormat for a slide size, as zh-CN PowerPoint names it."""
    if height and abs(width / height - 16 / 9) < 0.01:
        return "宽屏"
    if height and abs(width / height - 4 / 3) < 0.01:
        return "全屏显示(4:3)"
    return "自定义"


#: uuid.NAMESPACE_URL's bytes (RFC 4122, appendix C).
_NAMESPACE_URL = bytes.fromhex("6ba7b8119dad11d180b400c04fd430c8")


def name_uuid(name: str) -> str:
    """Return `str(uuid.uuid5(uuid.NAMESPACE_URL, name))`, without importing uuid (which
    imports platform: some 10 ms of an export for one GUID per section)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_URL + name.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def fix_slide_size_type(prs: Presentation) -> None:
    """Drop a `screen4x3` (or other) size type that does not match the slide's proportions."""
    size = prs.part._element.find(qn("p:sldSz"))
    if size is None:
        return
    kind = size.get("type")
    width, height = int(size.get("cx")), int(size.get("cy"))
    four_three = abs(width / height - 4 / 3) < 0.01
    if kind is not None and (kind == "screen4x3") != four_three:
        del size.attrib["type"]


def set_app_properties(prs: Presentation) -> None:
    """Rewrite docProps/app.xml: slide, notes and hidden counts, format and slide titles."""
    titles = []
    notes = hidden = 0
    for slide in prs.slides:
        title: Any = title_placeholder(slide)  # slide.shapes.title, without its XPath per shape
        titles.append(title.text_frame.text.replace("\v", "") if title is not None else "")
        notes += int(slide.has_notes_slide)
        hidden += int(slide._element.get("show") == "0")
    root = etree.Element(f"{{{EP}}}Properties", nsmap={None: EP, "vt": VT})
    fields: list[tuple[str, str]] = [
        ("TotalTime", "0"),
        ("Application", "Microsoft Office PowerPoint"),
        ("PresentationFormat", presentation_format(prs.slide_width or 0, prs.slide_height or 0)),
        ("Slides", str(len(titles))),
        ("Notes", str(notes)),
        ("HiddenSlides", str(hidden)),
        ("MMClips", "0"),
        ("ScaleCrop", "false"),
    ]
    for name, value in fields:
        etree.SubElement(root, f"{{{EP}}}{name}").text = value
    pairs = etree.SubElement(
        etree.SubElement(root, f"{{{EP}}}HeadingPairs"), f"{{{VT}}}vector", size="4"
    )
    pairs.set("baseType", "variant")
    for label, count in (("主题", 1), ("幻灯片标题", len(titles))):
        variant = etree.SubElement(pairs, f"{{{VT}}}variant")
        etree.SubElement(variant, f"{{{VT}}}lpstr").text = label
        variant = etree.SubElement(pairs, f"{{{VT}}}variant")
        etree.SubElement(variant, f"{{{VT}}}i4").text = str(count)
    names = ["Office Theme", *titles]
    parts = etree.SubElement(
        etree.SubElement(root, f"{{{EP}}}TitlesOfParts"), f"{{{VT}}}vector", size=str(len(names))
    )
    parts.set("baseType", "lpstr")
    for name in names:
        etree.SubElement(parts, f"{{{VT}}}lpstr").text = name
    for name, value in (("LinksUpToDate", "false"), ("SharedDoc", "false")):
        etree.SubElement(root, f"{{{EP}}}{name}").text = value
    etree.SubElement(root, f"{{{EP}}}HyperlinksChanged").text = "false"
    etree.SubElement(root, f"{{{EP}}}AppVersion").text = "16.0000"
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    _put_part(prs, "/docProps/app.xml", blob, _APP_CT, RT.EXTENDED_PROPERTIES)


def theme_accent(prs: Presentation) -> str:
    """Return the theme's accent1 as RRGGBB (the panels' primary colour), a dark red if none."""
    try:
        theme = etree.fromstring(prs.slide_master.part.part_related_by(RT.THEME).blob)
    except (KeyError, etree.XMLSyntaxError):
        return "B0202A"
    accent = theme.find(f".//{qn('a:accent1')}/{qn('a:srgbClr')}")
    return accent.get("val", "B0202A") if accent is not None else "B0202A"


def set_thumbnail(prs: Presentation, briefing: Briefing) -> None:
    """Write docProps/thumbnail.jpeg: the cover's title and subtitle on the theme's colour.

    The export package holds no Qt, so it is drawn with Pillow (python-pptx's own
    dependency) in the bundled CJK font; the template's thumbnail would show another deck.
    """
    width, height = THUMBNAIL_SIZE
    primary = theme_accent(prs)
    image = Image.new("RGB", THUMBNAIL_SIZE, "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 10), fill=f"#{primary}")
    draw.rectangle((0, height - 6, width, height), fill=f"#{primary}")
    bold = resources_dir() / "fonts" / "NotoSansSC-Bold.otf"
    regular = resources_dir() / "fonts" / "NotoSansSC-Regular.otf"
    lines = [(briefing.meta.title, bold, 18, f"#{primary}")]
    if briefing.meta.subtitle:
        lines.append((briefing.meta.subtitle, regular, 11, "#555555"))
    y = 40
    for text, face, size, colour in lines:
        font: Any = ImageFont.load_default()
        if face.is_file():
            font = ImageFont.truetype(str(face), size)
        for line in _wrap(draw, text, font, width - 24):
            box = draw.textbbox((0, 0), line, font=font)
            draw.text(((width - (box[2] - box[0])) / 2, y), line, font=font, fill=colour)
            y += size + 6
        y += 6
    out = io.BytesIO()
    # Named, not told the format: Pillow then loads its JPEG plugin alone rather than the
    # five it preloads for a named format (their imports cost more than the drawing).
    out.name = "thumbnail.jpeg"
    image.save(out, quality=85)
    _put_part(prs, "/docProps/thumbnail.jpeg", out.getvalue(), "image/jpeg", RT.THUMBNAIL)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: Any, width: int) -> list[str]:
    lines, line = [], ""
    for char in text:
        if line and draw.textlength(line + char, font=font) > width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line][:3]


_APP_CT = "application/vnd.openxmlformats-officedocument.extended-properties+xml"


def _put_part(prs: Presentation, name: str, blob: bytes, content_type: str, rel: str) -> None:
    """Replace the package part `name` by `blob`, or add it related from the package."""
    package = prs.part.package
    for part in package.iter_parts():
        if str(part.partname) == name:
            part._blob = blob
            return
    part = Part(PackURI(name), content_type, package, blob)
    package.relate_to(part, rel)
