"""Dialogs opened from the main window. Each one is non-blocking (`open()`), so the idle lock can
hide it and bring it back."""
