"""Read a report as staff receive it (.txt in UTF-8 or GBK, .docx, .pdf) into plain text."""

from __future__ import annotations

import io
from pathlib import Path

from briefing_app.content.encoding import decode_utf8
from briefing_app.content.guarded import ReadRefused, read_capped
from briefing_app.content.limits import MAX_SOURCE_BYTES

#: A .docx or .pdf is a zip or a page description: larger than its text, so a wider cap.
MAX_REPORT_BYTES = 100 * 1024 * 1024
SUFFIXES = (".txt", ".docx", ".pdf")


class ReportError(Exception):
    """A report that cannot be read; the message is one line naming the file."""


def read_report(path: Path) -> tuple[str, bool]:
    """Return the report's text as extracted and whether its lines are wrapped (a PDF's are).

    Raises ReportError with a one-line reason naming the file.
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReportError(f"{path}: not a report this app reads (.txt, .docx or .pdf)")
    limit = MAX_SOURCE_BYTES if suffix == ".txt" else MAX_REPORT_BYTES
    try:
        data = read_capped(path, limit)
    except ReadRefused as exc:
        raise ReportError(f"{path}: {exc.message}") from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise ReportError(f"{path}: cannot be read: {reason}") from None
    if suffix == ".txt":
        text = _text_of_txt(path, data)
        wrapped = False
    elif suffix == ".docx":
        text, wrapped = _text_of_docx(path, data), False
    else:
        text, wrapped = _text_of_pdf(path, data), True
    if not any(ch.strip() for ch in text):
        raise ReportError(f"{path}: holds no text (a scanned document needs OCR first)")
    return text, wrapped


def _text_of_txt(path: Path, data: bytes) -> str:
    """Return the text of a .txt report: UTF-8 (with or without a BOM), else GBK."""
    text, problem = decode_utf8(data)
    if text is not None:
        return text
    assert problem is not None
    if "GBK" in problem.message:
        return data.decode("gb18030")
    raise ReportError(
        f"{path}:{problem.line}:{problem.column}: neither UTF-8 nor GBK text ({problem.message})"
    )


def _text_of_docx(path: Path, data: bytes) -> str:
    """Return the paragraphs of a .docx, tables included, in document order, one a line."""
    import docx  # drafting only: never on the way to the first panel
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a damaged package
        raise ReportError(f"{path}: cannot be read as a Word document (.docx): {exc}") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells = [cell.text.strip() for cell in row.cells]
                lines.append("\t".join(cells))
        else:
            lines.append(block.text)
    return "\n".join(lines) + "\n"


def _text_of_pdf(path: Path, data: bytes) -> str:
    """Return the text layer of a PDF, page after page."""
    import pypdf  # drafting only
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ReportError(f"{path}: the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReportError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise ReportError(f"{path}: cannot be read as a PDF: {exc}") from None
    return "\n".join(page.rstrip("\n") for page in pages) + "\n"
