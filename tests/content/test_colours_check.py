"""check rejects a chart colour that is not one of the model's colour tokens."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINIMAL, write_briefing

from briefing_app.content import check_briefing
from briefing_app.model.colors import COLOUR_TOKENS

SERIES_UNIT = "              unit: 个\n"


def _with_colour(colour: str) -> str:
    assert SERIES_UNIT in MINIMAL
    return MINIMAL.replace(SERIES_UNIT, SERIES_UNIT + f"              color: {colour}\n")


def test_unknown_colour_is_one_line_at_the_series_colour(tmp_path: Path) -> None:
    text = _with_colour("gold")
    result = check_briefing(write_briefing(tmp_path / "b", text))
    assert not result.ok
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "color: gold" in row)
    problems = [str(p) for p in result.problems]
    assert len(problems) == 1, problems
    problem = problems[0]
    assert f"briefing.yaml:{line}:22:" in problem, problem
    assert "sections[" in problem and "chart.series[0].color" in problem
    assert "'gold'" in problem and "primary, accent" in problem
    assert "\n" not in problem


def test_every_palette_token_passes(tmp_path: Path) -> None:
    for token in COLOUR_TOKENS:
        result = check_briefing(write_briefing(tmp_path / token, _with_colour(token)))
        assert result.ok, (token, [str(p) for p in result.problems])
