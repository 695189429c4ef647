"""Content: load a briefing folder (YAML + source text) into the model, with checks."""

from briefing_app.content.loader import CheckResult, check_briefing, load_briefing
from briefing_app.content.problems import BriefingError, Problem

__all__ = ["BriefingError", "CheckResult", "Problem", "check_briefing", "load_briefing"]
