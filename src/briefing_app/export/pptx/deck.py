"""Export a briefing as an editable PowerPoint deck: one slide per panel, written atomically."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.parts.slide import SlidePart
from pptx.presentation import Presentation
from pptx.slide import Slide, SlideLayout

from briefing_app.export.pptx.charts import ChartContext
from briefing_app.export.pptx.errors import DeckError
from briefing_app.export.pptx.notes import NotesWriter, notes_text
from briefing_app.export.pptx.package_props import (
    fix_slide_size_type,
    set_app_properties,
    set_sections,
    set_thumbnail,
)
from briefing_app.export.pptx.pictures import add_footer_logo
from briefing_app.export.pptx.shapes import Faces, add_footer, remove_empty_placeholders
from briefing_app.export.pptx.slides import SlideContext, builder_for
from briefing_app.export.pptx.template import (
    east_asian_faces,
    open_template,
    remove_slides,
    resolve_layout,
)
from briefing_app.files import write_atomically
from briefing_app.model.briefing import Briefing
from briefing_app.model.numerals import chinese_date
from briefing_app.model.panels import logo_of

__all__ = ["DeckError", "build_deck", "export_deck"]


def export_deck(briefing: Briefing, out: Path | str, template: Path | str) -> Path:
    """Write the deck of `briefing` to `out` using `template`; return the path written.

    DeckError when the template is unusable; OSError when `out` cannot be written. Either way
    an existing file at `out` is left as it was.
    """
    out = Path(out)
    prs = build_deck(briefing, template)
    _save_atomically(prs, out)
    return out


def build_deck(briefing: Briefing, template: Path | str) -> Presentation:
    """Return the deck of `briefing` in memory (template opened, slides built, properties set)."""
    prs = open_template(template)
    remove_slides(prs)
    _fast_partnames(prs)
    layouts = {}
    for panel in briefing.panels:  # every needed layout checked before the first slide
        name = builder_for(panel).layout(panel)
        if name not in layouts:
            layouts[name] = resolve_layout(prs, name, template)
    major, minor = east_asian_faces(prs, template)
    ctx = SlideContext(
        briefing=briefing,
        width=int(prs.slide_width or 0),
        height=int(prs.slide_height or 0),
        faces=Faces(title=major, body=minor),
        charts=ChartContext(typeface=minor),
    )
    footer = f"{briefing.meta.meeting}　{chinese_date(briefing.meta.date)}"
    footers: dict[int, list[Any]] = {}
    logo = logo_of(briefing.panels)
    notes = NotesWriter(minor)
    new_slide = _SlideMaker(prs)
    for number, panel in enumerate(briefing.panels, 1):
        builder = builder_for(panel)
        slide = new_slide(layouts[builder.layout(panel)])
        slide.name = panel.id
        if panel.hidden:  # kept in the deck, skipped by the slide show (as PowerPoint hides)
            slide._element.set("show", "0")
        builder.fill(ctx, slide, panel)
        remove_empty_placeholders(slide)
        if builder.footer:  # none on the title slide, as PowerPoint's "not on title slide"
            add_footer(slide, number, footer, minor, footers)
            if logo:
                add_footer_logo(slide, logo, ctx.width, ctx.height)
        notes.write(slide, notes_text(briefing, panel))
    _set_properties(prs, briefing)
    set_sections(prs, briefing)
    fix_slide_size_type(prs)
    set_app_properties(prs)
    set_thumbnail(prs, briefing)
    return prs


class _SlideMaker:
    """Adds slides: the first of each layout through python-pptx, the others copied from it.

    python-pptx clones the layout's placeholders one by one for every new slide; a fresh slide
    of one layout is always the same XML, so it is kept and copied (with the relationships and
    slide id python-pptx would give it).
    """

    def __init__(self, prs: Presentation) -> None:
        self._prs = prs
        self._fresh: dict[int, etree._Element] = {}  # by id of the layout part

    def __call__(self, layout: SlideLayout) -> Slide:
        key = id(layout.part)
        if key not in self._fresh:
            slide: Slide = self._prs.slides.add_slide(layout)
            self._fresh[key] = copy.deepcopy(slide._element)
            return slide
        prs_part = self._prs.part
        id_list = self._prs.slides._sldIdLst
        partname = PackURI(f"/ppt/slides/slide{len(id_list) + 1}.xml")
        element = copy.deepcopy(self._fresh[key])
        slide_part = SlidePart(partname, CT.PML_SLIDE, prs_part.package, element)
        slide_part.relate_to(layout.part, RT.SLIDE_LAYOUT)
        r_id = prs_part.relate_to(slide_part, RT.SLIDE)
        next_id = max([255, *(int(e.get("id")) for e in id_list.iterchildren(_SLD_ID))]) + 1
        if next_id < 2**31:  # python-pptx's next id (it searches for a gap beyond that)
            id_list._add_sldId(id=next_id, rId=r_id)
        else:
            id_list.add_sldId(r_id)
        new: Slide = slide_part.slide
        return new


_SLD_ID = qn("p:sldId")


def _fast_partnames(prs: Presentation) -> None:
    """Name new parts from a set kept up to date, not by walking the package for every part.

    python-pptx's `next_partname` walks every part of the package for each new slide, notes
    page and chart: quadratic in the deck's size and a third of the export time.
    """
    package = prs.part.package
    taken = {str(part.partname) for part in package.iter_parts()}

    def next_partname(template: str) -> PackURI:
        n = 1
        while template % n in taken:
            n += 1
        taken.add(template % n)
        return PackURI(template % n)

    setattr(package, "next_partname", next_partname)  # noqa: B010 (an instance override)


def _set_properties(prs: Presentation, briefing: Briefing) -> None:
    meta = briefing.meta
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props = prs.core_properties
    props.title = meta.title
    props.author = meta.organisation
    props.subject = meta.meeting
    props.keywords = ""
    props.comments = meta.subtitle
    props.language = "zh-CN"
    props.last_modified_by = meta.organisation
    props.created = now
    props.modified = now
    props.revision = 1


def _save_atomically(prs: Presentation, out: Path) -> None:
    """Write the deck through the atomic writer: a failure leaves `out` as it was."""
    write_atomically(out, prs.save)
