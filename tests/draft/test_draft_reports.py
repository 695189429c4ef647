"""Reading reports: each kind of file, and a clear one-line error for what cannot be read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.draft.reports_helpers import REPORTS, make_docx

from briefing_app.draft.reports import ReportError, read_report

TEXT = "某区2024年工作报告\n\n地区生产总值完成1123亿元，增长6.2%。\n"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_text_reads_in_each_encoding_windows_saves(codec: str, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_bytes(TEXT.encode(codec))
    assert read_report(report) == TEXT


def test_gbk_report_reads_as_its_utf8_twin() -> None:
    text = read_report(REPORTS / "lanxi-education-2024-gbk.txt")
    assert "新增公办学位4200个" in text and "“明厨亮灶”" in text


def test_docx_paragraphs_and_tables_read_in_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("前言")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "指标"
    table.rows[0].cells[1].text = "1123亿元"
    document.add_paragraph("结语")
    document.save(str(tmp_path / "r.docx"))
    assert read_report(tmp_path / "r.docx") == "前言\n指标\t1123亿元\n结语\n"


def test_docx_made_from_a_text_reads_as_the_text(tmp_path: Path) -> None:
    source = REPORTS / "hexi-county-2025.txt"
    text = read_report(make_docx(source, tmp_path / "hexi.docx"))
    assert re.sub(r"\s", "", text) == re.sub(r"\s", "", source.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "report.doc",
            b"x",
            r"report\.doc: not a report this app reads \(\.txt, \.docx or \.pdf\)",
        ),
        ("report.docx", b"not a zip", r"report\.docx: cannot be read as a Word document"),
        ("report.pdf", b"%PDF-1.4 broken", r"report\.pdf: "),
        ("report.txt", b"\xff\xfe\xfe\xff\x00\xd8\x00\xd8", r"report\.txt: "),
        ("report.txt", b"abc\n\x80\x81\x82 not text", r"report\.txt:2:1: is not UTF-8"),
        ("report.txt", b"   \n\n", r"report\.txt: holds no text"),
    ],
)
def test_unreadable_reports_are_one_line_naming_the_file(
    name: str, content: bytes, message: str, tmp_path: Path
) -> None:
    report = tmp_path / name
    report.write_bytes(content)
    with pytest.raises(ReportError, match=message) as caught:
        read_report(report)
    assert "\n" not in str(caught.value)


def test_a_missing_report_and_a_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match=r"missing\.txt: no such file"):
        read_report(tmp_path / "missing.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ReportError, match=r"folder\.txt: is a folder"):
        read_report(tmp_path / "folder.txt")
