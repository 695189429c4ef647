"""Build slides_templates/default.pptx (16:9) and default-4x3.pptx (4:3): government-briefing
templates with pandoc's layouts.

Run `python slides_templates/build_default_template.py` (both, beside this script), or
`... [--aspect 16:9|4:3] [OUT]` for one. It starts from python-pptx's built-in template (4:3,
Office theme), sets the slide size, places every placeholder of the master and the layouts by
that size's own geometry (placeholders do not move when the size changes; each aspect has its
margins, footer and columns), drops the vertical-text and picture layouts, and gives the theme
the app's colours (copied from briefing_app.ui.theme.LIGHT) and 微软雅黑 as East Asian face.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches

HERE = Path(__file__).resolve().parent

# -- the app's LIGHT theme (hex copied, not imported: the template is built without the app) --
COLORS = {
    "dk1": "2B2B2B",  # text
    "lt1": "FFFFFF",  # surface
    "dk2": "8C2F39",  # secondary (dark red)
    "lt2": "FBF8F3",  # background
    "accent1": "B71C1C",  # primary: deep red
    "accent2": "C9A227",  # accent: gold
    "accent3": "8C2F39",  # secondary
    "accent4": "5D6D7E",  # tertiary
    "accent5": "2E7D32",  # positive
    "accent6": "7A7068",  # muted
    "hlink": "B71C1C",
    "folHlink": "8C2F39",
}
LATIN_FACE = "Arial"
EA_FACE = "微软雅黑"
THEME_NAME = "Briefing 政务简报"


class Geometry(NamedTuple):
    """Where everything goes on one slide size (EMU). Each aspect is laid out natively: a
    4:3 template is not the 16:9 one narrowed, its footer and columns are its own."""

    name: str  # "16:9" or "4:3"
    W: int
    H: int
    MARGIN: int
    GAP: int
    FOOTER_W: int  # the footer's width, clear of the date and the slide number
    DATE_W: int
    DATE_RIGHT: int  # from the slide's right edge to the date's left edge
    NUMBER_W: int
    CAPTION_W: int  # the caption column of Content with Caption
    TITLE_TOP: int = Inches(0.3)
    TITLE_H: int = Inches(0.95)
    BODY_TOP: int = Inches(1.5)
    BODY_H: int = Inches(5.2)
    RULE_Y: int = Inches(1.3)  # the gold line under the title
    FOOT_Y: int = Inches(6.95)
    FOOT_H: int = Inches(0.4)

    @property
    def CONTENT_W(self) -> int:
        return self.W - 2 * self.MARGIN

    @property
    def HALF_W(self) -> int:
        return (self.CONTENT_W - self.GAP) // 2

    @property
    def TITLE(self) -> Box:
        return (self.MARGIN, self.TITLE_TOP, self.CONTENT_W, self.TITLE_H)

    @property
    def BODY(self) -> Box:
        return (self.MARGIN, self.BODY_TOP, self.CONTENT_W, self.BODY_H)

    @property
    def FOOTER(self) -> Box:
        return (self.MARGIN, self.FOOT_Y, self.FOOTER_W, self.FOOT_H)

    @property
    def DATE(self) -> Box:
        return (self.W - self.DATE_RIGHT, self.FOOT_Y, self.DATE_W, self.FOOT_H)

    @property
    def SLIDE_NUMBER(self) -> Box:
        return (self.W - self.MARGIN - self.NUMBER_W, self.FOOT_Y, self.NUMBER_W, self.FOOT_H)


Box = tuple[int, int, int, int]

#: 13.333 x 7.5 in, PowerPoint's own 16:9.
WIDE = Geometry(
    "16:9",
    W=Emu(12192000),
    H=Emu(6858000),
    MARGIN=Inches(0.6),
    GAP=Inches(0.4),
    FOOTER_W=Inches(8.0),
    DATE_W=Inches(2.2),
    DATE_RIGHT=Inches(0.6 + 3.6),
    NUMBER_W=Inches(1.2),
    CAPTION_W=Inches(4.0),
)
#: 10 x 7.5 in, PowerPoint's own 4:3 (全屏显示): narrower margins and gap, a 5 in footer that
#: ends well before the date, the date and the slide number closer together.
STANDARD = Geometry(
    "4:3",
    W=Emu(9144000),
    H=Emu(6858000),
    MARGIN=Inches(0.5),
    GAP=Inches(0.3),
    FOOTER_W=Inches(5.0),
    DATE_W=Inches(1.9),
    DATE_RIGHT=Inches(0.5 + 3.1),
    NUMBER_W=Inches(1.0),
    CAPTION_W=Inches(3.0),
)
GEOMETRIES = {g.name: g for g in (WIDE, STANDARD)}
#: The file each aspect's template is written to, beside this script.
FILE_NAMES = {"16:9": "default.pptx", "4:3": "default-4x3.pptx"}

#: Layouts kept (python-pptx's names are the ones pandoc looks for).
KEEP = (
    "Title Slide",
    "Title and Content",
    "Section Header",
    "Two Content",
    "Comparison",
    "Title Only",
    "Blank",
    "Content with Caption",
)


def layout_boxes(g: Geometry = WIDE) -> dict[str, dict[str, Box]]:
    """Return, per layout, the box of each placeholder keyed by 'type' or 'type:idx'."""
    left2 = (g.MARGIN, g.BODY[1], g.HALF_W, g.BODY[3])
    right2 = (g.MARGIN + g.HALF_W + g.GAP, g.BODY[1], g.HALF_W, g.BODY[3])
    head_h = Inches(0.6)
    below = g.BODY[1] + head_h + Inches(0.1)
    band_top = Inches(2.3)
    beside = g.CAPTION_W + g.GAP  # the content beside the caption column
    return {
        "Title Slide": {
            "ctrTitle": (
                g.MARGIN + Inches(0.4),
                Inches(1.1),
                g.CONTENT_W - Inches(0.8),
                Inches(2.4),
            ),
            "subTitle": (
                g.MARGIN + Inches(0.4),
                Inches(4.55),
                g.CONTENT_W - Inches(0.8),
                Inches(1.9),
            ),
        },
        "Title and Content": {"title": g.TITLE, "obj:1": g.BODY},
        "Section Header": {
            "title": (
                g.MARGIN + Inches(0.4),
                band_top + Inches(0.35),
                g.CONTENT_W - Inches(0.8),
                Inches(1.6),
            ),
            "body:1": (
                g.MARGIN + Inches(0.4),
                band_top + Inches(2.25),
                g.CONTENT_W - Inches(0.8),
                Inches(1.2),
            ),
        },
        "Two Content": {"title": g.TITLE, "obj:1": left2, "obj:2": right2},
        "Comparison": {
            "title": g.TITLE,
            "body:1": (left2[0], g.BODY[1], g.HALF_W, head_h),
            "obj:2": (left2[0], below, g.HALF_W, g.BODY[1] + g.BODY[3] - below),
            "body:3": (right2[0], g.BODY[1], g.HALF_W, head_h),
            "obj:4": (right2[0], below, g.HALF_W, g.BODY[1] + g.BODY[3] - below),
        },
        "Title Only": {"title": g.TITLE},
        "Blank": {},
        "Content with Caption": {
            "title": g.TITLE,
            "body:2": (g.MARGIN, g.BODY[1], g.CAPTION_W, g.BODY[3]),
            "obj:1": (g.MARGIN + beside, g.BODY[1], g.CONTENT_W - beside, g.BODY[3]),
        },
    }


def build(out: Path, aspect: str = "16:9") -> None:
    """Write the template of `aspect` ("16:9" or "4:3") to `out`."""
    g = GEOMETRIES[aspect]
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(g.W), Emu(g.H)
    _drop_unused_layouts(prs)
    _style_theme(prs)
    _style_master(prs, g)
    boxes = layout_boxes(g)
    for layout in prs.slide_layouts:
        _place_layout(layout, boxes[layout.name], g)
    _decorate_layouts(prs, g)
    props = prs.core_properties
    props.title = "政务简报默认模板 (briefing-app)"
    props.author = "briefing-app"
    props.subject = f"{aspect} template with pandoc layout names"
    props.language = "zh-CN"
    props.revision = 1
    prs.save(str(out))


def _drop_unused_layouts(prs: Presentation) -> None:
    master = prs.slide_master
    id_list = master._element.find(qn("p:sldLayoutIdLst"))
    for layout in list(master.slide_layouts):
        if layout.name in KEEP:
            continue
        for entry in id_list:
            if master.part.related_part(entry.get(qn("r:id"))) is layout.part:
                r_id = entry.get(qn("r:id"))
                id_list.remove(entry)
                master.part.drop_rel(r_id)  # the part is no longer reachable: not saved
                break
    # Keep pandoc's order of importance, with Title Only next to Title and Content.
    order = {name: i for i, name in enumerate(KEEP)}
    entries = sorted(
        id_list, key=lambda e: order[master.part.related_part(e.get(qn("r:id"))).slide_layout.name]
    )
    for entry in entries:
        id_list.append(entry)


def _style_theme(prs: Presentation) -> None:
    part = prs.slide_master.part.part_related_by(RT.THEME)
    theme = etree.fromstring(part.blob)
    theme.set("name", THEME_NAME)
    scheme = theme.find(".//" + qn("a:clrScheme"))
    scheme.set("name", "Briefing")
    for slot, hex_value in COLORS.items():
        el = scheme.find(qn(f"a:{slot}"))
        for child in list(el):
            el.remove(child)
        etree.SubElement(el, qn("a:srgbClr"), val=hex_value)
    fonts = theme.find(".//" + qn("a:fontScheme"))
    fonts.set("name", "Briefing")
    for which in ("a:majorFont", "a:minorFont"):
        font = fonts.find(qn(which))
        font.find(qn("a:latin")).set("typeface", LATIN_FACE)
        font.find(qn("a:ea")).set("typeface", EA_FACE)
        for script in font.findall(qn("a:font")):
            if script.get("script") == "Hans":  # zh-CN text resolves +mn-ea through this
                script.set("typeface", EA_FACE)
    part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


def _style_master(prs: Presentation, g: Geometry) -> None:
    master = prs.slide_master
    el = master._element
    c_sld = el.find(qn("p:cSld"))
    old_bg = c_sld.find(qn("p:bg"))
    c_sld.remove(old_bg)
    bg = etree.fromstring(
        '<p:bg xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:bgPr>'
        '<a:solidFill><a:schemeClr val="bg2"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
    )
    c_sld.insert(0, bg)
    boxes = {
        "title": g.TITLE,
        "body": g.BODY,
        "dt": g.DATE,
        "ftr": g.FOOTER,
        "sldNum": g.SLIDE_NUMBER,
    }
    for ph in master.placeholders:
        _set_box(ph, boxes[_ph_key(ph).split(":")[0]])
    tree = master.shapes._spTree
    _add_rect(tree, "Top band", (0, 0, g.W, Inches(0.14)), "accent1", behind=True)
    _add_rect(
        tree, "Title rule", (g.MARGIN, g.RULE_Y, Inches(1.6), Inches(0.06)), "accent2", behind=True
    )
    _add_rect(
        tree,
        "Title rule thin",
        (g.MARGIN, g.RULE_Y + Inches(0.02), g.CONTENT_W, Inches(0.015)),
        "accent2",
        behind=True,
    )
    _add_rect(
        tree,
        "Footer rule",
        (g.MARGIN, g.FOOT_Y - Inches(0.05), g.CONTENT_W, Inches(0.01)),
        "bg2",
        behind=True,
        lum=75000,
    )

    styles = el.find(qn("p:txStyles"))
    title = styles.find(qn("p:titleStyle")).find(qn("a:lvl1pPr"))
    title.set("algn", "l")
    _set_def_rpr(title, size=3200, bold=True, color="accent1")
    body = styles.find(qn("p:bodyStyle"))
    for level, size in zip(
        range(1, 10), (2400, 2000, 1800, 1600, 1600, 1600, 1600, 1600, 1600), strict=True
    ):
        ppr = body.find(qn(f"a:lvl{level}pPr"))
        _set_def_rpr(ppr, size=size, bold=False, color="tx1")
        bu_clr = ppr.find(qn("a:buClr"))
        if bu_clr is None:
            bu_clr = etree.Element(qn("a:buClr"))
            ppr.insert(list(ppr).index(ppr.find(qn("a:buFont"))), bu_clr)
        for child in list(bu_clr):
            bu_clr.remove(child)
        etree.SubElement(bu_clr, qn("a:schemeClr"), val="accent1")
    for ph in master.placeholders:
        if _ph_key(ph) in ("dt", "ftr", "sldNum"):
            for rpr in ph._element.iter(qn("a:defRPr")):
                rpr.set("sz", "1200")
                _set_fill(rpr, "accent6")


def _place_layout(layout, boxes: dict[str, Box], g: Geometry) -> None:
    foot = {"dt": g.DATE, "ftr": g.FOOTER, "sldNum": g.SLIDE_NUMBER}
    for ph in layout.placeholders:
        key = _ph_key(ph)
        box = boxes.get(key) or boxes.get(key.split(":")[0]) or foot.get(key.split(":")[0])
        if box is None:
            raise SystemExit(f"no box for placeholder {key} of layout {layout.name}")
        _set_box(ph, box)


def _decorate_layouts(prs: Presentation, g: Geometry) -> None:
    for layout in prs.slide_layouts:
        tree = layout.shapes._spTree
        if layout.name == "Title Slide":
            layout._element.set("showMasterSp", "0")
            _add_rect(tree, "Title band", (0, 0, g.W, Inches(4.1)), "accent1", behind=True)
            _add_rect(
                tree, "Gold line", (0, Inches(4.1), g.W, Inches(0.08)), "accent2", behind=True
            )
            _restyle(layout, "ctrTitle", size=4000, bold=True, color="bg1", align="l")
            _restyle(layout, "subTitle", size=2200, bold=False, color="tx1", align="l")
        elif layout.name == "Section Header":
            layout._element.set("showMasterSp", "0")
            _add_rect(
                tree, "Section band", (0, Inches(2.3), g.W, Inches(3.6)), "accent1", behind=True
            )
            _add_rect(
                tree,
                "Gold line",
                (g.MARGIN + Inches(0.4), Inches(4.35), Inches(2.0), Inches(0.06)),
                "accent2",
                behind=True,
            )
            _add_rect(tree, "Top band", (0, 0, g.W, Inches(0.14)), "accent1", behind=True)
            _restyle(layout, "title", size=3600, bold=True, color="bg1", align="l", caps=False)
            _restyle(layout, "body", size=2000, bold=False, color="bg1", align="l")
        elif layout.name == "Comparison":
            for ph in layout.placeholders:
                if _ph_key(ph).startswith("body"):
                    _restyle_ph(ph, size=2000, bold=True, color="accent1", align="l")


def _restyle(layout, key: str, **style) -> None:
    for ph in layout.placeholders:
        if _ph_key(ph).split(":")[0] == key:
            _restyle_ph(ph, **style)


def _restyle_ph(
    ph, size: int, bold: bool, color: str, align: str, caps: bool | None = None
) -> None:
    body = ph._element.find(qn("p:txBody"))
    lst = body.find(qn("a:lstStyle"))
    for child in list(lst):
        lst.remove(child)
    ppr = etree.SubElement(lst, qn("a:lvl1pPr"), marL="0", indent="0", algn=align)
    etree.SubElement(ppr, qn("a:buNone"))
    _set_def_rpr(ppr, size=size, bold=bold, color=color)
    if caps is False:
        ppr.find(qn("a:defRPr")).set("cap", "none")


def _set_def_rpr(ppr, size: int, bold: bool, color: str) -> None:
    rpr = ppr.find(qn("a:defRPr"))
    if rpr is None:
        rpr = etree.SubElement(ppr, qn("a:defRPr"))
    rpr.set("sz", str(size))
    rpr.set("b", "1" if bold else "0")
    _set_fill(rpr, color)


def _set_fill(rpr, color: str) -> None:
    for old in rpr.findall(qn("a:solidFill")):
        rpr.remove(old)
    fill = etree.Element(qn("a:solidFill"))
    etree.SubElement(fill, qn("a:schemeClr"), val=color)
    rpr.insert(1 if rpr.find(qn("a:ln")) is not None else 0, fill)


def _add_rect(tree, name: str, box: Box, color: str, behind: bool, lum: int | None = None) -> None:
    x, y, cx, cy = (int(v) for v in box)
    ids = [int(e.get("id")) for e in tree.iter(qn("p:cNvPr"))]
    mod = f'<a:lumMod val="{lum}"/>' if lum else ""
    sp = etree.fromstring(
        '<p:sp xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<p:nvSpPr><p:cNvPr id="{max(ids, default=1) + 1}" name="{name}"/>'
        '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="{color}">'
        f"{mod}</a:schemeClr></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>"
        '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p></p:txBody>'
        "</p:sp>"
    )
    if behind:  # before every placeholder, so that text is drawn over it
        shapes = [e for e in tree if e.tag == qn("p:sp")]
        first_ph = next((e for e in shapes if e.find(".//" + qn("p:ph")) is not None), None)
        if first_ph is None:
            tree.append(sp)
        else:
            first_ph.addprevious(sp)
    else:
        tree.append(sp)


def _set_box(ph, box: Box) -> None:
    ph.left, ph.top, ph.width, ph.height = (Emu(int(v)) for v in box)


def _ph_key(ph) -> str:
    el = ph._element.find(".//" + qn("p:ph"))
    kind = el.get("type", "obj")
    idx = el.get("idx")
    return f"{kind}:{idx}" if idx and kind in ("obj", "body") else kind


def main(argv: list[str]) -> int:
    """`[--aspect 16:9|4:3] [OUT]`: one template; no arguments: both, beside this script."""
    if argv[:1] == ["--aspect"]:
        aspect, rest = argv[1], argv[2:]
        builds = [(aspect, Path(rest[0]) if rest else HERE / FILE_NAMES[aspect])]
    elif argv:
        builds = [("16:9", Path(argv[0]))]
    else:
        builds = [(aspect, HERE / name) for aspect, name in FILE_NAMES.items()]
    for aspect, out in builds:
        build(out, aspect)
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
