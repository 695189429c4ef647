"""Template zip limits: a bomb is refused before it is inflated, naming the limit it breaks."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from tests.export.template_files import (
    GIB,
    MASTER_RELS,
    Package,
    bomb_in_master,
    peak_bytes,
)

from briefing_app.export.pptx import template_zip
from briefing_app.export.pptx.errors import DeckError
from briefing_app.export.pptx.template import open_template
from briefing_app.paths import default_template

ALL_KINDS = Path(__file__).parents[1] / "data" / "pptx-all-kinds"


def test_a_part_of_the_master_that_inflates_to_1_gib_is_refused_unread(tmp_path: Path) -> None:
    template = bomb_in_master(tmp_path, GIB)
    assert template.stat().st_size < 10 * 2**20  # small on disk
    with pytest.raises(DeckError) as err:
        open_template(template)
    message = str(err.value)
    assert str(template) in message and "/ppt/media/bomb.png" in message
    assert "1024 MB" in message and "50 MB a part" in message and "\n" not in message
    assert peak_bytes(lambda: open_template(template)) < 20 * 2**20


def test_a_part_with_a_huge_compression_ratio_is_refused(tmp_path: Path) -> None:
    template = bomb_in_master(tmp_path, 20 * 2**20)  # under the part limit, about 1000:1
    with pytest.raises(DeckError, match=r"inflates \d+ times .*limit of 100 times") as err:
        open_template(template)
    assert str(template) in str(err.value)


def test_the_total_of_the_needed_parts_is_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = Package()
    package.default_type("png", "image/png")
    for n in range(3):
        package.relate(MASTER_RELS, f"rId90{n}", "image", f"../media/photo{n}.png")
        package.files[f"ppt/media/photo{n}.png"] = bytes(range(256)) * 2**12  # 1 MB each
    template = package.write(tmp_path / "photos.pptx")
    assert open_template(template).slide_master is not None  # within the real limits
    monkeypatch.setattr(template_zip, "MAX_TOTAL_BYTES", 2 * 2**20)
    with pytest.raises(DeckError, match=r"more than 2 MB in all") as err:
        open_template(template)
    assert str(template) in str(err.value)


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    package = Package()
    for n in range(template_zip.MAX_ENTRIES):
        package.files[f"junk/{n}.txt"] = b""
    template = package.write(tmp_path / "many.pptx")
    with pytest.raises(DeckError, match=r"holds 2030 zip entries, over the limit of 2000") as err:
        open_template(template)
    assert str(template) in str(err.value)


def test_the_entry_count_of_a_zip64_end_record_is_read_first(tmp_path: Path) -> None:
    template = Package().write(tmp_path / "zip64.pptx")
    data = template.read_bytes()
    end = data.rfind(b"PK\x05\x06")
    cd_size, cd_offset = struct.unpack_from("<LL", data, end + 12)
    # The same archive ending in a zip64 record (70000 entries), its locator, and a classic
    # end record that says "see zip64": the count is read before the directory is parsed.
    record = struct.pack(
        "<4sQHHLLQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, 70_000, 70_000, cd_size, cd_offset
    )
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end, 1)
    classic = struct.pack("<4sHHHHLLH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, cd_size, cd_offset, 0)
    template.write_bytes(data[:end] + record + locator + classic)
    with pytest.raises(DeckError, match=r"holds 70000 zip entries"):
        open_template(template)


def test_a_part_that_inflates_past_its_declared_size_is_refused(tmp_path: Path) -> None:
    template = bomb_in_master(tmp_path, 8 * 2**20)
    data = bytearray(template.read_bytes())
    name = b"ppt/media/bomb.png"
    for signature, name_at, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        header = data.find(signature)
        while header >= 0:
            if data[header + name_at : header + name_at + len(name)] == name:
                struct.pack_into("<L", data, header + size_at, 1000)  # it says 1000 bytes
            header = data.find(signature, header + 4)
    template.write_bytes(bytes(data))
    with pytest.raises(DeckError, match=r"damaged: part /ppt/media/bomb.png cannot be read") as e:
        open_template(template)
    assert "\n" not in str(e.value)
    assert peak_bytes(lambda: open_template(template)) < 20 * 2**20


def test_a_1_gib_part_of_a_template_slide_and_an_unreferenced_blob_are_never_read(
    tmp_path: Path,
) -> None:
    prs = Presentation(str(default_template()))
    prs.slides.add_slide(prs.slide_layouts[0])
    with_slide = tmp_path / "with-slide.pptx"
    prs.save(str(with_slide))
    package = Package(with_slide)
    package.default_type("png", "image/png")
    package.relate("ppt/slides/_rels/slide1.xml.rels", "rId900", "image", "../media/bomb.png")
    package.zeros["ppt/media/bomb.png"] = GIB
    package.zeros["ppt/media/unused.bin"] = 300 * 2**20
    template = package.write(tmp_path / "blobs.pptx")
    assert peak_bytes(lambda: open_template(template)) < 20 * 2**20
    saved = io.BytesIO()
    open_template(template).save(saved)
    names = zipfile.ZipFile(saved).namelist()
    assert not [name for name in names if name.startswith("ppt/media/")]
    assert not [name for name in names if name.startswith("ppt/slides/")]


def test_cli_refuses_a_zip_bomb_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing_app.cli import main

    template = bomb_in_master(tmp_path, 20 * 2**20)
    out = tmp_path / "deck.pptx"
    argv = ["export", "--format", "pptx", "--template", str(template), "--out", str(out)]
    assert main([*argv, str(ALL_KINDS)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert str(template) in err and "zip bomb" in err
    assert not out.exists()
