"""briefing-app: present a data-heavy briefing live and export it as an editable deck."""

__version__ = "0.1.0"
