"""Each kind draws exactly the spec's values, read back from the graphics items."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from chart_specs import SPECS, builtin_charts, expected_at

from briefing_app.model.chart import ChartKind
from briefing_app.paths import default_briefing


def assert_drawn(drawn: dict[str, list[float]], expected: dict[str, list[float]]) -> None:
    assert drawn.keys() == expected.keys()
    for name, values in expected.items():
        assert drawn[name] == pytest.approx(values, rel=1e-9, abs=1e-9), name


@pytest.mark.parametrize("kind", list(ChartKind), ids=lambda k: k.value)
def test_final_state_draws_the_spec_values(make_view, kind: ChartKind) -> None:  # type: ignore[no-untyped-def]
    view = make_view(SPECS[kind])
    assert_drawn(view.drawn_values(), expected_at(SPECS[kind], 1.0))


@pytest.mark.parametrize("kind", list(ChartKind), ids=lambda k: k.value)
def test_half_way_draws_intermediate_values(make_view, kind: ChartKind) -> None:  # type: ignore[no-untyped-def]
    view = make_view(SPECS[kind])
    view.set_progress(0.5)
    assert_drawn(view.drawn_values(), expected_at(SPECS[kind], 0.5))
    view.set_progress(0.0)
    assert_drawn(view.drawn_values(), expected_at(SPECS[kind], 0.0))


@pytest.mark.parametrize("kind", list(ChartKind), ids=lambda k: k.value)
def test_animation_ends_on_the_exact_values(qtbot, make_view, kind: ChartKind) -> None:  # type: ignore[no-untyped-def]
    view = make_view(SPECS[kind])
    view.play(True)
    assert view.is_playing
    qtbot.waitUntil(lambda: not view.is_playing, timeout=10_000)
    assert view.progress == 1.0
    assert_drawn(view.drawn_values(), expected_at(SPECS[kind], 1.0))


def test_animation_passes_through_intermediate_frames_and_replays(qtbot, make_view) -> None:  # type: ignore[no-untyped-def]
    spec = SPECS[ChartKind.BAR]
    view = make_view(spec)
    seen: list[float] = []
    draw = view.renderer.set_progress

    def spy(t: float) -> None:
        seen.append(t)
        draw(t)

    view.renderer.set_progress = spy
    view.play(True)
    qtbot.waitUntil(lambda: not view.is_playing, timeout=10_000)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert any(0.0 < t < 1.0 for t in seen)
    assert seen == sorted(seen)  # easing out never goes back
    seen.clear()
    view.play(True)  # replays from the start
    assert seen and set(seen) == {0.0}
    view.play(False)  # and jumps to the end
    assert not view.is_playing
    assert_drawn(view.drawn_values(), expected_at(spec, 1.0))


def test_animation_is_at_most_800_ms() -> None:
    from briefing_app.ui.charts import view

    assert 0 < view.ANIMATION_MS <= 800


def test_built_in_briefing_has_charts(builtin) -> None:  # type: ignore[no-untyped-def]
    assert builtin_charts(builtin), f"no chart panels in {default_briefing()}"


def test_built_in_charts_draw_their_values(make_view, builtin) -> None:  # type: ignore[no-untyped-def]
    for panel_id, spec in builtin_charts(builtin):
        view = make_view(spec)
        assert_drawn(view.drawn_values(), expected_at(spec, 1.0)), panel_id
        view.set_progress(0.5)
        assert_drawn(view.drawn_values(), expected_at(spec, 0.5)), panel_id


@pytest.mark.parametrize("kind", list(ChartKind), ids=lambda k: k.value)
def test_frames_leave_no_python_objects_behind(make_view, kind: ChartKind) -> None:  # type: ignore[no-untyped-def]
    import gc
    import sys

    view = make_view(SPECS[kind])

    def frames(n: int) -> None:
        for i in range(n):
            view.set_progress((i % 25) / 24)
        view.finish()

    frames(50)
    gc.collect()
    objects, nones = len(gc.get_objects()), sys.getrefcount(None)
    frames(500)
    gc.collect()
    assert len(gc.get_objects()) - objects < 20
    assert sys.getrefcount(None) >= nones - 20
