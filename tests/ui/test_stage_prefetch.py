"""The stage builds the neighbouring panels once a change has settled, so the next is ready."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from tests.ui.window_harness import wait_until

from briefing_app.content import load_briefing
from briefing_app.paths import default_briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.stage import TRANSITION_MS, Stage
from briefing_app.ui.theme import LIGHT


def test_neighbours_are_built_after_the_transition(qtbot) -> None:  # type: ignore[no-untyped-def]
    ensure_application()
    briefing = load_briefing(default_briefing())
    stage = Stage(briefing, LIGHT, animated=True)
    qtbot.addWidget(stage)
    stage.resize(960, 540)
    stage.show()
    stage.show_panel(5, animate=False)
    # Nothing competes with the transition: the neighbours wait for a timer that outlasts it
    # (checked before the event loop runs, so a slow machine cannot make it race).
    assert set(stage._widgets) == {5}
    assert stage._prefetch.isActive() and stage._prefetch.interval() > TRANSITION_MS
    wait_until(lambda: {4, 5, 6} <= set(stage._widgets), 10_000)
    # Ready to show: laid out at the stage's scale, hidden until its turn.
    ready = stage._widgets[6]
    assert not ready.isVisible()
    assert ready.geometry() == stage._widgets[5].geometry()
    stage.show_panel(6)
    assert stage.panel_widget is ready
