"""Check that every chart series names a colour token the model's palette knows."""

from __future__ import annotations

from briefing_app.content.decode import Decoder
from briefing_app.content.messages import Message, msg
from briefing_app.model.briefing import Briefing
from briefing_app.model.colors import COLOUR_TOKENS, is_known
from briefing_app.model.panels import panel_charts


def unknown_colour_message(token: str) -> Message:
    """Return the one-line problem for an unknown colour name (its words: the catalog)."""
    return msg("chart.unknown_colour", token=token, allowed=tuple(COLOUR_TOKENS))


def check_colours(briefing: Briefing, dec: Decoder) -> None:
    """Report each `series[i].color` that is not a colour token, at its line and column."""
    for s, section in enumerate(briefing.sections):
        for p, panel in enumerate(section.panels):
            for chart in panel_charts(panel):
                for i, series in enumerate(chart.series):
                    if not is_known(series.color):
                        where = f"sections[{s}].panels[{p}].chart.series[{i}].color"
                        dec.problem_at(where, unknown_colour_message(series.color))
