"""Decode a text file as UTF-8, and name the encoding it was saved in when it is not."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.content.messages import Message, msg

_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SAMPLE = 4096  # bytes looked at for the NUL pattern of UTF-16 without a BOM


@dataclass(frozen=True)
class EncodingProblem:
    """Where the text stops being UTF-8 (1-based line and column) and what to do about it."""

    line: int
    column: int
    text: Message

    @property
    def message(self) -> str:
        """The message in English, for callers outside the checks (checks report `text`)."""
        return self.text.render("en")


def decode_utf8(data: bytes) -> tuple[str | None, EncodingProblem | None]:
    """Return the text of `data` (UTF-8, an optional BOM dropped), or what is wrong with it."""
    if data.startswith(_UTF32_BOMS):
        return None, EncodingProblem(1, 1, msg("file.utf32"))
    if data.startswith(_UTF16_BOMS) or _looks_utf16(data[:_SAMPLE]):
        return None, EncodingProblem(1, 1, msg("file.utf16"))
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        start = exc.start
    # Valid UTF-8 Chinese before the bad byte means a bad spot in a UTF-8 file, not GBK.
    if data[:start].removeprefix(b"\xef\xbb\xbf").isascii() and _is_gbk(data):
        return None, EncodingProblem(1, 1, msg("file.gbk"))
    line = data.count(b"\n", 0, start) + 1
    column = start - (data.rfind(b"\n", 0, start) + 1) + 1
    message = msg("file.not_utf8", byte=f"{data[start]:02x}")
    return None, EncodingProblem(line, column, message)


def _looks_utf16(sample: bytes) -> bool:
    """Return whether NUL bytes fill every other byte, as ASCII text in UTF-16 does."""
    pairs = len(sample) // 2
    if pairs < 2 or b"\x00" not in sample:
        return False
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    high, low = max(even, odd), min(even, odd)
    if high < pairs * 0.3 or low > pairs * 0.05:
        return False
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        sample[: pairs * 2].decode(codec)
    except UnicodeDecodeError:  # an unpaired surrogate at the cut is not a reason to doubt
        return high >= pairs * 0.6
    return True


def _is_gbk(data: bytes) -> bool:
    """Return whether `data` reads cleanly as GB18030 (GBK's superset) and holds Chinese."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
