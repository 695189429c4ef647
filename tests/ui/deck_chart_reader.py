"""Read back what a saved deck's native chart shows: values, label texts and resolved colours.

Independent of the writer: it reads the chart XML (c:ser/c:val, c:dLbls numFmt and custom
text, c:spPr and c:dPt fills with a:schemeClr) and resolves theme colours through the deck's
own theme part, applying lumMod/lumOff as PowerPoint does, and formats each value with the
label's Excel number format.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

NS = {
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
_SCHEME_ALIASES = {"tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}


@dataclass
class DeckSeries:
    """One c:ser as the deck shows it."""

    name: str
    values: list[float]
    labels: list[str | None]  # None where no label is shown
    fill: str | None  # the series' solid fill, resolved to #RRGGBB
    line: str | None  # the series' line colour
    point_fills: dict[int, str] = field(default_factory=dict)  # c:dPt fills
    marker_fills: dict[int, str] = field(default_factory=dict)  # c:dPt marker fills

    def colour_of(self, index: int) -> str | None:
        """Return what point `index` is filled with: its own c:dPt, else the series'."""
        return self.point_fills.get(index, self.fill)


def theme_colours(prs: Any) -> dict[str, str]:
    """Return the deck theme's colour scheme: {'accent1': '#B71C1C', 'dk1': ..., ...}."""
    theme = prs.slide_masters[0].part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    scheme = root.find(".//a:clrScheme", NS)
    out = {}
    for slot in scheme:
        name = etree.QName(slot).localname
        rgb = slot.find("a:srgbClr", NS)
        sys_clr = slot.find("a:sysClr", NS)
        value = rgb.get("val") if rgb is not None else sys_clr.get("lastClr")
        out[name] = "#" + value.upper()
    return out


def resolve_fill(fill: Any, theme: dict[str, str]) -> str | None:
    """Return the #RRGGBB of an a:solidFill (scheme colour with lumMod/lumOff, or sRGB),
    with AA appended when the colour has an a:alpha."""
    if fill is None:
        return None
    scheme = fill.find("a:schemeClr", NS)
    if scheme is None:
        rgb = fill.find("a:srgbClr", NS)
        return None if rgb is None else "#" + rgb.get("val").upper()
    val = scheme.get("val")
    base = theme[_SCHEME_ALIASES.get(val, val)]
    mod = scheme.find("a:lumMod", NS)
    off = scheme.find("a:lumOff", NS)
    factor = int(mod.get("val")) / 100000 if mod is not None else 1.0
    offset = int(off.get("val")) / 100000 if off is not None else 0.0
    r, g, b = (int(base[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lum, sat = colorsys.rgb_to_hls(r, g, b)
    lum = min(1.0, max(0.0, lum * factor + offset))
    out = colorsys.hls_to_rgb(hue, lum, sat)
    text = "#" + "".join(f"{round(c * 255):02X}" for c in out)
    alpha = scheme.find("a:alpha", NS)  # see-through: '#RRGGBBAA'
    if alpha is not None:
        text += f"{round(int(alpha.get('val')) / 100000 * 255):02X}"
    return text


def excel_text(value: float, code: str) -> str:
    """Return `value` as a data label with Excel number format `code` shows it."""
    parts = re.findall(r'"([^"]*)"|([^"]+)', code)
    out = []
    for literal, number in parts:
        out.append(literal if literal else _number_text(value, number))
    return "".join(out)


def _number_text(value: float, code: str) -> str:
    exact = Decimal(repr(float(value)))
    if code.strip() == "General":
        text = format(exact.normalize(), "f")
        return text[:-2] if text.endswith(".0") else text
    percent = code.endswith("%")
    core = code.rstrip("%")
    decimals = len(core.split(".", 1)[1]) if "." in core else 0
    if percent:
        exact *= 100
    text = f"{exact.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP):f}"
    if "," in core:
        whole, _, frac = text.partition(".")
        text = f"{int(whole):,}" + ("." + frac if frac else "")
    return text + ("%" if percent else "")


def read_series(chart_space: Any, theme: dict[str, str]) -> list[DeckSeries]:
    """Return every c:ser of the chart, in plot order, as the deck shows it."""
    out = []
    for plot in chart_space.iterfind(".//c:plotArea/*", NS):
        plot_labels = plot.find("c:dLbls", NS)
        for ser in plot.iterfind("c:ser", NS):
            out.append(_series(ser, plot_labels, theme))
    return out


def _flag(el: Any, tag: str) -> bool:
    found = el.find(tag, NS)
    return found is not None and found.get("val") in ("1", "true")


def _point_text(dlbl: Any, labels_el: Any, series_name: str, value: float) -> str:
    """Return what one point's own label shows: [series name, separator,] formatted value."""
    fmt = dlbl.find("c:numFmt", NS)
    if fmt is None:
        fmt = labels_el.find("c:numFmt", NS)
    code = fmt.get("formatCode") if fmt is not None else "General"
    text = excel_text(value, code)
    if _flag(dlbl, "c:showSerName"):
        separator = dlbl.findtext("c:separator", default=", ", namespaces=NS)
        text = series_name + separator + text
    return text


def _series(ser: Any, plot_labels: Any, theme: dict[str, str]) -> DeckSeries:
    name = "".join(ser.xpath("./c:tx//c:v/text()", namespaces=NS))
    points = {
        int(pt.get("idx")): float(pt.findtext("c:v", namespaces=NS))
        for pt in ser.iterfind("c:val//c:pt", NS)
    }
    count = int(ser.find("c:val//c:ptCount", NS).get("val"))
    values = [points.get(i, 0.0) for i in range(count)]
    own_labels = ser.find("c:dLbls", NS)
    labels_el = own_labels if own_labels is not None else plot_labels
    labels: list[str | None] = [None] * count
    if labels_el is not None:
        shown = labels_el.find("c:showVal", NS)
        fmt = labels_el.find("c:numFmt", NS)
        if shown is not None and shown.get("val") == "1":
            code = fmt.get("formatCode") if fmt is not None else "General"
            labels = [excel_text(v, code) for v in values]
        for custom in labels_el.iterfind("c:dLbl", NS):
            idx = int(custom.find("c:idx", NS).get("val"))
            text = "".join(custom.xpath("./c:tx/c:rich//a:t/text()", namespaces=NS))
            if text:
                labels[idx] = text
            elif _flag(custom, "c:showVal"):
                labels[idx] = _point_text(custom, labels_el, name, values[idx])
    sp = ser.find("c:spPr", NS)
    fill = resolve_fill(sp.find("a:solidFill", NS), theme) if sp is not None else None
    line = resolve_fill(sp.find("a:ln/a:solidFill", NS), theme) if sp is not None else None
    series = DeckSeries(name, values, labels, fill, line)
    for dpt in ser.iterfind("c:dPt", NS):
        idx = int(dpt.find("c:idx", NS).get("val"))
        colour = resolve_fill(dpt.find("c:spPr/a:solidFill", NS), theme)
        if colour:
            series.point_fills[idx] = colour
        marker = resolve_fill(dpt.find("c:marker/c:spPr/a:solidFill", NS), theme)
        if marker:
            series.marker_fills[idx] = marker
    return series
