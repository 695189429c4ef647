"""Tests of packaging/make_words.py: the committed word list is what the script makes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_word_list_is_regenerated_byte_for_byte(tmp_path: Path) -> None:
    pytest.importorskip("jieba")
    spec = importlib.util.spec_from_file_location(
        "make_words", ROOT / "packaging" / "make_words.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--out-dir", str(tmp_path)]) == 0
    for name in ("words.txt", "words.index", "LICENSE-jieba.txt"):
        assert (tmp_path / name).read_bytes() == (ROOT / "resources" / "words" / name).read_bytes()
