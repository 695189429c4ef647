"""Open a PowerPoint template: check it, find layouts by English or Chinese name, drop slides."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.exc import PackageNotFoundError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationT
from pptx.slide import SlideLayout

from briefing_app.export.pptx.errors import DeckError
from briefing_app.export.pptx.style import DEFAULT_EA_FACE
from briefing_app.export.pptx.template_package import template_package

#: Layout names as pandoc and English PowerPoint write them, with the names zh-CN PowerPoint
#: and WPS give the same layouts (WPS's own variants after PowerPoint's).
LAYOUT_ALIASES: dict[str, tuple[str, ...]] = {
    "Title Slide": ("标题幻灯片",),
    "Title and Content": ("标题和内容",),
    "Section Header": ("节标题",),
    "Two Content": ("两栏内容", "两项内容"),
    "Comparison": ("比较",),
    "Content with Caption": ("内容与标题", "带标题的内容"),
    "Blank": ("空白",),
    "Title Only": ("仅标题",),
}


def open_template(path: Path | str) -> PresentationT:
    """Return the presentation at `path`, holding only what a deck needs from it.

    DeckError when it is missing, not a presentation, holds macros or breaks a limit of
    `template_zip` (a zip bomb). A .potx or .ppsx opens as a presentation.
    """
    path = Path(path)
    if not path.exists():
        raise DeckError(f"template {path} not found")
    if path.is_dir():
        raise DeckError(f"template {path} is a folder, not a PowerPoint file (.pptx)")
    if not path.is_file():  # a FIFO would block the read for ever, /dev/zero never end
        raise DeckError(f"template {path} is a device or a pipe, not a PowerPoint file (.pptx)")
    if not zipfile.is_zipfile(path):
        raise DeckError(f"template {path} is not a PowerPoint file (.pptx): not a zip package")
    package = template_package(path)
    try:
        return Presentation(io.BytesIO(package))
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        etree.XMLSyntaxError,
    ) as exc:
        reason = str(exc)
        if "content type" in reason:  # python-pptx: "file '...' is not a PowerPoint file, ..."
            reason = reason.split(", content type is ")[-1]
            reason = f"its main part is {reason.strip(chr(39))}"
        raise DeckError(f"template {path} is not a PowerPoint presentation ({reason})") from exc


#: The layouts a builder can use instead, nearest first, when a template lacks one: every
#: builder writes a missing title, body or side area as text boxes (see `slides.py`).
LAYOUT_FALLBACKS: dict[str, tuple[str, ...]] = {
    "Title Only": ("Title and Content", "Blank"),
    "Two Content": ("Title and Content", "Title Only", "Blank"),
    "Comparison": ("Title Only", "Title and Content", "Blank"),
    "Title and Content": ("Title Only", "Blank"),
    "Title Slide": ("Title Only", "Title and Content", "Blank"),
}


def resolve_layout(prs: PresentationT, name: str, template: Path | str) -> SlideLayout:
    """Return the layout `name`, else its nearest fallback the template has (a template with
    only 标题幻灯片 / 标题和内容 / 空白 still makes a deck); DeckError when none is there."""
    for candidate in (name, *LAYOUT_FALLBACKS.get(name, ())):
        found = _layout_named(prs, candidate)
        if found is not None:
            return found
    return find_layout(prs, name, template)


def find_layout(prs: PresentationT, name: str, template: Path | str) -> SlideLayout:
    """Return the layout called `name` (or a Chinese alias); DeckError naming what is missing."""
    found = _layout_named(prs, name)
    if found is not None:
        return found
    aliases = "、".join(LAYOUT_ALIASES.get(name, ()))
    also = f" (or {aliases})" if aliases else ""
    have = ", ".join(layout.name for layout in prs.slide_layouts) or "none"
    raise DeckError(f"template {template} has no layout named '{name}'{also}; its layouts: {have}")


def _layout_named(prs: PresentationT, name: str) -> SlideLayout | None:
    wanted = {_key(name), *(_key(alias) for alias in LAYOUT_ALIASES.get(name, ()))}
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            if _key(layout.name) in wanted:
                found: SlideLayout = layout
                return found
    return None


def remove_slides(prs: PresentationT) -> None:
    """Remove every slide of the template: drop the sldId and its relationship (the part goes)."""
    id_list = prs.slides._sldIdLst
    for entry in list(id_list):
        r_id = entry.get(qn("r:id"))
        id_list.remove(entry)
        prs.part.drop_rel(r_id)


def east_asian_faces(prs: PresentationT, template: Path | str) -> tuple[str, str]:
    """Return the theme's (major, minor) East Asian faces, 微软雅黑 where the theme has none.

    DeckError when the theme is missing or damaged: a deck copied from it would be too.
    """
    try:
        part = prs.slide_master.part.part_related_by(RT.THEME)
        theme = etree.fromstring(part.blob)
    except (KeyError, etree.XMLSyntaxError) as exc:
        raise DeckError(
            f"{template}: the template's theme is missing or damaged ({type(exc).__name__}); "
            "open and save it again in PowerPoint or WPS, or choose another template"
        ) from None
    faces = []
    for which in ("a:majorFont", "a:minorFont"):
        font = theme.find(f".//{qn(which)}")
        face = ""
        if font is not None:
            ea = font.find(qn("a:ea"))
            face = ea.get("typeface", "") if ea is not None else ""
            if not face:
                hans = [f for f in font.findall(qn("a:font")) if f.get("script") == "Hans"]
                face = hans[0].get("typeface", "") if hans else ""
        faces.append(face or DEFAULT_EA_FACE)
    return faces[0], faces[1]


def _key(name: str) -> str:
    return "".join(name.split()).casefold()
