"""One module per aggregate; functions take a connection (reads) or a WriteTx (writes)."""

from . import (
    agencies,
    appointments,
    case_items,
    case_list,
    cases,
    clients,
    consents,
    devices,
    feedback,
    figures,
    history,
    programs,
    referrals,
    settings,
    stats,
    users,
)

__all__ = [
    "agencies",
    "appointments",
    "case_items",
    "case_list",
    "cases",
    "clients",
    "consents",
    "devices",
    "feedback",
    "figures",
    "history",
    "programs",
    "referrals",
    "settings",
    "stats",
    "users",
]
