"""Build the bundled CJK fonts: subsets of Noto Sans CJK SC Regular and Bold.

    .venv/bin/python packaging/make_fonts.py [--source-dir DIR] [--out-dir DIR]

Reads Debian's fonts-noto-cjk collections (NotoSansCJK-Regular.ttc / -Bold.ttc), picks the
Simplified Chinese face of each by its name table, keeps the glyphs of GB 2312, printable ASCII,
CJK punctuation, full-width forms, common general punctuation and every character of the
built-in briefings, and writes resources/fonts/NotoSansSC-{Regular,Bold}.otf under the family
name "Noto Sans SC". Hinting and the layout features that do not matter for horizontal
Simplified Chinese text are dropped. The output is deterministic: the same input collections
give the same bytes (the source's head timestamps are kept, nothing is stamped with "now").
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
DEFAULT_OUT_DIR = ROOT / "resources" / "fonts"
BRIEFINGS_DIR = ROOT / "resources" / "briefings"
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")

FAMILY = "Noto Sans SC"
#: Name of the face to pick from each collection (name ID 1), and the file it comes from.
SOURCE_FAMILY = "Noto Sans CJK SC"
STYLES = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
SIZE_LIMIT = 12 * 1024 * 1024  # all of resources/fonts together

GENERAL_PUNCTUATION = "—–…·“”‘’•‰′″※‖"
#: Layout features kept: pair kerning, vertical forms and CJK half-width/proportional spacing.
#: They are cheap; "locl" is left out on purpose, as its closure would pull in the Japanese,
#: Korean and Traditional glyph variants the SC face also carries.
LAYOUT_FEATURES = ["kern", "vert", "vrt2", "halt", "palt", "vhal", "vpal"]
#: Name records kept: copyright, names, version, trademark, vendor/designer URLs, licence.
NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]


def gb2312_characters() -> set[str]:
    """Return every character of GB 2312 (its double-byte codes decoded with Python's codec)."""
    chars = set()
    for high in range(0xA1, 0xFF):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # an unassigned code
    return chars


def briefing_characters(briefings_dir: Path = BRIEFINGS_DIR) -> set[str]:
    """Return every non-control character of every file under resources/briefings/."""
    chars: set[str] = set()
    for path in sorted(briefings_dir.rglob("*")):
        if path.is_file():
            chars.update(path.read_text(encoding="utf-8"))
    return {c for c in chars if unicodedata.category(c) != "Cc"}


def required_characters(briefings_dir: Path = BRIEFINGS_DIR) -> set[str]:
    """Return the characters the subset must map: a build fails if the source lacks one."""
    ascii_printable = {chr(cp) for cp in range(0x20, 0x7F)}
    return (
        gb2312_characters()
        | ascii_printable
        | set(GENERAL_PUNCTUATION)
        | briefing_characters(briefings_dir)
    )


def optional_codepoints() -> set[int]:
    """Return the ranges kept wherever the source font has a glyph for the code point."""
    return set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))


def load_sc_face(collection: Path) -> TTFont:
    """Return the "Noto Sans CJK SC" face of a .ttc, found by its name table."""
    with TTCollection(collection, lazy=True) as ttc:
        names = [face["name"].getDebugName(1) for face in ttc.fonts]
    found = [i for i, name in enumerate(names) if name == SOURCE_FAMILY]
    if len(found) != 1:
        raise SystemExit(f"{collection}: expected one {SOURCE_FAMILY!r} face, found {names}")
    return TTFont(collection, fontNumber=found[0], recalcTimestamp=False, lazy=False)


def subset_options() -> subset.Options:
    options = subset.Options()
    options.layout_features = list(LAYOUT_FEATURES)
    options.hinting = False
    options.desubroutinize = False  # subroutines keep CFF charstrings small
    options.notdef_outline = True  # a missing glyph shows a box, not nothing
    options.name_IDs = list(NAME_IDS)
    options.name_languages = [0x0409]  # English (US) records only
    options.name_legacy = False  # drop Macintosh-platform name records
    options.glyph_names = False
    options.drop_tables += ["BASE", "DSIG"]
    options.recalc_timestamp = False
    options.ignore_missing_unicodes = True  # the optional ranges hold unassigned code points
    return options


def rename(font: TTFont, style: str, source_version: str) -> None:
    """Give the subset the family FAMILY and PostScript name NotoSansSC-<style>."""
    ps_name = f"NotoSansSC-{style}"
    names = {
        1: FAMILY,
        2: style,
        3: f"{source_version.split(';')[0]};{ps_name};briefing-app subset",
        4: f"{FAMILY} {style}" if style != "Regular" else FAMILY,
        6: ps_name,
    }
    name_table = font["name"]
    for name_id in (16, 17, 21, 22):  # typographic names: the RIBBI names above suffice
        name_table.removeNames(nameID=name_id)
    for name_id, text in names.items():
        name_table.removeNames(nameID=name_id)
        name_table.setName(text, name_id, 3, 1, 0x0409)
    cff = font["CFF "].cff
    old_ps_name = cff.fontNames[0]
    cff.fontNames = [ps_name]
    top = cff.topDictIndex[0]
    top.FullName = names[4]
    top.FamilyName = FAMILY
    for fd in getattr(top, "FDArray", []):  # CID-keyed: per-FD names such as "...-Ideographs"
        if getattr(fd, "FontName", "").startswith(old_ps_name):
            fd.FontName = ps_name + fd.FontName[len(old_ps_name):]


