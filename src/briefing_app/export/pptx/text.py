"""Chinese text in DrawingML: runs with lang and a:ea in schema order; size-to-fit by measure."""

from __future__ import annotations

import copy
import dataclasses
import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree
from pptx.enum.text import MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from briefing_app.export.pptx.measure import NO_LINE_END as NO_LINE_END
from briefing_app.export.pptx.measure import NO_LINE_START as NO_LINE_START
from briefing_app.export.pptx.measure import Pieces, line_spans, pieces_of
from briefing_app.export.pptx.measure import char_em as char_em
from briefing_app.export.pptx.measure import text_em as text_em
from briefing_app.export.pptx.measure import wrap as wrap
from briefing_app.export.pptx.style import scheme_value
from briefing_app.model.balance import spread_gap
from briefing_app.model.text import balanced_break as balanced_lines
from briefing_app.model.typescale import DECK_FLOOR_PT

LANG = "zh-CN"
ALT_LANG = "en-US"

#: The children of a:rPr / a:defRPr / a:endParaRPr in schema order (CT_TextCharacterProperties).
RPR_ORDER = (
    "ln",
    "noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill",
    "effectLst", "effectDag",
    "highlight",
    "uLnTx", "uLn",
    "uFillTx", "uFill",
    "latin", "ea", "cs", "sym",
    "hlinkClick", "hlinkMouseOver", "rtl", "extLst",
)  # fmt: skip
_RANK = {qn(f"a:{name}"): i for i, name in enumerate(RPR_ORDER)}
_TEXT_PROPS = (qn("a:rPr"), qn("a:defRPr"), qn("a:endParaRPr"))

#: Line height in em: Noto Sans CJK (LibreOffice's stand-in for 微软雅黑) is 1.448; YaHei 1.32.
LINE_HEIGHT = 1.45
#: Width kept free on each line for kinsoku shifts and metric differences between fonts.
WIDTH_SLACK = 0.94
EMU_PER_PT = 12700
INSET_X = Pt(6)
INSET_Y = Pt(3)


def set_east_asian(rpr: etree._Element, typeface: str) -> None:
    """Give a run-properties element lang zh-CN, altLang and an a:ea face, in schema order."""
    rpr.set("lang", LANG)
    rpr.set("altLang", ALT_LANG)
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = etree.Element(qn("a:ea"))
        insert_in_order(rpr, ea)
    ea.set("typeface", typeface)


def insert_in_order(rpr: etree._Element, child: etree._Element) -> None:
    """Insert `child` into a:rPr before the first sibling that the schema puts after it."""
    rank = _RANK[child.tag]
    for i, sibling in enumerate(rpr):
        if _RANK.get(sibling.tag, len(RPR_ORDER)) > rank:
            rpr.insert(i, child)
            return
    rpr.append(child)


def localise_tree(root: etree._Element, typeface: str) -> None:
    """Give every run-properties element under `root` lang zh-CN and the East Asian face."""
    for tag in _TEXT_PROPS:
        for rpr in root.iter(tag):
            set_east_asian(rpr, typeface)
    for run in root.iter(qn("a:r"), qn("a:fld")):
        if run.find(qn("a:rPr")) is None:
            rpr = etree.Element(qn("a:rPr"))
            run.insert(0, rpr)
            set_east_asian(rpr, typeface)


# -- paragraphs and fitting ----------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """A piece of a paragraph; `scale` is its size relative to the frame's base size."""

    text: str
    bold: bool | None = None
    color: str | None = None  # a colour token (primary, accent, text, ...)
    scale: float = 1.0


@dataclass(frozen=True)
class Para:
    """A paragraph to write: its runs, alignment, bullet and spacing (in em of the base size)."""

    runs: tuple[Run, ...]
    align: PP_ALIGN | None = None
    bullet: bool = False
    space_before: float = 0.0
    level: int = 0

    @staticmethod
    def of(text: str, **style: object) -> Para:
        """Return a paragraph of one run; run keywords (bold, color, scale) go to the run."""
        run_keys = {"bold", "color", "scale"}
        run_style = {k: v for k, v in style.items() if k in run_keys}
        run = Run(text, **run_style)  # type: ignore[arg-type]
        rest = {k: v for k, v in style.items() if k not in run_keys}
        return Para((run,), **rest)  # type: ignore[arg-type]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


BULLET_INDENT_EM = 1.2


@dataclass
class Fit:
    """The outcome of fitting: the base size in points and the lines each paragraph takes."""

    size: float
    lines: list[list[str]] = field(default_factory=list)
    height_pt: float = 0.0
    #: Whether a line is wider than the box (a number and its unit longer than a line).
    overfull: bool = False
    #: Each paragraph's lines as (start, end) in its text: written as line breaks.
    breaks: list[tuple[tuple[int, int], ...]] = field(default_factory=list)


