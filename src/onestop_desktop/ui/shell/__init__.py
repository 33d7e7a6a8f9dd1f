"""The main window's parts: the sessions it holds, its menus and status bar, locking and logging out, the
kiosk it hosts, the sync windows, closing. `ui/main_window.py` composes them."""
