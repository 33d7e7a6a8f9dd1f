"""Consent gating: may this referral carry these items to this agency, today?

A pure function of the client's consent records, so the rule can be tested for any input
(hypothesis) and is applied identically when a referral is sent, printed or exported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .consent import SENSITIVE_ITEMS, UNIQUE_ID_ITEMS, Consent, ConsentKind, ConsentMethod, DataItem
from .korean import international_age
from .text import QT_TRANSLATE_NOOP

NO_COLLECTION = QT_TRANSLATE_NOOP("Consent", "There is no consent to collection and use (required).")
NO_THIRD_PARTY = QT_TRANSLATE_NOOP("Consent", "There is no consent to provide information to {agency}.")
THIRD_PARTY_ITEMS = QT_TRANSLATE_NOOP(
    "Consent", "The consent to provide information to {agency} does not cover: {items}."
)
NO_SENSITIVE = QT_TRANSLATE_NOOP("Consent", "There is no separate consent to process sensitive information ({items}).")
NO_UNIQUE_ID = QT_TRANSLATE_NOOP("Consent", "There is no separate consent to process unique identifiers ({items}).")
MINOR_NEEDS_GUARDIAN = QT_TRANSLATE_NOOP(
    "Consent", "The client was under 14 when consenting: the legal guardian must consent ({kind})."
)
GUARDIAN_IS_SUSPECT = QT_TRANSLATE_NOOP(
    "Consent",
    "The guardian is the suspected offender: a guardian's consent does not count; record the legal basis "
    "used instead ({kind}).",
)
RRN_NEEDS_BASIS = QT_TRANSLATE_NOOP(
    "Consent", "A resident registration number is never sent on consent: record the legal basis that requires it."
)


@dataclass(frozen=True)
class Blocker:
    kind: ConsentKind | None
    message: str  # translatable (context "Consent")
    params: dict[str, str] = field(default_factory=dict)
    items: frozenset[DataItem] = frozenset()


@dataclass(frozen=True)
class ClientFacts:
    """What the rules need to know about the client."""

    birth_date: date | None
    guardian_is_suspect: bool


def is_minor_on(facts: ClientFacts, day: date) -> bool:
    return facts.birth_date is not None and international_age(facts.birth_date, day) < 14


def counts(consent: Consent, facts: ClientFacts, day: date) -> bool:
    """Whether this record is a valid basis on `day` (agreed, not withdrawn, given by the right person)."""
    if not consent.active_on(day):
        return False
    if consent.method is ConsentMethod.LEGAL_BASIS:
        return bool(consent.legal_basis)
    if is_minor_on(facts, consent.given_on):
        # 제22조의2: under 14 the legal guardian consents — unless the guardian is the suspected offender
        return consent.by_guardian and not facts.guardian_is_suspect
    return True


def _why_not_counted(consents: list[Consent], facts: ClientFacts, day: date, kind: ConsentKind) -> Blocker | None:
    """A more precise reason when a record exists but does not count because of the minor rules."""
    for consent in consents:
        if consent.kind is kind and consent.active_on(day) and is_minor_on(facts, consent.given_on):
            if facts.guardian_is_suspect:
                return Blocker(kind, GUARDIAN_IS_SUSPECT, {"kind": str(kind)})
            if not consent.by_guardian:
                return Blocker(kind, MINOR_NEEDS_GUARDIAN, {"kind": str(kind)})
    return None


def _labels(items: Iterable[DataItem], label: dict[DataItem, str] | None) -> str:
    return ", ".join((label or {}).get(i, str(i)) for i in sorted(items))


def referral_blockers(
    consents: Iterable[Consent],
    facts: ClientFacts,
    agency_id: str,
    agency_name: str,
    items: frozenset[DataItem],
    day: date,
    *,
    include_rrn: bool = False,
    rrn_legal_basis: str | None = None,
    item_labels: dict[DataItem, str] | None = None,
) -> list[Blocker]:
    """Everything that stops this referral; an empty list means it may be sent."""
    records = list(consents)
    valid = [c for c in records if counts(c, facts, day)]
    blockers: list[Blocker] = []

    def need(kind: ConsentKind, covering: frozenset[DataItem], message: str, agency: str | None = None) -> None:
        candidates = [c for c in valid if c.kind is kind and (agency is None or c.agency_id == agency)]
        if not candidates:
            blockers.append(
                _why_not_counted([c for c in records if agency is None or c.agency_id == agency], facts, day, kind)
                or Blocker(kind, message, {"agency": agency_name, "items": _labels(covering, item_labels)}, covering)
            )
            return
        uncovered = covering - frozenset().union(*(c.items for c in candidates))
        if uncovered and kind is ConsentKind.THIRD_PARTY:
            blockers.append(
                Blocker(
                    kind,
                    THIRD_PARTY_ITEMS,
                    {"agency": agency_name, "items": _labels(uncovered, item_labels)},
                    frozenset(uncovered),
                )
            )

    need(ConsentKind.COLLECTION, frozenset(), NO_COLLECTION)
    need(ConsentKind.THIRD_PARTY, items, NO_THIRD_PARTY, agency_id)
    if items & SENSITIVE_ITEMS:
        need(ConsentKind.SENSITIVE, items & SENSITIVE_ITEMS, NO_SENSITIVE)
    if items & UNIQUE_ID_ITEMS:
        need(ConsentKind.UNIQUE_ID, items & UNIQUE_ID_ITEMS, NO_UNIQUE_ID)
    if include_rrn and not (rrn_legal_basis or "").strip():
        blockers.append(Blocker(None, RRN_NEEDS_BASIS))
    return blockers


def allowed_items(consents: Iterable[Consent], facts: ClientFacts, agency_id: str, day: date) -> frozenset[DataItem]:
    """The checklist a referral to this agency may offer: what valid consents cover for it."""
    valid = [c for c in consents if counts(c, facts, day)]
    third_party = frozenset().union(
        *(c.items for c in valid if c.kind is ConsentKind.THIRD_PARTY and c.agency_id == agency_id)
    )
    kinds = {c.kind for c in valid}
    if ConsentKind.COLLECTION not in kinds:
        return frozenset()
    if ConsentKind.SENSITIVE not in kinds:
        third_party -= SENSITIVE_ITEMS
    if ConsentKind.UNIQUE_ID not in kinds:
        third_party -= UNIQUE_ID_ITEMS
    return frozenset(third_party)
