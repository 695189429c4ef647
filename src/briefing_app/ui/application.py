"""The one QApplication, created on first use with the bundled fonts registered."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from briefing_app.paths import resources_dir
from briefing_app.ui.fonts import register_fonts


def ensure_application() -> QApplication:
    """Return the QApplication, creating it (and registering the bundled fonts) on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("briefing-app")
        app.setOrganizationName("briefing-app")
        icon = resources_dir() / "icons" / "briefing-app.png"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    assert isinstance(app, QApplication)
    register_fonts()
    return app
