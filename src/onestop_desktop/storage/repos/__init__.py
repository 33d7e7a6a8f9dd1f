"""One module per aggregate; functions take a connection (reads) or a WriteTx (writes)."""

from . import case_items, case_list, cases, clients, devices, history, settings, stats, users

__all__ = ["case_items", "case_list", "cases", "clients", "devices", "history", "settings", "stats", "users"]
