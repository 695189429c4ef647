"""Content tests read check messages in English, whatever a GUI test set before them."""

from __future__ import annotations

import pytest

from briefing_app.content import messages


@pytest.fixture(autouse=True)
def _english_messages() -> None:
    # The GUI sets the message language with its interface language (process-wide), so a
    # Qt test run earlier in the same session may have left Chinese.
    messages.set_language("en")
