"""Chart data for python-pptx's chart XML writer, with the chart's workbook written by zipfile.

python-pptx's `CategoryChartData` writes the embedded workbook with XlsxWriter, which costs
~15 ms to import and a few ms per chart: a large share of an export in a fresh process.
`CategoryData` is the same data for what the deck draws (one level of categories): python-pptx
writes the same chart XML from it (`xml_bytes`), and `xlsx_blob` is a minimal workbook with
the same sheet (categories in column A from row 2, one column per series with its name in
row 1, the same number formats), at the cells the chart's formulas (`Sheet1!$B$2:$B$5`) name,
so "Edit Data" opens and edits what is drawn.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Iterator, Sequence
from numbers import Number
from typing import Any
from xml.sax.saxutils import escape, quoteattr

GENERAL = "General"


class Category:
    """A category label (python-pptx's `data.Category` for one level)."""

    def __init__(self, label: Any, idx: int) -> None:
        self.label = label
        self.idx = idx

    def numeric_str_val(self, date_1904: bool = False) -> str:
        """Return the label of a numeric category as the chart XML writes it."""
        return str(self.label)


class Categories:
    """The categories of a chart, one level deep (python-pptx's `data.Categories`)."""

    def __init__(self, labels: Sequence[Any] = ()) -> None:
        self._categories = [Category(label, i) for i, label in enumerate(labels)]

    def __getitem__(self, idx: int) -> Category:
        return self._categories[idx]

    def __iter__(self) -> Iterator[Category]:
        return iter(self._categories)

    def __len__(self) -> int:
        return len(self._categories)

    @property
    def are_dates(self) -> bool:
        return False

    @property
    def are_numeric(self) -> bool:
        """True when the first label is a number (python-pptx tests the first only)."""
        return bool(self._categories) and isinstance(self._categories[0].label, Number)

    @property
    def depth(self) -> int:
        return 1 if self._categories else 0

    @property
    def leaf_count(self) -> int:
        return len(self._categories)

    @property
    def levels(self) -> Iterator[list[tuple[int, Any]]]:
        yield [(c.idx, c.label) for c in self._categories]

    @property
    def number_format(self) -> str:
        return GENERAL


class SeriesData:
    """A series: its name, values and number format, and where they sit in the workbook."""

    def __init__(
        self, chart: CategoryData, name: str, values: Sequence[Any], number_format: str | None
    ) -> None:
        self._chart = chart
        self.name = name
        self.values = tuple(values)
        self.index = len(chart)
        self._number_format = number_format

    def __len__(self) -> int:
        return len(self.values)

    @property
    def number_format(self) -> str:
        """The series' format; the chart's when none was given (None, as in python-pptx)."""
        if self._number_format is None:
            return self._chart.number_format
        return self._number_format

    @property
    def categories(self) -> Categories:
        return self._chart.categories

    @property
    def categories_ref(self) -> str:
        return self._chart.categories_ref

    @property
    def column(self) -> str:
        """The worksheet column of this series: B for the first."""
        return column_letter(1 + self.categories.depth + self.index)

    @property
    def name_ref(self) -> str:
        return f"Sheet1!${self.column}$1"

    @property
    def values_ref(self) -> str:
        return f"Sheet1!${self.column}$2:${self.column}${len(self.values) + 1}"


class CategoryData:
    """Categories and series of a category chart, as `CategoryChartData` holds them."""

    def __init__(self, number_format: str = GENERAL) -> None:
        self.number_format = number_format
        self._categories = Categories()
        self._series: list[SeriesData] = []

    def __getitem__(self, idx: int) -> SeriesData:
        return self._series[idx]

    def __iter__(self) -> Iterator[SeriesData]:
        return iter(self._series)

    def __len__(self) -> int:
        return len(self._series)

    @property
    def categories(self) -> Categories:
        return self._categories

    @categories.setter
    def categories(self, labels: Sequence[Any]) -> None:
        self._categories = Categories(labels)

    @property
    def categories_ref(self) -> str:
        if self._categories.depth == 0:
            raise ValueError("chart data contains no categories")
        return f"Sheet1!$A$2:$A${self._categories.leaf_count + 1}"

    def add_series(
        self, name: str, values: Sequence[Any] = (), number_format: str | None = None
    ) -> SeriesData:
        """Add and return a series of `values` called `name` (format: the chart's if None)."""
        series = SeriesData(self, name, values, number_format)
        self._series.append(series)
        return series

    def xml_bytes(self, chart_type: Any) -> bytes:
        """Return the chart XML python-pptx writes for this data as `chart_type`."""
        from pptx.chart.xmlwriter import ChartXmlWriter

        xml: str = ChartXmlWriter(chart_type, self).xml
        return xml.encode("utf-8")

    @property
    def xlsx_blob(self) -> bytes:
        """Return the workbook holding this data (see the module docstring)."""
        return workbook_blob(self)


def column_letter(number: int) -> str:
    """Return the worksheet column of `number` (1: A, 27: AA)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- the workbook --------------------------------------------------------------------------------

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

#: Formats Excel has built in, by the id a workbook uses for them (others are declared).
_BUILT_IN_FORMATS = {GENERAL: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10}
_CONTROL = re.compile(r"[\x00-\x08\x0B-\x1F]")
#: Column A's width: XlsxWriter's `set_column(0, 0, 10)`, as python-pptx sets it for dates.
_CATEGORY_WIDTH = "10.7109375"

_CONTENT_TYPES = (
    f'{_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEET_CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_SHEET_CT}.styles+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SHEET_CT}.sharedStrings+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    f'{_DECL}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
    f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    f'{_DECL}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    f'{_DECL}<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


class _Sheet:
    """Collects cells, shared strings and number formats, then writes the workbook's parts."""

    def __init__(self) -> None:
        self.rows: dict[int, list[str]] = {}
        self.strings: dict[str, int] = {}
        self.string_count = 0
        self.formats: dict[str, int] = {GENERAL: 0}  # format code -> cell style index
        self.last_row = 1
        self.last_col = 1

    def put(self, row: int, col: int, value: Any, number_format: str = GENERAL) -> None:
        """Write `value` (text or number; None and "" leave the cell empty) at row, col (1-)."""
        if value is None or value == "":
            return
        ref = f"{column_letter(col)}{row}"
        style = self._style(number_format)
        s = f' s="{style}"' if style else ""
        if isinstance(value, str):
            index = self.strings.setdefault(value, len(self.strings))
            self.string_count += 1
            cell = f'<c r="{ref}"{s} t="s"><v>{index}</v></c>'
        else:
            number = float(value)
            if not math.isfinite(number):  # as XlsxWriter: a workbook has no NaN or infinity
                raise TypeError(f"cannot write {number} into the chart's workbook")
            cell = f'<c r="{ref}"{s}><v>{number:.16G}</v></c>'  # as XlsxWriter writes them
        self.rows.setdefault(row, []).append(cell)
        self.last_row, self.last_col = max(self.last_row, row), max(self.last_col, col)

    def _style(self, number_format: str) -> int:
        return self.formats.setdefault(number_format, len(self.formats))

    def sheet_xml(self) -> str:
        rows = "".join(
            f'<row r="{r}">{"".join(cells)}</row>' for r, cells in sorted(self.rows.items())
        )
        dimension = f"A1:{column_letter(self.last_col)}{self.last_row}"
        return (
            f'{_DECL}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f'<dimension ref="{dimension}"/>'
            '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15"/>'
            f'<cols><col min="1" max="1" width="{_CATEGORY_WIDTH}" customWidth="1"/></cols>'
            f"<sheetData>{rows}</sheetData>"
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
            'footer="0.3"/></worksheet>'
        )

    def strings_xml(self) -> str:
        items = "".join(_string_item(text) for text in self.strings)
        return (
            f'{_DECL}<sst xmlns="{_MAIN}" count="{self.string_count}" '
            f'uniqueCount="{len(self.strings)}">{items}</sst>'
        )

    def styles_xml(self) -> str:
        custom: dict[str, int] = {}
        xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']
        for code in list(self.formats)[1:]:
            fmt_id = _BUILT_IN_FORMATS.get(code)
            if fmt_id is None:
                fmt_id = custom.setdefault(code, 164 + len(custom))
            xfs.append(
                f'<xf numFmtId="{fmt_id}" fontId="0" fillId="0" borderId="0" xfId="0" '
                'applyNumberFormat="1"/>'
            )
        num_fmts = "".join(
            f'<numFmt numFmtId="{fmt_id}" formatCode={quoteattr(code)}/>'
            for code, fmt_id in custom.items()
        )
        return (
            f'{_DECL}<styleSheet xmlns="{_MAIN}">'
            + (f'<numFmts count="{len(custom)}">{num_fmts}</numFmts>' if custom else "")
            + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/>'
            '</font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1">'
            "<border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            f'</cellStyleXfs><cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles></styleSheet>"
        )


def _string_item(text: str) -> str:
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<si><t{space}>{escape(text)}</t></si>"


def workbook_blob(data: CategoryData) -> bytes:
    """Return the .xlsx of `data`: categories in column A from row 2, then a column a series."""
    sheet = _Sheet()
    categories = data.categories
    for i, category in enumerate(categories):
        sheet.put(i + 2, 1, category.label, categories.number_format)
    first = 1 + categories.depth
    for series in data:
        col = first + series.index
        sheet.put(1, col, series.name)
        for i, value in enumerate(series.values):
            sheet.put(i + 2, col, value, series.number_format)
    parts = (
        ("[Content_Types].xml", _CONTENT_TYPES),
        ("_rels/.rels", _ROOT_RELS),
        ("xl/workbook.xml", _WORKBOOK),
        ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
        ("xl/worksheets/sheet1.xml", sheet.sheet_xml()),
        ("xl/styles.xml", sheet.styles_xml()),
        ("xl/sharedStrings.xml", sheet.strings_xml()),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            z.writestr(info, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
