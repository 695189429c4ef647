"""Images of a briefing (logo, image panels): PNG or JPEG files in its folder, of bounded size."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from briefing_app.content.decode import Decoder
from briefing_app.content.messages import Message, msg, text
from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import CoverPanel, ImagePanel

MAX_IMAGE_BYTES = 8 * 1024 * 1024  # a projector shows 1920x1080: a larger file is a mistake
SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


def image_kind(data: bytes) -> str | None:
    """Return "PNG" or "JPEG" from a file's first bytes, None for anything else."""
    return next((kind for sig, kind in SIGNATURES.items() if data.startswith(sig)), None)


def read_image(yaml_file: Path, name: str) -> tuple[bytes, Message | None]:
    """Return the bytes of image `name` given in `yaml_file`, or b"" and why not.

    Like the source text it must be a regular file inside the briefing's folder (symlinks
    resolved), and it must be a PNG or a JPEG of at most `MAX_IMAGE_BYTES`.
    """
    folder = yaml_file.parent
    if not name.strip():
        return b"", msg("image.empty_name")
    try:
        home = folder.resolve()
        path = (folder / name).resolve()
    except (OSError, RuntimeError, ValueError) as exc:
        return b"", msg("image.unreadable", name=name, reason=text(str(exc)))
    if not path.is_relative_to(home):
        return b"", msg("image.outside", name=name, home=str(home))
    if not path.exists():
        return b"", msg("image.missing", name=name)
    if not path.is_file():
        return b"", msg("image.not_file", name=name)
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            return b"", msg("image.too_large", name=name, size=size, limit=MAX_IMAGE_BYTES)
        with path.open("rb") as fh:
            data = fh.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        return b"", msg("image.unreadable", name=name, reason=text(exc.strerror or str(exc)))
    if len(data) > MAX_IMAGE_BYTES:
        return b"", msg("image.too_large", name=name, size=len(data), limit=MAX_IMAGE_BYTES)
    if image_kind(data) is None:
        return b"", msg("image.not_image", name=name)
    return data, None


def load_images(briefing: Briefing, yaml_file: Path, dec: Decoder) -> Briefing:
    """Return `briefing` with its logo and image panels' files read; problems go to `dec`."""
    sections = []
    for s, section in enumerate(briefing.sections):
        panels = []
        for p, panel in enumerate(section.panels):
            at = f"sections[{s}].panels[{p}]"
            if isinstance(panel, ImagePanel):
                data, problem = read_image(yaml_file, panel.image)
                if problem is not None:
                    dec.problem_at(f"{at}.image", problem)
                panel = dataclasses.replace(panel, image_data=data)
            elif isinstance(panel, CoverPanel) and panel.logo:
                data, problem = read_image(yaml_file, panel.logo)
                if problem is not None:
                    dec.problem_at(f"{at}.logo", problem)
                panel = dataclasses.replace(panel, logo_data=data)
            panels.append(panel)
        sections.append(dataclasses.replace(section, panels=tuple(panels)))
    return dataclasses.replace(briefing, sections=tuple(sections))
