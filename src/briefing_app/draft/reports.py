"""Read a report as staff receive it (.txt in UTF-8 or GBK, .docx, .pdf) into plain text.

A PDF's text layer is cut into lines as the page was laid out, with spaces where glyphs stand
apart (1028.6 亿元). Its lines that run to the right margin are joined with the next, and the
spaces between Chinese characters and digits dropped: whitespace only, which the check ignores,
so every quote is still found; nothing is reworded.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from briefing_app.content.encoding import decode_utf8
from briefing_app.content.guarded import ReadRefused, read_capped
from briefing_app.content.limits import MAX_SOURCE_BYTES

#: A .docx or .pdf is a zip or a page description: larger than its text, so a wider cap.
MAX_REPORT_BYTES = 100 * 1024 * 1024
SUFFIXES = (".txt", ".docx", ".pdf")
_CJK = re.compile("[\u4e00-\u9fff]")


class ReportError(Exception):
    """A report that cannot be read; the message is one line naming the file."""


def read_report(path: Path) -> str:
    """Return the report's text as extracted.

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
    elif suffix == ".docx":
        text = _text_of_docx(path, data)
    else:
        text = _text_of_pdf(path, data)
    if not any(ch.strip() for ch in text):
        raise ReportError(f"{path}: holds no text (a scanned document needs OCR first)")
    return text


def _text_of_txt(path: Path, data: bytes) -> str:
    """Return the text of a .txt report: UTF-8 (with or without a BOM), UTF-16, else GBK.

    GBK (GB18030) is what Chinese Windows saves by default; a text that is not UTF-8 but
    decodes as GB18030 with Chinese in it is taken as such.
    """
    text, problem = decode_utf8(data)
    if text is not None:
        return text
    assert problem is not None
    if "UTF-16" in problem.message:
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReportError(f"{path}: not readable as UTF-16 text: {exc.reason}") from None
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _CJK.search(text):
        return text
    raise ReportError(f"{path}:{problem.line}:{problem.column}: {problem.message} or GBK")


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
    return "\n".join(_unwrapped(page) for page in pages) + "\n"


_ENDS_PARAGRAPH = tuple("。；;！!？?：:…")
_FULL = 0.85  # a line at least this share of the page's widest line runs to the margin
_SPACE_BY_CJK = re.compile(
    r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t]+(?=[0-9A-Za-z.%％])"
    r"|(?<=[0-9A-Za-z.%％])[ \t]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])"
)


def _width(line: str) -> float:
    return sum(1.0 if ord(ch) > 0x2E80 else 0.5 for ch in line.strip())


def _unwrapped(page: str) -> str:
    """Return a page's text with lines that run to the margin joined to the next."""
    lines = [_SPACE_BY_CJK.sub("", line.rstrip()) for line in page.splitlines()]
    widest = max((_width(line) for line in lines), default=0.0)
    out: list[str] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and _width(last) >= widest * _FULL
            and not last.endswith(_ENDS_PARAGRAPH)
        ):
            out[-1] = last + line.strip()
        else:
            out.append(line)
    return "\n".join(out)
