"""Templates: layouts found by English or Chinese name; unusable templates give DeckError."""

from __future__ import annotations

import os
import threading
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from briefing_app.export.pptx.deck import DeckError, export_deck
from briefing_app.export.pptx.template import (
    LAYOUT_ALIASES,
    LAYOUT_FALLBACKS,
    find_layout,
    open_template,
)
from briefing_app.model.briefing import Briefing
from briefing_app.paths import default_template


def _renamed_template(tmp_path: Path, names: dict[str, str]) -> Path:
    prs = Presentation(str(default_template()))
    for layout in prs.slide_layouts:
        if layout.name in names:
            layout._element.cSld.set("name", names[layout.name])
    path = tmp_path / "renamed.pptx"
    prs.save(str(path))
    return path


def test_chinese_layout_names_of_zh_cn_powerpoint_and_wps(
    all_kinds: Briefing, tmp_path: Path
) -> None:
    chinese = {english: aliases[0] for english, aliases in LAYOUT_ALIASES.items()}
    template = _renamed_template(tmp_path, chinese)
    names = [layout.name for layout in Presentation(str(template)).slide_layouts]
    assert "标题幻灯片" in names and "Title Slide" not in names
    out = export_deck(all_kinds, tmp_path / "deck.pptx", template)
    deck = Presentation(str(out))
    assert len(deck.slides) == len(all_kinds.panels)
    assert deck.slides[0].slide_layout.name == "标题幻灯片"


def test_missing_layout_names_the_layout_and_the_template(
    all_kinds: Briefing, tmp_path: Path
) -> None:
    # A layout is missing only when none of its fallbacks is there either.
    gone = {name: f"Something Else {i}" for i, name in enumerate(LAYOUT_FALLBACKS["Title Only"])}
    template = _renamed_template(tmp_path, {"Title Only": "Something Else", **gone})
    out = tmp_path / "deck.pptx"
    with pytest.raises(DeckError) as err:
        export_deck(all_kinds, out, template)
    message = str(err.value)
    named = [(n, LAYOUT_ALIASES[n][0]) for n in ("Title Only", "Title and Content")]
    assert any(f"'{n}'" in message and alias in message for n, alias in named), message
    assert str(template) in message
    assert not out.exists()


def test_a_missing_layout_falls_back_to_the_nearest_one(
    all_kinds: Briefing, tmp_path: Path
) -> None:
    template = _renamed_template(tmp_path, {"Title Only": "Something Else"})
    deck = Presentation(str(export_deck(all_kinds, tmp_path / "deck.pptx", template)))
    assert len(deck.slides) == len(all_kinds.panels)
    used = {slide.slide_layout.name for slide in deck.slides}
    assert "Title and Content" in used and "Something Else" not in used


def test_a_missing_file_is_a_deck_error(tmp_path: Path) -> None:
    with pytest.raises(DeckError, match="not found"):
        open_template(tmp_path / "nope.pptx")


def test_a_folder_is_a_deck_error(tmp_path: Path) -> None:
    with pytest.raises(DeckError, match="is a folder"):
        open_template(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_a_device_is_a_deck_error_not_a_hang(tmp_path: Path, kind: str) -> None:
    path = Path("/dev/zero")
    if kind == "fifo":
        path = tmp_path / "template.pptx"
        os.mkfifo(path)
    errors: list[DeckError] = []

    def open_it() -> None:
        try:
            open_template(path)
        except DeckError as exc:
            errors.append(exc)

    worker = threading.Thread(target=open_it, daemon=True)  # a hang must fail, not stall
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), f"opening {path} as a template blocks"
    assert len(errors) == 1 and "a device or a pipe" in str(errors[0])


def test_a_text_file_is_a_deck_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.pptx"
    path.write_text("这不是演示文稿", encoding="utf-8")
    with pytest.raises(DeckError, match=r"not a PowerPoint file \(\.pptx\)"):
        open_template(path)


def test_a_word_document_is_a_deck_error(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package'
            '/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package'
            '.relationships+xml"/><Override PartName="/word/document.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main'
            '+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://'
            'schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
        )
    with pytest.raises(DeckError, match="not a PowerPoint presentation") as err:
        open_template(path)
    assert "wordprocessingml" in str(err.value)


def test_find_layout_by_english_name() -> None:
    prs = open_template(default_template())
    assert find_layout(prs, "Title and Content", "t").name == "Title and Content"
    with pytest.raises(DeckError):
        find_layout(prs, "No Such Layout", "t")


def test_cli_reports_a_bad_template_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing_app.cli import main

    bad = tmp_path / "bad.pptx"
    bad.write_text("x", encoding="utf-8")
    status = main(
        [
            "export",
            "--format",
            "pptx",
            "--template",
            str(bad),
            "--out",
            str(tmp_path / "deck.pptx"),
            str(Path(__file__).parents[1] / "data" / "pptx-all-kinds"),
        ]
    )
    assert status == 1
    err = capsys.readouterr().err
    assert "not a PowerPoint file" in err and "Traceback" not in err
