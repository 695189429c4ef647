"""The test reports, a .docx made from one of them, and an independent count of their figures."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from tests.conftest import BUILTIN, ROOT

from briefing_app.content.normalize import chinese_numeral, normalize

REPORTS = ROOT / "tests" / "data" / "reports"
TEXT_REPORTS = sorted(REPORTS.glob("*.txt"))
ALL_SOURCES = [
    *TEXT_REPORTS,
    REPORTS / "binjiang-bulletin-2024.pdf",
    BUILTIN / "source.txt",
    ROOT / "tests" / "data" / "qingshan-2024" / "source.txt",
]


def make_docx(text_report: Path, out: Path) -> Path:
    """Write `text_report` (UTF-8) as a Word document, a paragraph per line, and return it."""
    import docx

    document = docx.Document()
    document.add_heading(text_report.read_text(encoding="utf-8").splitlines()[0], level=1)
    for line in text_report.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            document.add_paragraph(line)
    document.save(str(out))
    return out


# --- An independent counter of figures: a number (Arabic or Chinese) and a unit, no dates. ---
# Written apart from the drafter's finder, on purpose simpler, so that coverage is measured
# by something the drafter does not decide.
_UNITS = (
    "个百分点|百分点|平方公里|万平方米|平方米|亿千瓦时|千瓦时|亿美元|万美元|美元|亿元|万元|元|%|"
    "万人次|人次|万人|人|万户|户|万个|个|家|项|条|所|座|套|名|公里|万亩|亩|公顷|万吨|吨|倍|台|辆|张|"
    "件|处|天|成"
)
_FIGURE = re.compile(
    rf"(?<![\dA-Za-z.第])(\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:多|余)?({_UNITS})"
)
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_SET_PHRASES = ("一网通办", "千家万户", "三次产业", "一流", "统一")


def count_figures(text: str) -> list[tuple[str, set[Decimal]]]:
    """Return each figure of `text` as (what is written, the values it may be stated as)."""
    flat = normalize(_QUOTED.sub(lambda m: "□" * len(m.group(0)), text))
    for phrase in _SET_PHRASES:
        flat = flat.replace(phrase, "□" * len(phrase))
    found = []
    for m in _FIGURE.finditer(flat):
        number = m.group(1)
        if number == "一" or not number.strip("万"):
            continue
        if number[0].isdigit():
            values = {Decimal(number)}
        else:
            whole = chinese_numeral(number)
            if whole is None:
                continue
            values = {Decimal(whole)}
            head = number.rstrip("万")
            if head != number and chinese_numeral(head) is not None:
                values.add(Decimal(chinese_numeral(head)))  # type: ignore[arg-type]
        found.append((m.group(0), values))
    return found


def coverage(text: str, indicators: list[dict]) -> tuple[float, list[str]]:
    """Return the share of `text`'s figures that an indicator quotes, and those none does.

    A figure is covered when an indicator's value is the figure and its quote holds it as
    written.
    """
    figures = count_figures(text)
    quoted = [
        (normalize(i["source"]), abs(Decimal(str(i.get("value", i.get("target"))))))
        for i in indicators
    ]
    missing = [
        written
        for written, values in figures
        if not any(normalize(written) in q and v in values for q, v in quoted)
    ]
    return (1 - len(missing) / len(figures)) if figures else 1.0, missing
