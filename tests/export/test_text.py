"""Chinese text: lang and a:ea on every run in schema order, and no text overflowing its box."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.text.text import _Run

from briefing_app.export.pptx.text import (
    LINE_HEIGHT,
    RPR_ORDER,
    Para,
    Run,
    broken,
    char_em,
    fit_size,
    set_east_asian,
    wrap,
    write_frame,
)
from briefing_app.model.briefing import Briefing
from briefing_app.paths import resources_dir

FOOTER, SLIDE_NUMBER = PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_RANK = {f"{{{A}}}{name}": i for i, name in enumerate(RPR_ORDER)}


def _xml_parts(deck: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(deck) as z:
        return {
            n: etree.fromstring(z.read(n))
            for n in z.namelist()
            if n.startswith(("ppt/slides/slide", "ppt/charts/chart", "ppt/notesSlides/"))
            and n.endswith(".xml")
        }


def test_run_properties_children_are_in_schema_order(exported: tuple[Briefing, Path]) -> None:
    checked = 0
    for name, root in _xml_parts(exported[1]).items():
        for tag in ("rPr", "defRPr", "endParaRPr"):
            for rpr in root.iter(f"{{{A}}}{tag}"):
                ranks = [_RANK[child.tag] for child in rpr]  # KeyError: not allowed in rPr
                assert ranks == sorted(ranks), (name, [c.tag.split("}")[1] for c in rpr])
                checked += 1
    assert checked > 100


def test_every_run_is_chinese_with_an_east_asian_face(exported: tuple[Briefing, Path]) -> None:
    for name, root in _xml_parts(exported[1]).items():
        for run in root.iter(f"{{{A}}}r", f"{{{A}}}fld"):
            rpr = run.find(f"{{{A}}}rPr")
            assert rpr is not None, name
            assert rpr.get("lang") == "zh-CN" and rpr.get("altLang") == "en-US", name
            ea = rpr.find(f"{{{A}}}ea")
            assert ea is not None and ea.get("typeface"), name
        if name.startswith("ppt/charts/"):  # chart text takes its face from txPr
            txpr = root.find(f"{{{root.nsmap['c']}}}txPr")
            assert txpr is not None
            assert txpr.find(f".//{{{A}}}defRPr/{{{A}}}ea") is not None


def test_ea_goes_before_hlink_click_not_after() -> None:
    rpr = etree.fromstring(
        f'<a:rPr xmlns:a="{A}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships"><a:solidFill/><a:latin typeface="Arial"/><a:hlinkClick r:id=""/>'
        "<a:extLst/></a:rPr>"
    )
    set_east_asian(rpr, "微软雅黑")
    assert [c.tag.split("}")[1] for c in rpr] == [
        "solidFill",
        "latin",
        "ea",
        "hlinkClick",
        "extLst",
    ]
    set_east_asian(rpr, "宋体")  # a second call replaces, never duplicates
    assert len(rpr.findall(qn("a:ea"))) == 1 and rpr.find(qn("a:ea")).get("typeface") == "宋体"


def test_wrap_breaks_cjk_anywhere_keeps_words_and_punctuation() -> None:
    assert wrap("全区共实施项目393个", 4) == ["全区共", "实施项目", "393个"]  # 实施 stays whole
    assert wrap("hello world", 4) == ["hello", "world"]
    lines = wrap("甲乙丙丁，戊己", 4)
    assert not any(line.startswith("，") for line in lines)
    assert char_em("中") == 1.0 and char_em("a") < 1.0


def test_wrap_is_the_model_rule_on_the_deck_estimate() -> None:
    # a number and its unit, and a short quoted term, stay whole; no line of one character
    assert wrap("谋划储备项目142个", 7) == ["谋划储备项目", "142个"]
    assert wrap("全力以赴实施“四大工程”", 8) == ["全力以赴实施", "“四大工程”"]
    assert wrap("推动深层次的大开放。", 8)[-1] != "放。"
    # CJK fonts set curly quotes a full em wide; a word joiner takes no room
    assert char_em("“") == 1.0 and char_em("\u2060") == 0.0


def test_broken_puts_a_newline_at_each_break_across_runs() -> None:
    para = Para((Run("前期项目 "), Run("64个", bold=True), Run("，接近一半")))
    out = broken(para, [(0, 4), (5, 9), (9, 13)])
    assert [r.text for r in out.runs] == ["前期项目", "\n64个", "，\n接近一半"]
    assert broken(para, [(0, 13)]) == para


def test_a_number_never_splits_the_size_shrinks_instead() -> None:
    paras = [Para((Run("1280", bold=True), Run("亿元", scale=0.45)))]
    width = 12_700 * (44 * 2.6 + 12)  # too narrow for 1280亿元 at 44 pt
    fit = fit_size(paras, int(width), 12_700 * 400, 44)
    assert fit.size < 44 and fit.lines == [["1280亿元"]]


def test_no_run_is_written_under_12_pt() -> None:
    from pptx import Presentation as New

    slide = New().slides.add_slide(New().slide_layouts[6])
    box = slide.shapes.add_textbox(0, 0, 12_700 * 200, 12_700 * 60)
    paras = [Para((Run("860.5", bold=True), Run("亿元", scale=0.4))), Para.of("说明", scale=0.28)]
    fit = write_frame(box.text_frame, paras, (12_700 * 200, 12_700 * 60), 54, "微软雅黑")
    sizes = [int(e.get("sz")) for e in box.text_frame._txBody.iter() if e.get("sz")]
    assert min(sizes) >= 1200 and fit.size < 54


def test_fit_size_shrinks_until_the_text_fits() -> None:
    paras = [Para.of("全区共实施项目393个，总投资2940.1亿元，年度计划投资502.8亿元。" * 3)]
    big = fit_size(paras, 12_700 * 900, 12_700 * 400, 40)
    assert big.size == 40
    small = fit_size(paras, 12_700 * 300, 12_700 * 100, 40)
    assert small.size < 20 and small.height_pt <= 100


# -- overflow: measure every text frame of the deck with the bundled font's real metrics ------


def _metrics() -> tuple[dict[int, float], float] | None:
    """Return (advance per code point in em, line height in em) of Noto Sans SC, if bundled."""
    fonts = sorted((resources_dir() / "fonts").glob("NotoSansSC-Bold.*tf"))
    try:
        from fontTools.ttLib import TTFont
    except ImportError:
        return None
    if not fonts:
        return None
    with TTFont(str(fonts[0])) as font:
        upm = font["head"].unitsPerEm
        hmtx, cmap = font["hmtx"], font.getBestCmap()
        advances = {cp: hmtx[name][0] / upm for cp, name in cmap.items()}
        hhea = font["hhea"]
        return advances, (hhea.ascent - hhea.descent + hhea.lineGap) / upm


def _lines_needed(
    text: str, width_pt: float, sizes: list[float], advances: dict[int, float]
) -> int:
    lines, used = 1, 0.0
    for ch, size in zip(text, sizes, strict=True):
        if ch == "\v":  # a line break (a:br)
            lines, used = lines + 1, 0.0
            continue
        w = advances.get(ord(ch), 1.0) * size
        if used + w > width_pt:
            lines, used = lines + 1, 0.0
        used += w
    return lines


def test_no_text_overflows_its_box(exported: tuple[Briefing, Path]) -> None:
    metrics = _metrics()
    if metrics is None:
        pytest.skip("fontTools or resources/fonts/NotoSansSC-Bold.otf missing: no real metrics")
    advances, line_em = metrics
    line_em = max(line_em, LINE_HEIGHT)
    prs = Presentation(str(exported[1]))
    checked = 0
    for number, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            if shape.is_placeholder and shape.placeholder_format.type in (FOOTER, SLIDE_NUMBER):
                continue  # one short line in the template's own size
            body = shape.text_frame._txBody.find(qn("a:bodyPr"))
            ins = [
                int(body.get(k, d))
                for k, d in (("lIns", 91440), ("rIns", 91440), ("tIns", 45720), ("bIns", 45720))
            ]
            width = (shape.width - ins[0] - ins[1]) / 12700
            height = (shape.height - ins[2] - ins[3]) / 12700
            used = 0.0
            for i, p in enumerate(shape.text_frame.paragraphs):
                runs = [(r.font.size, r.text) for r in p.runs]
                if p._p.find(qn("a:br")) is not None:  # a break between runs: "\v" as a run
                    runs = [
                        (None, "\v") if e.tag == qn("a:br") else (_Run(e, p).font.size, e.t.text)
                        for e in p._p
                        if e.tag in (qn("a:r"), qn("a:br"))
                    ]
                sizes = [size.pt if size else 18.0 for size, t in runs for _ in t]
                text = "".join(t for _, t in runs)
                if not text:
                    continue
                marl = int(p._p.pPr.get("marL", "0")) / 12700 if p._p.pPr is not None else 0
                lines = _lines_needed(text, width - marl, sizes, advances)
                # a line break ("\v") has no size of its own: its runs' sizes count
                shown = [size for size, ch in zip(sizes, text, strict=True) if ch != "\v"]
                used += lines * line_em * max(shown)
                if i and p.space_before is not None:
                    used += p.space_before.pt
            assert used <= height + 0.5, (
                f"slide {number} '{shape.name}': {used:.0f} pt of text in {height:.0f} pt "
                f"({shape.text_frame.text[:30]!r})"
            )
            checked += 1
    assert checked > len(prs.slides)