def measure(paras: Sequence[Para], width_pt: float, size: float, exact: bool = True) -> Fit:
    """Return the lines and height in points of `paras` at base `size` in a box `width_pt` wide.

    Not `exact`, the lines are filled greedily: the same height, but not the lines written.
    """
    fit = Fit(size)
    for i, para in enumerate(paras):
        scale, pieces = _para_pieces(floored(para, size))
        indent = BULLET_INDENT_EM * size if para.bullet else 0.0
        # Runs of different sizes: measure in units of the paragraph's largest run.
        width_em = (width_pt - indent) * WIDTH_SLACK / (size * scale)
        spans = line_spans(pieces, width_em, exact)
        lines = [pieces[0][x:y] for x, y in spans]
        running = pieces[1]
        if any(running[y] - running[x] > width_em * 1.0001 for x, y in spans):
            fit.overfull = True  # a cluster wider than the line: the renderer would split it
        fit.lines.append(lines)
        fit.breaks.append(spans)
        fit.height_pt += len(lines) * LINE_HEIGHT * size * scale
        if i:
            fit.height_pt += para.space_before * size
    return fit


def one_line_size(para: Para, width_pt: float) -> float:
    """Return the largest base size at which `para` stays on one line `width_pt` wide."""
    scale, (_, running) = _para_pieces(para)
    em = running[-1] * scale
    return width_pt * WIDTH_SLACK / em if em else float("inf")


@functools.lru_cache(maxsize=4096)
def _para_pieces(para: Para) -> tuple[float, Pieces]:
    """Return a paragraph's largest run scale and its pieces, sizes relative to that run."""
    scale = max((r.scale for r in para.runs), default=1.0)
    text = "".join(r.text for r in para.runs)
    scales = tuple(r.scale / scale for r in para.runs for _ in r.text)
    return scale, pieces_of(text, scales)


def fit_size(
    paras: Sequence[Para],
    width: int,
    height: int,
    max_pt: float,
    min_pt: float = DECK_FLOOR_PT,
    inset: tuple[int, int] = (INSET_X, INSET_Y),
    avoid_orphans: bool = False,
    exact: bool = True,
) -> Fit:
    """Return the largest of `size_steps(max_pt, min_pt)` at which `paras` fit the box.

    Not `exact`, only the size and height are meant: the lines are filled greedily, not the
    ones the rule writes (sizing a grid of tiles tries many boxes).

    `width` and `height` are the box's EMU including the insets (`inset`: x, y on each side).
    With `avoid_orphans`, a size whose wrap leaves one character alone on a paragraph's last
    line gives way to one up to `ORPHAN_STEPS` points smaller that does not, if there is one.
    """
    inner_w = (width - 2 * inset[0]) / EMU_PER_PT
    inner_h = (height - 2 * inset[1]) / EMU_PER_PT

    def fits(size: float) -> Fit | None:
        fit = measure(paras, inner_w, size, exact=False)
        return fit if fit.height_pt <= inner_h and not fit.overfull else None

    # The first of the steps that fits, else the last: text at a smaller size never needs
    # more room (more of it on a line, lines less tall), so the steps bisect (5 measures,
    # not 30); the first is tried alone, as most text fits at its role's size.
    steps = size_steps(max_pt, min_pt)
    fit = fits(steps[0])
    if fit is None:
        low, high = 1, len(steps) - 1  # the answer is steps[high] once low meets it
        while low < high:
            middle = (low + high) // 2
            found = fits(steps[middle])
            if found is None:
                low = middle + 1
            else:
                fit, high = found, middle
        if fit is None:  # nothing above the last step fits: the last, whether it fits or not
            fit = measure(paras, inner_w, steps[-1], exact=False)
    if exact or avoid_orphans:
        fit = measure(paras, inner_w, fit.size)  # the lines the rule chooses at that size
    if avoid_orphans and has_orphan(paras, inner_w, fit.size):
        for smaller in range(1, ORPHAN_STEPS + 1):
            if fit.size - smaller < min_pt:
                break
            if not has_orphan(paras, inner_w, fit.size - smaller):
                return measure(paras, inner_w, fit.size - smaller)
    return fit


@functools.lru_cache(maxsize=256)
def size_steps(max_pt: float, min_pt: float) -> tuple[float, ...]:
    """Return the sizes fitting tries, largest first: 2 pt steps above 28 pt, then 1 pt,
    down to `min_pt` (the last, taken when nothing larger fits)."""
    sizes = [max_pt]
    while sizes[-1] > min_pt:
        size = sizes[-1]
        sizes.append(max(min_pt, size - (2.0 if size > 28 else 1.0)))
    return tuple(sizes)


