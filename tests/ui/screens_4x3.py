"""4:3 scenarios, each run by `test_window_4x3.py` in a fresh process with fake screens
(see two_screens.py: the offscreen platform reads its screens before the app exists)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QRect
from PySide6.QtGui import QAction
from tests.ui.two_screens import check_notes_stay_private, start
from tests.ui.window_harness import build_controller, close_controller, flush, wait_until

from briefing_app.model.panels import BulletsPanel
from briefing_app.model.typescale import Role
from briefing_app.ui.controller import AppController
from briefing_app.ui.panels.parts import Text
from briefing_app.ui.settings import Settings


def _body_px(c: AppController) -> int:
    """Return the smallest body text on the audience screen, in device px."""
    assert c.audience is not None
    widget = c.audience.stage.panel_widget
    assert widget is not None
    texts = [t for t in widget.findChildren(Text) if t.role is Role.BODY and t.isVisibleTo(widget)]
    assert texts
    return min(t.font().pixelSize() for t in texts)


def _go_to_bullets(c: AppController) -> None:
    index = next(i for i, p in enumerate(c.briefing.panels) if isinstance(p, BulletsPanel))
    c.state.go_to(index)
    flush()


def _choose(c: AppController, aspect: str) -> None:
    action = next(a for a in c.main.aspect_actions.actions() if a.data() == aspect)
    assert isinstance(action, QAction)
    action.trigger()
    flush()


def projector_4x3() -> None:
    """A 1024x768 projector gets the 4:3 canvas, full screen, body text >= 20 px; the
    console's previews follow; View ▸ 画面比例 forces 16:9 (letterboxed, ~15 px) and back."""
    c = build_controller()
    assert c.main.stage.canvas.aspect == "16:9"  # automatic: the desk keeps 16:9
    start(c)
    assert c.audience is not None and c.console is not None
    _go_to_bullets(c)
    assert c.audience.canvas.aspect == "4:3"
    widget = c.audience.stage.panel_widget
    assert widget is not None
    wait_until(lambda: widget.geometry() == QRect(0, 0, 1024, 768))
    assert _body_px(c) >= 20
    assert c.console.current.canvas.aspect == "4:3" and c.console.next.canvas.aspect == "4:3"
    check_notes_stay_private(c)

    _choose(c, "16:9")
    assert Settings().aspect() == "16:9"
    assert c.audience.canvas.aspect == "16:9" and c.console.current.canvas.aspect == "16:9"
    assert c.main.stage.canvas.aspect == "16:9"
    assert _body_px(c) < 20  # why 4:3 exists: the letterboxed 16:9 sets it at ~15 px
    _choose(c, "4:3")
    assert c.main.stage.canvas.aspect == "4:3"  # forced: the author sees it while preparing
    assert c.audience.canvas.aspect == "4:3" and c.console.next.canvas.aspect == "4:3"
    assert _body_px(c) >= 20
    _choose(c, "auto")
    assert c.audience.canvas.aspect == "4:3" and c.main.stage.canvas.aspect == "16:9"
    close_controller(c)


def wide_projector_forced_4x3() -> None:
    """The remembered choice 4:3 on a 1920x1080 projector: the 4:3 canvas, pillarboxed."""
    Settings().set_aspect("4:3")
    c = build_controller()
    assert c.main.stage.canvas.aspect == "4:3"
    start(c)
    assert c.audience is not None
    widget = c.audience.stage.panel_widget
    assert widget is not None
    wait_until(lambda: widget.geometry() == QRect(240, 0, 1440, 1080))
    close_controller(c)


SCENARIOS = {f.__name__: f for f in (projector_4x3, wide_projector_forced_4x3)}

if __name__ == "__main__":
    SCENARIOS[sys.argv[1]]()
    print("ok")
