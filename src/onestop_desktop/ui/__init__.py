"""The Qt user interface. It reaches data only through `onestop_desktop.services`."""
