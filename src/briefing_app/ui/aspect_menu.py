"""View ▸ 画面比例: automatic (the audience screen's shape), 16:9 or 4:3, remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from briefing_app.model.canvas import CANVASES, WIDE
from briefing_app.ui.i18n import tr

if TYPE_CHECKING:
    from briefing_app.ui.controller import AppController
    from briefing_app.ui.stage import Stage

#: The choices, in menu order: the setting's value and the menu text's key.
CHOICES = (
    ("auto", "menu.aspect_auto"),
    ("16:9", "menu.aspect_wide"),
    ("4:3", "menu.aspect_standard"),
)


def add_aspect_menu(view: QMenu, controller: AppController, stage: Stage) -> QActionGroup:
    """Add the 画面比例 submenu to `view`; return its exclusive group of actions.

    A choice is saved in the settings, applied to a running show's audience window (and so
    to the console's previews) and to the main window's `stage`: a forced 4:3 is what the
    author sees while preparing; automatic keeps 16:9 there, since the room's screen is not
    known before the show.
    """
    menu = view.addMenu(tr("menu.aspect"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = controller.settings.aspect()
    for value, key in CHOICES:
        action = QAction(tr(key), menu)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        action.triggered.connect(lambda _=False, v=value: choose_aspect(controller, stage, v))
        group.addAction(action)
        menu.addAction(action)
    stage.set_canvas(CANVASES.get(current, WIDE))
    return group


def choose_aspect(controller: AppController, stage: Stage, aspect: str) -> None:
    """Remember `aspect` ("auto", "16:9", "4:3") and lay the open windows out by it."""
    controller.settings.set_aspect(aspect)
    stage.set_canvas(CANVASES.get(aspect, WIDE))
    audience = controller.audience
    if audience is not None:
        audience.set_aspect(aspect)
