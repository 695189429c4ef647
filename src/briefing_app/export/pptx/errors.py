"""The one error the deck export raises for anything the user can fix (template, layouts)."""

from __future__ import annotations


class DeckError(Exception):
    """A deck cannot be made: the template is missing, unreadable or lacks a layout."""
