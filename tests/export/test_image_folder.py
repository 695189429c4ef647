"""The image folder's manifest: only files an earlier export wrote, unchanged, are touched."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app import files
from briefing_app.export.image_folder import MANIFEST, ImageFolder
from briefing_app.outputs import OutputRefused


@pytest.fixture(autouse=True)
def _own_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("BRIEFING_APP_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(files, "_SECRET", None)
    yield


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Pictures"
    path.mkdir()
    return path


def _publish(folder: Path, images: dict[str, bytes]) -> None:
    ImageFolder(folder).publish(images)


def test_users_files_of_any_name_are_kept(folder: Path) -> None:
    mine = {"2023-01-09.png": b"photo", "1-family.png": b"family", "001-scan.png": b"scan"}
    for name, data in mine.items():
        (folder / name).write_bytes(data)
    _publish(folder, {"01-cover.png": b"c", "02-figures.png": b"f"})
    _publish(folder, {"01-cover.png": b"c2"})  # the second panel was removed
    for name, data in mine.items():
        assert (folder / name).read_bytes() == data
    assert (folder / "01-cover.png").read_bytes() == b"c2"
    assert not (folder / "02-figures.png").exists()  # ours and unchanged: removed


def test_a_file_we_did_not_write_is_never_overwritten(folder: Path) -> None:
    (folder / "01-cover.png").write_bytes(b"someone's cover")
    with pytest.raises(OutputRefused, match=r"01-cover\.png: a file of this name is in the way"):
        _publish(folder, {"00-first.png": b"a", "01-cover.png": b"b"})
    assert (folder / "01-cover.png").read_bytes() == b"someone's cover"
    assert sorted(p.name for p in folder.iterdir()) == ["01-cover.png"]  # nothing written


def test_a_changed_image_of_ours_is_neither_overwritten_nor_removed(folder: Path) -> None:
    _publish(folder, {"01-cover.png": b"c", "02-figures.png": b"f", "03-end.png": b"e"})
    (folder / "01-cover.png").write_bytes(b"retouched by hand")
    (folder / "03-end.png").write_bytes(b"edited too")
    with pytest.raises(OutputRefused, match=r"01-cover\.png"):
        _publish(folder, {"01-cover.png": b"c2", "02-figures.png": b"f2"})
    assert (folder / "01-cover.png").read_bytes() == b"retouched by hand"
    assert (folder / "02-figures.png").read_bytes() == b"f"
    (folder / "01-cover.png").unlink()  # the user moves it away; the export may go on
    _publish(folder, {"01-cover.png": b"c2", "02-figures.png": b"f2"})
    assert (folder / "03-end.png").read_bytes() == b"edited too"  # stale but changed: kept
    assert (folder / "02-figures.png").read_bytes() == b"f2"
    manifest = json.loads((folder / MANIFEST).read_bytes())
    assert sorted(manifest["files"]) == ["01-cover.png", "02-figures.png"]


def test_a_foreign_manifest_name_is_not_overwritten(folder: Path) -> None:
    (folder / MANIFEST).write_text("my notes", encoding="utf-8")
    with pytest.raises(OutputRefused, match=MANIFEST):
        _publish(folder, {"01-cover.png": b"c"})
    assert (folder / MANIFEST).read_text(encoding="utf-8") == "my notes"


def test_a_manifest_cannot_reach_outside_the_folder_or_beyond_images(
    folder: Path, tmp_path: Path
) -> None:
    (tmp_path / "secret.png").write_bytes(b"s")
    (folder / "notes.txt").write_bytes(b"n")
    digest_s = files.file_digest(tmp_path / "secret.png")
    digest_n = files.file_digest(folder / "notes.txt")
    data = {
        "app": "briefing-app",
        "format": 1,
        "files": {"../secret.png": [digest_s], "notes.txt": [digest_n]},
    }
    (folder / MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    _publish(folder, {"01-cover.png": b"c"})
    assert (tmp_path / "secret.png").exists() and (folder / "notes.txt").exists()


def test_an_export_killed_half_way_is_still_recognised(folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _publish(folder, {"01-cover.png": b"c", "02-figures.png": b"f"})
    real = files.write_atomically
    calls: list[Path] = []

    def die_on_second_image(target: Path, content: files.Content) -> None:
        if target.suffix == ".png":
            calls.append(target)
            if len(calls) == 2:
                raise KeyboardInterrupt  # stands for the process being killed here
        real(target, content)

    monkeypatch.setattr("briefing_app.export.image_folder.write_atomically", die_on_second_image)
    with pytest.raises(KeyboardInterrupt):
        _publish(folder, {"01-cover.png": b"c2", "02-figures.png": b"f2"})
    assert (folder / "01-cover.png").read_bytes() == b"c2"
    assert (folder / "02-figures.png").read_bytes() == b"f"
    monkeypatch.setattr("briefing_app.export.image_folder.write_atomically", real)
    _publish(folder, {"01-cover.png": b"c3", "02-figures.png": b"f3"})  # both still ours
    assert (folder / "02-figures.png").read_bytes() == b"f3"