#: How many points smaller `fit_size` may go to keep a last line from holding one character.
ORPHAN_STEPS = 3


def has_orphan(paras: Sequence[Para], width_pt: float, size: float) -> bool:
    """Return whether a paragraph's last line would hold a single character (bar punctuation).

    The lines are the ones written (as line breaks, so no renderer wraps them again); the
    rule leaves a character alone only when the line cannot hold one more.
    """
    for lines in measure(paras, width_pt, size).lines:
        if len(lines) > 1 and len(lines[-1].strip(_PUNCTUATION)) <= 1:
            return True
    return False


_PUNCTUATION = "".join(sorted(NO_LINE_START | NO_LINE_END)) + " "


def balanced_break(text: str, width_em: float) -> str:
    """Return `text` in two balanced lines when wider than `width_em` (the live cover's rule,
    `model.text.balanced_break`, measured with this module's estimate)."""
    return balanced_lines(text, text_em, width_em)


def write_frame(
    frame: TextFrame,
    paras: Sequence[Para],
    box: tuple[int, int],
    max_pt: float,
    typeface: str,
    min_pt: float = DECK_FLOOR_PT,
    inset: tuple[int, int] = (INSET_X, INSET_Y),
    bullet_char: str | None = None,
    avoid_orphans: bool = False,
    spread: bool = False,
) -> Fit:
    """Fill `frame` with `paras` at the largest size that fits `box` (width, height in EMU).

    A bullet paragraph takes the frame's inherited bullet (a placeholder's, from the master)
    unless `bullet_char` is given: a text box inherits none, so it is written out.
    `spread`: paragraphs shorter together than the box move apart (`model.balance`); the
    returned height counts the added room.
    """
    fit = fit_size(paras, box[0], box[1], max_pt, min_pt, inset, avoid_orphans)
    if spread and len(paras) > 1:
        room = (box[1] - 2 * inset[1]) / EMU_PER_PT
        extra = spread_gap(fit.height_pt, room, len(paras) - 1, fit.size)
        if extra > 0:
            paras = [paras[0], *(_spaced(p, extra / fit.size) for p in paras[1:])]
            fit.height_pt += extra * (len(paras) - 1)
    body = frame._txBody
    for old in body.findall(_P):
        body.remove(old)
    _no_autofit(frame, inset)
    for i, para in enumerate(paras):
        para = broken(floored(para, fit.size), fit.breaks[i])
        _write_paragraph(body, para, fit.size, typeface, i == 0, bullet_char)
    return fit


def _spaced(para: Para, extra_em: float) -> Para:
    return dataclasses.replace(para, space_before=para.space_before + extra_em)


def floored(para: Para, size: float) -> Para:
    """Return `para` with each run at least `DECK_FLOOR_PT` at base `size` (a caption set at a
    fraction of a big number's size stays readable when the number shrinks)."""
    low = DECK_FLOOR_PT / size if size > 0 else 1.0
    for run in para.runs:  # a loop, not all(...): fitting calls this a few thousand times
        if run.scale < low:
            return _raised(para, low)
    return para


@functools.lru_cache(maxsize=4096)
def _raised(para: Para, low: float) -> Para:
    runs = tuple(dataclasses.replace(r, scale=max(r.scale, low)) for r in para.runs)
    return dataclasses.replace(para, runs=runs)


def broken(para: Para, spans: Sequence[tuple[int, int]]) -> Para:
    """Return `para` with a newline at each of its line breaks (the spaces at a break dropped),
    so the deck shows the lines fitting chose whatever the renderer's own line breaking."""
    keep: dict[int, str] = {}  # position in the text -> "\n" (a line starts) or "" (dropped)
    for (_, end), (start, _) in itertools.pairwise(spans):
        for i in range(end, start):
            keep.setdefault(i, "")
        keep[start] = "\n"
    if not keep:
        return para
    runs, offset = [], 0
    for run in para.runs:
        out = []
        for i, ch in enumerate(run.text, offset):
            mark = keep.get(i)
            if mark is None:
                out.append(ch)
            elif mark == "\n":
                out.append(ch if ch == "\n" else "\n" + ch)
        offset += len(run.text)
        runs.append(dataclasses.replace(run, text="".join(out)))
    return dataclasses.replace(para, runs=tuple(runs))


