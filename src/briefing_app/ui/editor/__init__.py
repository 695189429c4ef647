"""Edit mode: the inspector, undo, the navigator's reorder and hide, the live check, recovery."""
