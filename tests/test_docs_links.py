"""The user guides' links and screenshots exist; the staff guide covers what staff need."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import ROOT

GUIDES = [ROOT / "README.md", ROOT / "docs" / "presenting.md", ROOT / "docs" / "使用指南.md"]
LINK = re.compile(r"\]\(([^)#\s]+)\)")


@pytest.mark.parametrize("doc", GUIDES, ids=lambda p: p.name)
def test_every_relative_link_and_image_exists(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    targets = [t for t in LINK.findall(text) if "://" not in t]
    assert targets
    missing = [t for t in targets if not (doc.parent / t).exists()]
    assert not missing, f"{doc.name} links to missing files: {missing}"


def test_the_staff_guide_covers_opening_presenting_exporting_and_trouble() -> None:
    guide = (ROOT / "docs" / "使用指南.md").read_text(encoding="utf-8")
    for heading in ("## 1. 打开简报", "## 2. 接投影仪放映", "## 3. 导出", "## 4. 出了问题怎么办"):
        assert heading in guide
    for must in ("Win+P", "扩展", "Alt+F5", "从报告生成", "复制内置简报", "排练计时"):
        assert must in guide
    assert guide.count("](screenshots/") >= 4
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/使用指南.md" in readme and "docs/screenshots/presenter-one-screen.png" in readme
