"""Images of a briefing (cover logo, image panels): a PNG or JPEG file inside its folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing_app.content import check_briefing
from briefing_app.content.images import MAX_IMAGE_BYTES
from briefing_app.model.panels import CoverPanel, ImagePanel, logo_of

ALL_KINDS = Path(__file__).resolve().parents[1] / "data" / "pptx-all-kinds"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "b"
    shutil.copytree(ALL_KINDS, folder)
    return folder


def test_the_logo_and_the_picture_are_read(tmp_path: Path) -> None:
    result = check_briefing(_copy(tmp_path))
    assert result.ok and result.briefing is not None
    panels = result.briefing.panels
    cover = next(p for p in panels if isinstance(p, CoverPanel))
    image = next(p for p in panels if isinstance(p, ImagePanel))
    assert cover.logo_data == (ALL_KINDS / "logo.png").read_bytes()
    assert logo_of(panels) == cover.logo_data
    assert image.image_data == (ALL_KINDS / "map.jpg").read_bytes()


def _set_image(folder: Path, name: str) -> None:
    yaml = folder / "briefing.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace("image: map.jpg", f"image: {name!r}"),
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        ("../outside.png", "outside", "leads outside the briefing's folder"),
        ("/etc/hostname", "", "leads outside the briefing's folder"),
        ("nope.png", "", "is not in the briefing's folder"),
        ("pictures", "folder", "is not a regular file"),
        ("notes.png", "text", "is not a PNG or JPEG image"),
        ("huge.png", "huge", "over the limit"),
        ("", "", "is empty"),
    ],
)
def test_a_bad_image_is_one_line_naming_file_line_and_field(
    tmp_path: Path, name: str, make: str, says: str
) -> None:
    folder = _copy(tmp_path)
    if make == "outside":
        (tmp_path / "outside.png").write_bytes((ALL_KINDS / "logo.png").read_bytes())
    elif make == "folder":
        (folder / name).mkdir()
    elif make == "text":
        (folder / name).write_text("not a picture", encoding="utf-8")
    elif make == "huge":
        with (folder / name).open("wb") as fh:
            fh.write(b"\x89PNG\r\n\x1a\n")
            fh.truncate(MAX_IMAGE_BYTES + 1)
    _set_image(folder, name)
    result = check_briefing(folder)
    assert not result.ok
    lines = [str(p) for p in result.problems]
    assert len(lines) == 1, lines
    line = lines[0]
    assert "\n" not in line and says in line, line
    assert line.startswith(f"{folder / 'briefing.yaml'}:") and ".image:" in line, line
    yaml_line = int(line.split(":")[1])
    assert (
        "image:"
        in (folder / "briefing.yaml").read_text(encoding="utf-8").splitlines()[yaml_line - 1]
    )


def test_a_changed_picture_is_never_served_from_the_cache(tmp_path: Path) -> None:
    from briefing_app.content.cache import check_briefing_cached

    folder = _copy(tmp_path)
    cache = tmp_path / "cache"
    first = check_briefing_cached(folder, cache)
    assert first.ok
    (folder / "map.jpg").write_bytes((folder / "logo.png").read_bytes())  # another picture
    again = check_briefing_cached(folder, cache)
    assert again.briefing is not None
    image = next(p for p in again.briefing.panels if isinstance(p, ImagePanel))
    assert image.image_data == (folder / "logo.png").read_bytes()
    (folder / "map.jpg").unlink()
    assert not check_briefing_cached(folder, cache).ok  # a missing picture is found
