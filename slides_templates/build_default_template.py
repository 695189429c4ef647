"""Build slides_templates/default.pptx: a 16:9 government-briefing template with pandoc's layouts.

Run `python slides_templates/build_default_template.py [OUT]` (default: default.pptx beside this
script). It starts from python-pptx's built-in template (4:3, Office theme), sets the slide size
to 16:9, repositions every placeholder of the master and the layouts for that size (placeholders
do not move when the size changes), drops the vertical-text and picture layouts, and gives the
theme the app's colours (copied from briefing_app.ui.theme.LIGHT) and 微软雅黑 as East Asian face.
"""

from __future__ import annotations

import sys
from pathlib import Path

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

# -- 16:9 geometry (EMU) -----------------------------------------------------------------------
W, H = Emu(12192000), Emu(6858000)  # 13.333 x 7.5 in, PowerPoint's own 16:9
MARGIN = Inches(0.6)
CONTENT_W = W - 2 * MARGIN
GAP = Inches(0.4)
HALF_W = (CONTENT_W - GAP) // 2
TITLE = (MARGIN, Inches(0.3), CONTENT_W, Inches(0.95))
BODY = (MARGIN, Inches(1.5), CONTENT_W, Inches(5.2))
RULE_Y = Inches(1.3)  # the gold line under the title
FOOT_Y, FOOT_H = Inches(6.95), Inches(0.4)
FOOTER = (MARGIN, FOOT_Y, Inches(8.0), FOOT_H)
DATE = (W - MARGIN - Inches(3.6), FOOT_Y, Inches(2.2), FOOT_H)
SLIDE_NUMBER = (W - MARGIN - Inches(1.2), FOOT_Y, Inches(1.2), FOOT_H)

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

Box = tuple[int, int, int, int]


def layout_boxes() -> dict[str, dict[str, Box]]:
    """Return, per layout, the box of each placeholder keyed by 'type' or 'type:idx'."""
    left2 = (MARGIN, BODY[1], HALF_W, BODY[3])
    right2 = (MARGIN + HALF_W + GAP, BODY[1], HALF_W, BODY[3])
    head_h = Inches(0.6)
    below = BODY[1] + head_h + Inches(0.1)
    band_top = Inches(2.3)
    return {
        "Title Slide": {
            "ctrTitle": (MARGIN + Inches(0.4), Inches(1.1), CONTENT_W - Inches(0.8), Inches(2.4)),
            "subTitle": (MARGIN + Inches(0.4), Inches(4.55), CONTENT_W - Inches(0.8), Inches(1.9)),
        },
        "Title and Content": {"title": TITLE, "obj:1": BODY},
        "Section Header": {
            "title": (
                MARGIN + Inches(0.4),
                band_top + Inches(0.35),
                CONTENT_W - Inches(0.8),
                Inches(1.6),
            ),
            "body:1": (
                MARGIN + Inches(0.4),
                band_top + Inches(2.25),
                CONTENT_W - Inches(0.8),
                Inches(1.2),
            ),
        },
        "Two Content": {"title": TITLE, "obj:1": left2, "obj:2": right2},
        "Comparison": {
            "title": TITLE,
            "body:1": (left2[0], BODY[1], HALF_W, head_h),
            "obj:2": (left2[0], below, HALF_W, BODY[1] + BODY[3] - below),
            "body:3": (right2[0], BODY[1], HALF_W, head_h),
            "obj:4": (right2[0], below, HALF_W, BODY[1] + BODY[3] - below),
        },
        "Title Only": {"title": TITLE},
        "Blank": {},
        "Content with Caption": {
            "title": TITLE,
            "body:2": (MARGIN, BODY[1], Inches(4.0), BODY[3]),
            "obj:1": (MARGIN + Inches(4.4), BODY[1], CONTENT_W - Inches(4.4), BODY[3]),
        },
    }


def build(out: Path) -> None:
    """Write the template to `out`."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(W), Emu(H)
    _drop_unused_layouts(prs)
    _style_theme(prs)
    _style_master(prs)
    boxes = layout_boxes()
    for layout in prs.slide_layouts:
        _place_layout(layout, boxes[layout.name])
    _decorate_layouts(prs)
    props = prs.core_properties
    props.title = "政务简报默认模板 (briefing-app)"
    props.author = "briefing-app"
    props.subject = "16:9 template with pandoc layout names"
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


def _style_master(prs: Presentation) -> None:
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
    boxes = {"title": TITLE, "body": BODY, "dt": DATE, "ftr": FOOTER, "sldNum": SLIDE_NUMBER}
    for ph in master.placeholders:
        _set_box(ph, boxes[_ph_key(ph).split(":")[0]])
    tree = master.shapes._spTree
    _add_rect(tree, "Top band", (0, 0, W, Inches(0.14)), "accent1", behind=True)
    _add_rect(
        tree, "Title rule", (MARGIN, RULE_Y, Inches(1.6), Inches(0.06)), "accent2", behind=True
    )
    _add_rect(
        tree,
        "Title rule thin",
        (MARGIN, RULE_Y + Inches(0.02), CONTENT_W, Inches(0.015)),
        "accent2",
        behind=True,
    )
    _add_rect(
        tree,
        "Footer rule",
        (MARGIN, FOOT_Y - Inches(0.05), CONTENT_W, Inches(0.01)),
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


def _place_layout(layout, boxes: dict[str, Box]) -> None:
    foot = {"dt": DATE, "ftr": FOOTER, "sldNum": SLIDE_NUMBER}
    for ph in layout.placeholders:
        key = _ph_key(ph)
        box = boxes.get(key) or boxes.get(key.split(":")[0]) or foot.get(key.split(":")[0])
        if box is None:
            raise SystemExit(f"no box for placeholder {key} of layout {layout.name}")
        _set_box(ph, box)


def _decorate_layouts(prs: Presentation) -> None:
    for layout in prs.slide_layouts:
        tree = layout.shapes._spTree
        if layout.name == "Title Slide":
            layout._element.set("showMasterSp", "0")
            _add_rect(tree, "Title band", (0, 0, W, Inches(4.1)), "accent1", behind=True)
            _add_rect(tree, "Gold line", (0, Inches(4.1), W, Inches(0.08)), "accent2", behind=True)
            _restyle(layout, "ctrTitle", size=4000, bold=True, color="bg1", align="l")
            _restyle(layout, "subTitle", size=2200, bold=False, color="tx1", align="l")
        elif layout.name == "Section Header":
            layout._element.set("showMasterSp", "0")
            _add_rect(
                tree, "Section band", (0, Inches(2.3), W, Inches(3.6)), "accent1", behind=True
            )
            _add_rect(
                tree,
                "Gold line",
                (MARGIN + Inches(0.4), Inches(4.35), Inches(2.0), Inches(0.06)),
                "accent2",
                behind=True,
            )
            _add_rect(tree, "Top band", (0, 0, W, Inches(0.14)), "accent1", behind=True)
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
    out = Path(argv[0]) if argv else HERE / "default.pptx"
    build(out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
