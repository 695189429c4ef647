"""The registry has a widget for every panel kind and refuses a kind it lacks."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import dataclasses

import pytest
from panel_samples import kinds_covered

from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import PanelKind
from briefing_app.ui.panels import PANEL_WIDGETS, PanelWidget, create_panel_widget
from briefing_app.ui.theme import LIGHT


def test_registry_covers_every_panel_kind() -> None:
    assert set(PANEL_WIDGETS) == set(PanelKind)
    for kind, cls in PANEL_WIDGETS.items():
        assert issubclass(cls, PanelWidget)
        assert cls.kind is kind


def test_sample_briefing_has_every_kind(sample: Briefing) -> None:
    assert kinds_covered(sample) == set(PanelKind)


def test_unknown_kind_raises(sample: Briefing) -> None:
    panel = dataclasses.replace(sample.panels[0], kind="hologram")  # type: ignore[arg-type]
    with pytest.raises(KeyError, match="hologram"):
        create_panel_widget(panel, sample, LIGHT)


def test_the_deck_and_the_live_panels_cover_the_same_kinds() -> None:
    from briefing_app.export.pptx.slides import SLIDE_BUILDERS

    assert set(SLIDE_BUILDERS) == set(PANEL_WIDGETS) == set(PanelKind)
