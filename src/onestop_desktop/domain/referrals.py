"""Referrals (연계) to and from partner agencies, and the agencies themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .consent import DataItem
from .taxonomy import ServiceDomain
from .text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Agency:
    """A partner agency: directory data an administrator keeps current (names change: 성평등가족부, 공소청)."""

    id: str
    name: str
    department: str
    domains: frozenset[ServiceDomain]
    phone: str
    fax: str
    email: str
    address: str
    contact_person: str
    notes: str
    last_verified: date | None
    active: bool


class Urgency(StrEnum):
    NORMAL = "normal"  # 일반
    URGENT = "urgent"  # 긴급
    IMMEDIATE = "immediate"  # 즉시


URGENCY_LABELS: dict[Urgency, str] = {
    Urgency.NORMAL: QT_TRANSLATE_NOOP("Referral", "Normal"),
    Urgency.URGENT: QT_TRANSLATE_NOOP("Referral", "Urgent"),
    Urgency.IMMEDIATE: QT_TRANSLATE_NOOP("Referral", "Immediate"),
}


class ReferralStatus(StrEnum):
    DRAFT = "draft"  # 작성중
    SENT = "sent"  # 발송
    RECEIVED = "received"  # 접수
    IN_SUPPORT = "in_support"  # 지원중
    COMPLETED = "completed"  # 완료
    REJECTED = "rejected"  # 반려
    CANCELLED = "cancelled"  # 취소


REFERRAL_STATUS_LABELS: dict[ReferralStatus, str] = {
    ReferralStatus.DRAFT: QT_TRANSLATE_NOOP("Referral", "Draft"),
    ReferralStatus.SENT: QT_TRANSLATE_NOOP("Referral", "Sent"),
    ReferralStatus.RECEIVED: QT_TRANSLATE_NOOP("Referral", "Received by the agency"),
    ReferralStatus.IN_SUPPORT: QT_TRANSLATE_NOOP("Referral", "Support in progress"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("Referral", "Completed"),
    ReferralStatus.REJECTED: QT_TRANSLATE_NOOP("Referral", "Returned"),
    ReferralStatus.CANCELLED: QT_TRANSLATE_NOOP("Referral", "Cancelled"),
}

REFERRAL_TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.DRAFT: frozenset({ReferralStatus.SENT, ReferralStatus.CANCELLED}),
    ReferralStatus.SENT: frozenset({ReferralStatus.RECEIVED, ReferralStatus.REJECTED, ReferralStatus.CANCELLED}),
    ReferralStatus.RECEIVED: frozenset({ReferralStatus.IN_SUPPORT, ReferralStatus.REJECTED, ReferralStatus.COMPLETED}),
    ReferralStatus.IN_SUPPORT: frozenset({ReferralStatus.COMPLETED, ReferralStatus.CANCELLED}),
    ReferralStatus.COMPLETED: frozenset(),
    ReferralStatus.REJECTED: frozenset({ReferralStatus.DRAFT}),  # corrected and sent again
    ReferralStatus.CANCELLED: frozenset(),
}
AWAITING_REPLY = frozenset({ReferralStatus.SENT})


class Direction(StrEnum):
    OUTGOING = "outgoing"  # we refer the client to the agency
    INCOMING = "incoming"  # the agency referred the client to us


@dataclass(frozen=True)
class ReferralEvent:
    status: ReferralStatus
    on: date
    note: str
    by_name: str


@dataclass(frozen=True)
class Referral:
    id: str
    number: str  # 문서번호, e.g. D1-연계-2026-00012
    case_id: str
    agency_id: str
    direction: Direction
    domain: ServiceDomain
    requested_services: str
    reason: str
    urgency: Urgency
    reply_due: date | None
    contact_person: str
    items: frozenset[DataItem]
    include_rrn: bool
    rrn_legal_basis: str | None
    status: ReferralStatus
    created_on: date
    created_by: str
    events: tuple[ReferralEvent, ...]
    updated_at: str


@dataclass(frozen=True)
class OverdueReply:
    """A sent referral whose reply deadline has passed, as 내 할 일 lists it (read-only)."""

    referral_id: str
    case_id: str
    number: str  # 문서번호 (the tooltip shows it; the row shows the client)
    agency_name: str
    client_display_name: str  # the alias if set, else the name — as the case list shows it
    reply_due: date


def can_move(current: ReferralStatus, target: ReferralStatus) -> bool:
    return target in REFERRAL_TRANSITIONS[current]


class DispatchMeans(StrEnum):
    """How a printed referral went out (발송 방법)."""

    POST = "post"  # 우편
    FAX = "fax"  # 팩스
    HAND = "hand"  # 직접 전달
    ELECTRONIC = "electronic"  # 전자문서


DISPATCH_MEANS_LABELS: dict[DispatchMeans, str] = {
    DispatchMeans.POST: QT_TRANSLATE_NOOP("Referral", "Post"),
    DispatchMeans.FAX: QT_TRANSLATE_NOOP("Referral", "Fax"),
    DispatchMeans.HAND: QT_TRANSLATE_NOOP("Referral", "Handed over"),
    DispatchMeans.ELECTRONIC: QT_TRANSLATE_NOOP("Referral", "Electronic document"),
}
# What people type for each means (the Korean words staff use, and the codes).
DISPATCH_MEANS_WORDS: dict[str, DispatchMeans] = {
    **{means.value: means for means in DispatchMeans},
    "우편": DispatchMeans.POST,
    "팩스": DispatchMeans.FAX,
    "직접": DispatchMeans.HAND,
    "직접전달": DispatchMeans.HAND,
    "전자문서": DispatchMeans.ELECTRONIC,
}


def parse_dispatch_means(text: str) -> DispatchMeans | None:
    """A means as typed (우편, 팩스, 직접, 직접 전달, 전자문서, or post/fax/hand/electronic); None if unknown."""
    return DISPATCH_MEANS_WORDS.get(text.strip().replace(" ", "").casefold())


@dataclass(frozen=True)
class ReferralLine:
    """One referral as a list shows it: by its visible number, never by the client's name."""

    id: str
    number: str
    status: ReferralStatus
    agency_name: str
    case_number: str
    created_on: date
    dispatched_via: DispatchMeans | None
