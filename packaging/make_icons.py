"""Draw the app icon: resources/icons/briefing-app.{svg,png,ico} and the 16-256 px PNGs.

    .venv/bin/python packaging/make_icons.py [--out-dir DIR]

A red rounded square (the briefing's accent red) holding three rising gold-and-white bars on
a baseline: a briefing with charts, readable at 16 px and free of text, so it needs no font.
The geometry is written once (`SHAPES`, on a 256-unit canvas) and drawn twice: as SVG text
and, with Pillow at 4x supersampling, as PNGs and a multi-size Windows ICO. The output is
deterministic.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "resources" / "icons"
NAME = "briefing-app"
SIZES = (16, 24, 32, 48, 64, 128, 256)
CANVAS = 256

RED = "#B71C1C"
GOLD = "#E8C15A"
WHITE = "#FFFFFF"

#: (kind, x0, y0, x1, y1, radius, colour) on the 256-unit canvas.
SHAPES: tuple[tuple[str, int, int, int, int, int, str], ...] = (
    ("rect", 8, 8, 248, 248, 52, RED),
    ("rect", 52, 150, 92, 200, 6, WHITE),
    ("rect", 108, 110, 148, 200, 6, WHITE),
    ("rect", 164, 64, 204, 200, 6, GOLD),
    ("rect", 40, 208, 216, 218, 3, GOLD),
)


def svg_text() -> str:
    """Return the icon as SVG."""
    rects = "\n".join(
        f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{c}"/>'
        for _, x0, y0, x1, y1, r, c in SHAPES
    )
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{CANVAS}" height="{CANVAS}" '
            f'viewBox="0 0 {CANVAS} {CANVAS}">\n{rects}\n</svg>\n')


def draw(size: int) -> Image.Image:
    """Return the icon drawn at `size` x `size` pixels."""
    scale = 4 * size / CANVAS
    big = Image.new("RGBA", (4 * size, 4 * size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(big)
    for _, x0, y0, x1, y1, r, colour in SHAPES:
        pen.rounded_rectangle((x0 * scale, y0 * scale, x1 * scale - 1, y1 * scale - 1),
                              radius=r * scale, fill=colour)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(out_dir: Path = OUT_DIR) -> list[Path]:
    """Write the SVG, the PNGs and the ICO into `out_dir`; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    svg = out_dir / f"{NAME}.svg"
    svg.write_text(svg_text(), encoding="utf-8")
    written.append(svg)
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        path = out_dir / f"{NAME}-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    main_png = out_dir / f"{NAME}.png"
    images[256].save(main_png, optimize=True)
    written.append(main_png)
    ico = out_dir / f"{NAME}.ico"
    images[256].save(ico, sizes=[(s, s) for s in SIZES])
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    for path in write_icons(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