def _no_autofit(frame: TextFrame, inset: tuple[int, int]) -> None:
    """Wrap, no autofit and these insets, written as python-pptx's TextFrame setters write them.

    (`word_wrap = True`, `auto_size = NONE`, then the margins left, right, top, bottom; an inset
    equal to the schema default is left out.) The setters cost more than the rest of a frame.
    """
    body_pr = frame._txBody.find(_BODYPR)
    if body_pr is None:
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.margin_left = frame.margin_right = Emu(inset[0])
        frame.margin_top = frame.margin_bottom = Emu(inset[1])
        return
    body_pr.set("wrap", "square")
    for child in list(body_pr):
        if child.tag in _AUTOFITS:
            body_pr.remove(child)
    no_autofit = etree.Element(_NOAUTOFIT)
    for child in body_pr:
        if child.tag in _AFTER_AUTOFIT:
            child.addprevious(no_autofit)
            break
    else:
        body_pr.append(no_autofit)
    for name, value, default in (
        ("lIns", inset[0], 91440),
        ("rIns", inset[0], 91440),
        ("tIns", inset[1], 45720),
        ("bIns", inset[1], 45720),
    ):
        if value == default:
            body_pr.attrib.pop(name, None)
        else:
            body_pr.set(name, str(int(value)))


def _write_paragraph(
    body: etree._Element,
    para: Para,
    size: float,
    typeface: str,
    first: bool,
    bullet_char: str | None = None,
) -> None:
    # Written with lxml directly: python-pptx's property setters cost ~10x more per run.
    p = etree.SubElement(body, _P)
    ppr = etree.SubElement(p, _PPR)
    if para.align is not None:
        ppr.set("algn", para.align.xml_value)
    if para.level:
        ppr.set("lvl", str(para.level))
    indent = int(Pt(BULLET_INDENT_EM * size)) if para.bullet else 0
    ppr.set("marL", str(indent))
    ppr.set("indent", str(-indent))
    etree.SubElement(etree.SubElement(ppr, _LNSPC), _SPCPCT, val="100000")
    before = 0 if first else int(para.space_before * size * 100)
    etree.SubElement(etree.SubElement(ppr, _SPCBEF), _SPCPTS, val=str(before))
    if not para.bullet:
        etree.SubElement(ppr, _BUNONE)
    elif bullet_char:  # as the template's body style: Arial's bullet in the primary colour
        etree.SubElement(etree.SubElement(ppr, _BUCLR), _SCHEMECLR, val=scheme_value("primary"))
        etree.SubElement(ppr, _BUFONT, typeface="Arial")
        etree.SubElement(ppr, _BUCHAR, char=bullet_char)
    for run in para.runs:
        rpr = etree.Element(_RPR, lang=LANG, altLang=ALT_LANG)
        rpr.set("sz", str(int(round(size * run.scale, 1) * 100)))
        if run.bold is not None:
            rpr.set("b", "1" if run.bold else "0")
        if run.color:
            fill = etree.SubElement(rpr, _SOLIDFILL)
            etree.SubElement(fill, _SCHEMECLR, val=scheme_value(run.color))
        etree.SubElement(rpr, _EA, typeface=typeface)
        for j, line in enumerate(run.text.split("\n")):
            if j:  # a line break within the paragraph (Shift+Enter): a:br with the run's look
                etree.SubElement(p, _BR).append(copy.deepcopy(rpr))
            r = etree.SubElement(p, _R)
            r.append(rpr if j == 0 else copy.deepcopy(rpr))
            etree.SubElement(r, _T).text = line
    end_sz = str(int(max(size, DECK_FLOOR_PT) * 100))
    end = etree.SubElement(p, _ENDPARARPR, lang=LANG, altLang=ALT_LANG, sz=end_sz)
    etree.SubElement(end, _EA, typeface=typeface)


_P, _PPR, _R, _RPR, _T = (qn(f"a:{t}") for t in ("p", "pPr", "r", "rPr", "t"))
_LNSPC, _SPCBEF, _SPCPCT, _SPCPTS, _BUNONE = (
    qn(f"a:{t}") for t in ("lnSpc", "spcBef", "spcPct", "spcPts", "buNone")
)
_BUCLR, _BUFONT, _BUCHAR, _BR = (qn(f"a:{t}") for t in ("buClr", "buFont", "buChar", "br"))
_BODYPR, _NOAUTOFIT = qn("a:bodyPr"), qn("a:noAutofit")
_AUTOFITS = {qn(f"a:{t}") for t in ("noAutofit", "normAutofit", "spAutoFit")}
_AFTER_AUTOFIT = {qn(f"a:{t}") for t in ("scene3d", "sp3d", "flatTx", "extLst")}
_SOLIDFILL, _SCHEMECLR, _EA, _ENDPARARPR = (
    qn(f"a:{t}") for t in ("solidFill", "schemeClr", "ea", "endParaRPr")
)
