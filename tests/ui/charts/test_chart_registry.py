"""The registry covers every ChartKind; unknown kinds raise; the package skips pyqtgraph."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import subprocess
import sys

import pytest
from chart_specs import ROOT, SPECS

from briefing_app.model.chart import ChartKind
from briefing_app.ui.charts import RENDERERS, ChartKindError, create_chart_view, renderer_for
from briefing_app.ui.theme import LIGHT


def test_registry_covers_exactly_every_kind() -> None:
    assert set(RENDERERS) == set(ChartKind)
    for kind, renderer in RENDERERS.items():
        assert renderer.kind is kind


def test_test_specs_cover_every_kind() -> None:
    assert set(SPECS) == set(ChartKind)


def test_unknown_kind_raises_a_key_error(builtin) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ChartKindError):
        renderer_for("pie")
    spec = SPECS[ChartKind.BAR]
    fake = type(spec)(**{**spec.__dict__, "kind": "pie"})  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        create_chart_view(fake, builtin, LIGHT)


def test_importing_the_package_does_not_import_pyqtgraph() -> None:
    code = (
        "import sys, briefing_app.ui.charts as c; "
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph imported'; "
        "c.RENDERERS; assert 'pyqtgraph' in sys.modules"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
