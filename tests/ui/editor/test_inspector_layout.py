"""The inspector at its narrowest (the dock's minimum width): every panel's form of every
briefing fits without a horizontal scroll bar, so no field or its buttons are cut off."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from tests.conftest import BUILTIN, ROOT

from briefing_app.content import check_briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.editor.inspector import Inspector

BRIEFINGS = [BUILTIN, *(ROOT / "tests" / "data" / n for n in ("pptx-all-kinds", "qingshan-2024"))]


@pytest.mark.parametrize("folder", BRIEFINGS, ids=lambda p: p.name)
def test_every_form_fits_the_narrowest_dock(folder: Path) -> None:
    ensure_application()
    result = check_briefing(folder)
    assert result.briefing is not None
    briefing = result.briefing
    inspector = Inspector()
    inspector.resize(inspector.minimumWidth(), 700)
    inspector.show()
    try:
        for panel in briefing.panels:
            inspector.show_panel(briefing, panel.id)
            for more in inspector.findChildren(QPushButton):  # the folded fields too
                if more.objectName().startswith("more:"):
                    more.click()
                    break
            QApplication.processEvents()
            page = inspector.widget()
            assert page.minimumSizeHint().width() <= inspector.viewport().width(), panel.id
            assert not inspector.horizontalScrollBar().isVisible(), panel.id
    finally:
        inspector.close()
        inspector.deleteLater()
