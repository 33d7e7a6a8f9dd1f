"""Sync screens: the status-bar widget, running a sync off the GUI thread, conflicts and devices."""
