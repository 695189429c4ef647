"""The loader's limits: what bounds its time and memory on any input (docs/content-format.md)."""

from __future__ import annotations

#: Largest briefing.yaml read, in bytes. The built-in one is about 60 KB.
MAX_YAML_BYTES = 5 * 1024 * 1024
#: Largest source text read, in bytes. The built-in one is about 12 KB.
MAX_SOURCE_BYTES = 20 * 1024 * 1024
#: Most YAML nodes (keys, values, lists, mappings) in a file, and most the decoder visits,
#: counting every path through an alias again: the built-in briefing has about 2 100 and visits
#: about 1 400; an alias bomb of a few KB expands to billions. Every check after decoding
#: costs time in proportion, up to a few seconds at the budget on a loaded machine.
NODE_BUDGET = 50_000
#: Deepest nesting of lists and mappings (the built-in briefing nests 10 deep).
MAX_DEPTH = 50
#: Most characters in one formula, and most numbers and indicator ids in it.
MAX_FORMULA_CHARS = 500
MAX_FORMULA_TERMS = 100
#: Longest chain of formulas each using the next (the built-in briefing's longest is 1).
MAX_FORMULA_CHAIN = 50
#: Most significant digits in a figure: a figure is a binary floating-point number, which
#: holds 15 decimal digits exactly, and no more.
MAX_DIGITS = 15
#: Most characters in one text value (a title, a quote, notes): the built-in briefing's longest
#: has 135. Checks that search texts take time in proportion to their length.
MAX_TEXT_CHARS = 5_000
#: Most characters in an id (panel and section ids become parts of file names).
MAX_ID_CHARS = 64


def size_text(size: int) -> str:
    """Return a byte count for people: '5 MB', '12 KB', '300 bytes'."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.3g} MB"
    if size >= 1024:
        return f"{size / 1024:.3g} KB"
    return f"{size} bytes"
