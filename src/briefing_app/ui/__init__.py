"""Qt views of the model: windows, presenter console, panels, charts, theme."""
