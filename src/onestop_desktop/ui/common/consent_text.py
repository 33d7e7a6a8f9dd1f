"""How consents and referrals read on screen: their labels (contexts "Consent" and "Referral") and the
exact sentence of each consent blocker, with its parameters translated before they are put in."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.consent import (
    CONSENT_KIND_LABELS,
    CONSENT_METHOD_LABELS,
    DATA_ITEM_LABELS,
    ConsentKind,
    ConsentMethod,
    DataItem,
)
from ...domain.consent_rules import Blocker
from ...domain.referrals import REFERRAL_STATUS_LABELS, URGENCY_LABELS, ReferralStatus, Urgency


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def kind_text(kind: ConsentKind) -> str:
    return _tr("Consent", CONSENT_KIND_LABELS[kind])


def method_text(method: ConsentMethod) -> str:
    return _tr("Consent", CONSENT_METHOD_LABELS[method])


def item_text(item: DataItem) -> str:
    return _tr("Consent", DATA_ITEM_LABELS[item])


def items_text(items: Iterable[DataItem]) -> str:
    """The items in the checklist's order (the order of `DataItem`)."""
    chosen = set(items)
    return ", ".join(item_text(i) for i in DataItem if i in chosen)


def status_text(status: ReferralStatus) -> str:
    return _tr("Referral", REFERRAL_STATUS_LABELS[status])


def urgency_text(urgency: Urgency) -> str:
    return _tr("Referral", URGENCY_LABELS[urgency])


def blocker_text(blocker: Blocker) -> str:
    """The blocker's message in the current language, naming the agency, the items and the consent."""
    params = dict(blocker.params)
    if blocker.items:
        params["items"] = items_text(blocker.items)
    if "kind" in params:
        with suppress(ValueError):
            params["kind"] = kind_text(ConsentKind(params["kind"]))
    template = _tr("Consent", blocker.message)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def blockers_text(blockers: Iterable[Blocker]) -> str:
    return "\n".join(f"• {blocker_text(b)}" for b in blockers)


def overdue_days(due: date | None, today: date) -> int:
    """Days past the reply deadline (0 when not overdue)."""
    return max((today - due).days, 0) if due is not None else 0
