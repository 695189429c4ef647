"""The model: a briefing as immutable, Qt-free data, and the presentation state."""
