"""Fixtures for the deck tests: the built-in and the all-kinds briefings, exported once each."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.content import load_briefing
from briefing_app.export.pptx.deck import export_deck
from briefing_app.model.briefing import Briefing
from briefing_app.paths import default_briefing, default_template

ALL_KINDS = Path(__file__).resolve().parents[1] / "data" / "pptx-all-kinds"


@pytest.fixture(scope="session", params=["builtin", "all_kinds"])
def exported(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Briefing, Path]:
    """Return (briefing, deck path) for the built-in briefing and the all-kinds one."""
    return _export(request.param, tmp_path_factory)


@pytest.fixture(scope="session")
def builtin(tmp_path_factory: pytest.TempPathFactory) -> tuple[Briefing, Path]:
    """Return (briefing, deck path) of the built-in briefing (the same export as `exported`)."""
    return _export("builtin", tmp_path_factory)


_EXPORTS: dict[str, tuple[Briefing, Path]] = {}


def _export(name: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Briefing, Path]:
    if name not in _EXPORTS:
        briefing = load_briefing(default_briefing() if name == "builtin" else ALL_KINDS)
        out = tmp_path_factory.mktemp(f"deck-{name}") / "deck.pptx"
        export_deck(briefing, out, default_template())
        _EXPORTS[name] = briefing, out
    return _EXPORTS[name]


@pytest.fixture(scope="session")
def all_kinds() -> Briefing:
    return load_briefing(ALL_KINDS)