def build(source: Path, style: str, out_dir: Path, required: set[str]) -> Path:
    font = load_sc_face(source)
    source_version = font["name"].getDebugName(5) or ""
    cmap = font.getBestCmap()
    missing = sorted(c for c in required if ord(c) not in cmap)
    if missing:
        shown = " ".join(f"U+{ord(c):04X}({c})" for c in missing[:40])
        raise SystemExit(f"{source}: the source font lacks {len(missing)} required characters: "
                         f"{shown}")
    unicodes = {ord(c) for c in required} | (optional_codepoints() & set(cmap))
    subsetter = subset.Subsetter(options=subset_options())
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    rename(font, style, source_version)
    out = out_dir / f"NotoSansSC-{style}.otf"
    font.save(out, reorderTables=True)
    check_output(out, required)
    return out


def check_output(path: Path, required: Iterable[str]) -> None:
    with TTFont(path, lazy=True) as font:
        cmap = font.getBestCmap()
        family = font["name"].getDebugName(1)
    missing = [c for c in required if ord(c) not in cmap]
    if missing or family != FAMILY:
        raise SystemExit(f"{path}: family {family!r}, {len(missing)} required characters missing")


def licence_text(debian_copyright: Path, font_copyright: str) -> str:
    """Return OFL.txt: the font's copyright notices, then the SIL OFL 1.1 text of the package.

    The licence is the "License: SIL-1.1" paragraph of Debian's machine-readable copyright file,
    de-indented (a lone "." stands for an empty line there).
    """
    text = debian_copyright.read_text(encoding="utf-8")
    lines = text.splitlines()
    body: list[str] = []
    for number, line in enumerate(lines):
        if line.strip() != "License: SIL-1.1":
            continue
        # A "Files:" paragraph names the licence on its own; the stand-alone paragraph holds it.
        for text_line in lines[number + 1:]:
            if not text_line.startswith(" "):
                break
            body.append("" if text_line.strip() == "." else text_line[1:])
        if body:
            break
    licence = "\n".join(body).strip("\n")
    if "SIL OPEN FONT LICENSE Version 1.1" not in licence:
        raise SystemExit(f"{debian_copyright}: the SIL-1.1 paragraph is not the OFL 1.1")
    header = (
        f"Noto Sans SC (resources/fonts/NotoSansSC-*.otf) is a subset of Noto Sans CJK SC.\n"
        f"\n"
        f"{font_copyright}\n"
        f"Copyright 2010-2012, Google Corporation (as listed by Debian's fonts-noto-cjk).\n"
        f"Noto is a trademark of Google Inc.\n"
        f"\n"
        f"This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        f"Neither the font's name table nor Debian's copyright file declares a Reserved Font\n"
        f"Name. (Adobe's Source Han Sans, the same design, reserves the name \"Source\", which\n"
        f"the family name \"Noto Sans SC\" does not use.)\n"
        f"\n"
    )
    return header + licence + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=DEFAULT_SOURCE_DIR,
                        help=f"folder of NotoSansCJK-*.ttc (default {DEFAULT_SOURCE_DIR})")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT_DIR,
                        help="where to write the .otf files (default resources/fonts)")
    parser.add_argument("--copyright", type=Path, default=DEBIAN_COPYRIGHT,
                        help=f"Debian copyright file holding the OFL (default {DEBIAN_COPYRIGHT})")
    args = parser.parse_args(argv)

    required = required_characters()
    print(f"required characters: {len(required)} "
          f"(GB 2312 {len(gb2312_characters())}, briefings {len(briefing_characters())})")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for style, file_name in STYLES.items():
        source = args.source_dir / file_name
        if not source.is_file():
            print(f"error: {source} not found (apt install fonts-noto-cjk)", file=sys.stderr)
            return 1
        out = build(source, style, args.out_dir, required)
        with TTFont(out, lazy=True) as font:
            glyphs = font["maxp"].numGlyphs
        digest = hashlib.sha256(out.read_bytes()).hexdigest()[:16]
        print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: "
              f"{out.stat().st_size:,} bytes, {glyphs} glyphs, sha256 {digest}")
    with TTFont(args.out_dir / "NotoSansSC-Regular.otf", lazy=True) as font:
        font_copyright = font["name"].getDebugName(0) or ""
    ofl = args.out_dir / "OFL.txt"
    ofl.write_text(licence_text(args.copyright, font_copyright), encoding="utf-8")
    print(f"{ofl.name}: {ofl.stat().st_size:,} bytes")
    total = sum(p.stat().st_size for p in args.out_dir.rglob("*") if p.is_file())
    print(f"total of {args.out_dir}: {total:,} bytes ({total / 2**20:.2f} MiB, "
          f"limit {SIZE_LIMIT / 2**20:.0f} MiB)")
    if total > SIZE_LIMIT:
        print("error: the fonts folder is over the size limit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
