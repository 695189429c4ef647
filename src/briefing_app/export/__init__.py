"""Exports that need no Qt: the PowerPoint deck (the only package importing python-pptx)."""
