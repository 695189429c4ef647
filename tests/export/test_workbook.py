"""Chart workbooks: the cells each chart formula names hold what the chart draws (Edit Data)."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation

from briefing_app.export.pptx.chart_data import CategoryData, column_letter, workbook_blob
from briefing_app.model.briefing import Briefing

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_REF = re.compile(r"^Sheet1!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$")


def read_cells(blob: bytes) -> dict[str, str | float]:
    """Return the cells of Sheet1 of an .xlsx by reference, text or number."""
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml"):
            assert part in names, part
        workbook = etree.fromstring(z.read("xl/workbook.xml"))
        assert [s.get("name") for s in workbook.iter(f"{{{S}}}sheet")] == ["Sheet1"]
        shared = []
        if "xl/sharedStrings.xml" in names:
            sst = etree.fromstring(z.read("xl/sharedStrings.xml"))
            shared = ["".join(si.itertext()) for si in sst.iter(f"{{{S}}}si")]
        sheet = etree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells: dict[str, str | float] = {}
    for c in sheet.iter(f"{{{S}}}c"):
        v = c.find(f"{{{S}}}v")
        if v is None:
            continue
        cells[c.get("r")] = shared[int(v.text)] if c.get("t") == "s" else float(v.text)
    return cells


def _refs(formula: str) -> list[str]:
    """Return the cells of a one-column range such as Sheet1!$B$2:$B$5."""
    m = _REF.match(formula)
    assert m, formula
    col, first, col2, last = m.group(1), int(m.group(2)), m.group(3), m.group(4)
    assert col2 in (None, col), formula
    return [f"{col}{row}" for row in range(first, int(last or first) + 1)]


def test_every_chart_formula_names_the_cells_holding_its_data(
    exported: tuple[Briefing, Path],
) -> None:
    prs = Presentation(str(exported[1]))
    checked = 0
    for slide in prs.slides:
        for shape in slide.shapes:
            if not shape.has_chart:
                continue
            chart = shape.chart
            cells = read_cells(chart.part.chart_workbook.xlsx_part.blob)
            for ser in chart._chartSpace.iter(f"{{{C}}}ser"):
                name_f = ser.find(f"{{{C}}}tx/{{{C}}}strRef/{{{C}}}f").text
                name = ser.find(f"{{{C}}}tx//{{{C}}}v").text
                assert cells[_refs(name_f)[0]] == name
                cat_f = ser.find(f"{{{C}}}cat//{{{C}}}f").text
                cats = {
                    int(pt.get("idx")): pt.findtext(f"{{{C}}}v")
                    for pt in ser.find(f"{{{C}}}cat").iter(f"{{{C}}}pt")
                }
                for i, ref in enumerate(_refs(cat_f)):
                    assert cells.get(ref, "") == cats.get(i, ""), (name, ref)
                val_f = ser.find(f"{{{C}}}val//{{{C}}}f").text
                vals = {
                    int(pt.get("idx")): float(pt.findtext(f"{{{C}}}v"))
                    for pt in ser.find(f"{{{C}}}val").iter(f"{{{C}}}pt")
                }
                refs = _refs(val_f)
                assert len(refs) == len(vals), name
                for i, ref in enumerate(refs):
                    assert cells[ref] == pytest.approx(vals[i]), (name, ref)
                checked += 1
    assert checked >= 6


def _sample() -> CategoryData:
    data = CategoryData(number_format="0.0")
    data.categories = ["甲 & 乙", "<丙>", ""]
    data.add_series("计划", [1.5, 2437.2999999999997, 3.0])
    data.add_series(" 实际 ", [None, 2.0, 7.25], "0%")
    return data


def test_workbook_cells_formats_and_escaping() -> None:
    data = _sample()
    cells = read_cells(data.xlsx_blob)
    assert cells == {
        "A2": "甲 & 乙", "A3": "<丙>",  # the empty category leaves its cell empty
        "B1": "计划", "B2": 1.5, "B3": 2437.3, "B4": 3.0,
        "C1": " 实际 ", "C3": 2.0, "C4": 7.25,
    }  # fmt: skip
    with zipfile.ZipFile(io.BytesIO(data.xlsx_blob)) as z:
        styles = z.read("xl/styles.xml").decode()
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert 'formatCode="0.0"' in styles and 'numFmtId="9"' in styles  # 0% is built in
    assert '<dimension ref="A1:C4"/>' in sheet
    assert data[0].values_ref == "Sheet1!$B$2:$B$4" and data[1].name_ref == "Sheet1!$C$1"
    assert data.categories_ref == "Sheet1!$A$2:$A$4"


def test_workbook_opens_in_openpyxl() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_blob(_sample())))["Sheet1"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        [None, "计划", " 实际 "],
        ["甲 & 乙", 1.5, None],
        ["<丙>", 2437.3, 2.0],
        [None, 3.0, 7.25],
    ]
    assert sheet["B2"].number_format == "0.0" and sheet["C3"].number_format == "0%"


def test_no_nan_in_a_workbook() -> None:
    data = CategoryData()
    data.categories = ["a"]
    data.add_series("s", [float("nan")])
    with pytest.raises(TypeError):
        workbook_blob(data)


def test_column_letters() -> None:
    assert [column_letter(n) for n in (1, 2, 26, 27, 52, 53, 702, 703)] == [
        "A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA",
    ]  # fmt: skip


@pytest.mark.slow
def test_libreoffice_calc_reads_the_workbooks(
    exported: tuple[Briefing, Path], tmp_path: Path
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    program = Path(soffice).resolve().parent
    if not any(program.glob("libsclo.*")):
        pytest.skip("LibreOffice Calc is not installed")
    prs = Presentation(str(exported[1]))
    expected = {}
    for n, chart in enumerate(
        shape.chart for slide in prs.slides for shape in slide.shapes if shape.has_chart
    ):
        blob = chart.part.chart_workbook.xlsx_part.blob
        (tmp_path / f"chart{n}.xlsx").write_bytes(blob)
        expected[f"chart{n}"] = read_cells(blob)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false",
            "--outdir",
            str(tmp_path / "csv"),
            *sorted(str(p) for p in tmp_path.glob("chart*.xlsx")),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name, cells in expected.items():
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        read = {
            f"{column_letter(c + 1)}{r + 1}": value
            for r, row in enumerate(rows)
            for c, value in enumerate(row)
            if value != ""
        }
        assert set(read) == set(cells), name
        for ref, value in cells.items():
            if isinstance(value, float):
                assert float(read[ref]) == pytest.approx(value), (name, ref)
            else:
                assert read[ref] == value, (name, ref)
