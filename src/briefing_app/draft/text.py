"""Text helpers of the drafter: sentences and clauses as source spans, display clean-up."""

from __future__ import annotations

import re

from briefing_app.draft.structure import Span

_SENTENCE_END = re.compile(r"[。！？；;!?]+")
_CLAUSE_END = re.compile(r"[，,：:]")
_HALF_TO_FULL = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？"})
_CJK = re.compile(r"[\u4e00-\u9fff]")


def pieces(span: Span, pattern: re.Pattern[str]) -> list[Span]:
    """Return `span` cut after each match of `pattern` (the mark kept), blank pieces dropped."""
    out: list[Span] = []
    pos = 0
    for m in pattern.finditer(span.text):
        out.append(Span(span.text[pos : m.end()], span.start + pos))
        pos = m.end()
    out.append(Span(span.text[pos:], span.start + pos))
    return [_trimmed(p) for p in out if p.text.strip()]


def sentences(span: Span) -> list[Span]:
    """Return the sentences of a paragraph, each with its closing mark."""
    return pieces(span, _SENTENCE_END)


def clauses(span: Span) -> list[Span]:
    """Return the clauses of a sentence (cut at commas and colons), marks dropped."""
    return [_without_mark(p) for p in pieces(span, _CLAUSE_END)]


def _trimmed(span: Span) -> Span:
    lead = len(span.text) - len(span.text.lstrip())
    return Span(span.text.strip(), span.start + lead)


def _without_mark(span: Span) -> Span:
    text = span.text.rstrip("，,：:。！？；;!? \n\t")
    return Span(text, span.start)


def displayed(text: str) -> str:
    """Return `text` as a panel shows it: one line, full-width Chinese punctuation, no `**`."""
    text = ascii_digits(text.replace("**", ""))
    text = re.sub(r"\s*\n\s*", "", text).strip()
    text = re.sub(r"\s+", " ", text)
    out = []
    quote_open = True
    for i, ch in enumerate(text):
        near_cjk = bool(
            _CJK.match(text[i - 1 : i] or " ") or _CJK.match(text[i + 1 : i + 2] or " ")
        )
        if ch == '"' and near_cjk:
            out.append("“" if quote_open else "”")
            quote_open = not quote_open
        elif ch == "'" and near_cjk:
            out.append("’")
        elif ch in ",;:!?" and near_cjk:
            out.append(ch.translate(_HALF_TO_FULL))
        else:
            out.append(ch)
    return "".join(out)


def joined(texts: list[str]) -> str:
    """Return sentences as one text, whitespace dropped, a mark between two that have none.

    Without the mark, 20 at the end of one and 25年 at the start of the next would read as
    2025, a number neither states.
    """
    out = ""
    for text in texts:
        flat = ascii_digits(re.sub(r"\s+", "", text))
        if out and flat and not _ENDS.search(out):
            out += "；"
        out += flat
    return out


_ENDS = re.compile(r"[。！？；;!?，,：:、]$")


def ascii_digits(text: str) -> str:
    """Return `text` with full-width digits (and a full-width point between two) in ASCII.

    The check reads ２８６５．４ in a quote as 2865.4 but in the notes as 2865 and 4.
    """
    text = _POINT.sub(".", text)
    return text.translate(_DIGITS)


_POINT = re.compile(r"(?<=[0-9０-９])．(?=[0-9０-９])")
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def cjk_count(text: str) -> int:
    """Return how many Chinese characters `text` holds."""
    return len(_CJK.findall(text))


def short(text: str, limit: int) -> str:
    """Return at most `limit` characters of `text`, never cutting a number in two."""
    if len(text) <= limit:
        return text
    cut = limit
    while cut > 0 and (_is_numeral(text[cut - 1]) or _is_numeral(text[cut])):
        cut -= 1
    return text[:cut] if cut > 0 else text


def _is_numeral(ch: str) -> bool:
    return ch.isdigit() or ch == "." or ch in "零〇一二两三四五六七八九十百千万亿"
