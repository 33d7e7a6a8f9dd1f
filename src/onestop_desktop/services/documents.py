"""Referral letters, consent forms and packets: assembled from the store, drawn by `export/`,
saved or printed only where a person asked, each one in the audit trail and the register.

Every document is built from a `Disclosure` (domain/documents.py) limited to what the
client's valid consents allow for that agency today; a referral whose consent is missing
or withdrawn is refused here, whatever its status. Nothing is written to temporary files:
the PDF exists in memory until `save()` writes it atomically to the chosen file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from .. import export
from ..domain.audit import AuditAction
from ..domain.casework import FieldProblem
from ..domain.consent import SENSITIVE_ITEMS, UNIQUE_ID_ITEMS, ConsentKind, DataItem
from ..domain.consent_rules import counts
from ..domain.documents import (
    ConsentFormData,
    ConsentRecipient,
    Packet,
    Production,
    ReferralLetter,
    Sender,
    disclose,
)
from ..domain.errors import ErrorCode, OneStopError
from ..domain.korean import format_phone, international_age
from ..domain.outputs import OutputKind
from ..domain.referrals import Referral, ReferralStatus
from ..domain.roles import Permission
from ..domain.settings import CENTER_NAME, CONSENT_RETENTION, RRN_LEGAL_BASIS
from ..domain.text import QT_TRANSLATE_NOOP
from ..storage import repos
from ..storage.atomic_file import write_atomic
from ..storage.audit_log import AuditRecord
from ..storage.db import Connection
from ._auth import requires
from .case_access import require_case
from .consents import client_facts
from .dispatch import resolve_referral
from .output_target import check_output_target
from .referrals import ConsentMissing, Referrals
from .session import Session, clear_on_lock

clear_on_lock(export.clear_caches)  # rendering caches agency names and wording

NEED_PURPOSE = QT_TRANSLATE_NOOP("Validation", "State why this document is printed or saved (출력 사유).")
REQUIRED_ITEMS = (
    DataItem.NAME,
    DataItem.BIRTH_DATE,
    DataItem.GENDER,
    DataItem.PHONE,
    DataItem.CRIME_TYPE,
    DataItem.INCIDENT,
)
OPTIONAL_ITEMS = (
    DataItem.ADDRESS,
    DataItem.NATIONALITY,
    DataItem.DISABILITY,
    DataItem.GUARDIAN,
    DataItem.POLICE,
    DataItem.RISK,
    DataItem.SERVICES,
)
PENDING = frozenset({ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.IN_SUPPORT})


@dataclass(frozen=True)
class RenderedDocument:
    kind: str  # referral_letter, consent_form, packet, batch, safety_card
    data: bytes
    pages: int
    recipient: str
    purpose: str
    referral_ids: tuple[str, ...]
    client_id: str | None
    case_id: str | None = None  # the case a document without a referral is about (a consent form, the safety card)


def _labels(items: Iterable[DataItem]) -> tuple[str, ...]:
    return tuple(export.labels.DATA_ITEM[i] for i in sorted(items))


def _pages(data: bytes) -> int:
    return int(getattr(data, "pages", 0)) or data.count(b"/Type /Page\n") or data.count(b"/Type /Page")


def register_output(session: Session, document: RenderedDocument, destination: str) -> None:
    """The document register row and the audit entry of one output (documents and period reports alike)."""
    action = AuditAction.PRINT if destination == "print" else AuditAction.EXPORT
    digest = hashlib.sha256(document.data).hexdigest()
    with session.store.write(session.actor) as tx:
        targets: tuple[str | None, ...] = document.referral_ids or (None,)
        for referral_id in targets:
            case_id = document.case_id
            if referral_id is not None:
                referral = repos.referrals.get(tx.conn, referral_id)
                case_id = referral.case_id if referral else None
            repos.referrals.register_document(
                tx,
                {
                    "kind": document.kind,
                    "referral_id": referral_id,
                    "client_id": document.client_id,
                    "case_id": case_id,
                    "recipient": document.recipient[:200],
                    "produced_by": session.user.id,
                    "produced_at": tx.now,
                    "purpose": document.purpose,
                    "destination": destination,
                    "pages": document.pages,
                    "sha256": digest,
                },
            )
            user = session.user
            detail = f"{document.kind}: {document.purpose}"[:200]
            tx.audit(AuditRecord(user.id, user.username, action, "case" if case_id else "", case_id or "", detail))


class Documents:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- assembling ----------------------------------------------------------------------------
    def _production(self, purpose: str) -> Production:
        cleaned = purpose.strip()
        if not cleaned:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("purpose", NEED_PURPOSE)])
        return Production(self.session.user.display_name, datetime.now().replace(microsecond=0), cleaned[:200])

    def _setting(self, option: object) -> str:
        return str(self.session.settings.get(option))  # type: ignore[arg-type]

    def _sender(self, conn: Connection, referral: Referral) -> Sender:
        """The center's contact details and the drafting counselor's own direct line and e-mail; where the
        counselor has none, the center's (the agency must always have a number to call back)."""
        author = repos.users.by_id(conn, referral.created_by)
        center = self.session.contacts.center()
        own = repos.users.contact(conn, author.id if author else self.session.user.id)
        return Sender(
            center_name=self._setting(CENTER_NAME),
            center_phone=center.phone,
            center_fax=center.fax,
            center_address=center.address,
            counselor_name=author.display_name if author else self.session.user.display_name,
            counselor_title="상담원",
            counselor_phone=own.phone or center.phone,
            counselor_email=own.email or center.email,
        )

    def _letter(self, conn: Connection, referral: Referral, production: Production, today: date) -> ReferralLetter:
        blockers = Referrals(self.session)._blockers(conn, referral, today)
        if blockers:
            raise ConsentMissing(blockers)
        case = repos.cases.get(conn, referral.case_id)
        assert case is not None
        client = repos.clients.get(conn, case.client_id)
        agency = repos.agencies.get(conn, referral.agency_id)
        if client is None or agency is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        facts = client_facts(conn, client.id)
        consents = repos.consents.for_client(conn, client.id)
        valid = [
            c
            for c in consents
            if counts(c, facts, today) and c.kind is ConsentKind.THIRD_PARTY and c.agency_id == agency.id
        ]
        authorizing = tuple(sorted(c.given_on for c in valid))
        signed_copy = any(c.attachment_id for c in valid)
        rrn = repos.clients.current_rrn(conn, client.id) if referral.include_rrn and referral.rrn_legal_basis else None
        phone = client.phones[0].digits if client.phones else None
        disclosure = disclose(
            client,
            case,
            repos.case_items.services(conn, case.id),
            referral.items,
            today,
            rrn=rrn,
            phone_text=format_phone(phone) if phone else None,
        )
        sender = self._sender(conn, referral)
        return ReferralLetter(referral, agency, disclosure, authorizing, sender, production, signed_copy)

    def _consent_form(self, conn: Connection, case_id: str | None, today: date) -> ConsentFormData:
        retention = self._setting(CONSENT_RETENTION)
        blank = ConsentFormData(
            center_name=self._setting(CENTER_NAME),
            client_name=None,
            client_birth_date=None,
            minor=False,
            guardian_is_suspect=False,
            required_items=_labels(REQUIRED_ITEMS),
            optional_items=_labels(OPTIONAL_ITEMS),
            sensitive_items=_labels(SENSITIVE_ITEMS),
            unique_id_items=_labels(UNIQUE_ID_ITEMS),
            purpose="범죄피해자 상담 및 신변보호·수사·심리·법률·경제·주거·고용·복지·금융·의료 지원 연계",
            retention=retention,
            recipients=(),
            rrn_legal_basis=self._setting(RRN_LEGAL_BASIS),
            dated=None,
        )
        if case_id is None:
            return blank
        case = repos.cases.get(conn, case_id)
        client = repos.clients.get(conn, case.client_id) if case else None
        if client is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        recipients = []
        for referral in repos.referrals.for_case(conn, case_id):
            agency = repos.agencies.get(conn, referral.agency_id)
            if referral.status in PENDING and agency is not None:
                purpose = referral.requested_services or export.labels.SERVICE_DOMAIN[referral.domain]
                recipients.append(ConsentRecipient(agency.name, purpose, _labels(referral.items), retention))
        return replace(
            blank,
            client_name=client.name,
            client_birth_date=client.birth_date,
            minor=client.birth_date is not None and international_age(client.birth_date, today) < 14,
            guardian_is_suspect=client.guardian_is_suspect,
            recipients=tuple(recipients),
        )

    def _packet(self, conn: Connection, referral: Referral, production: Production, today: date) -> Packet:
        letter = self._letter(conn, referral, production, today)
        counseling_sessions = repos.case_items.counseling_sessions(conn, referral.case_id, with_notes=False)
        summary = tuple(
            (date.fromisoformat(s.started_at[:10]), export.labels.COUNSELING_MODE[s.mode])
            for s in counseling_sessions[:20]
        )
        # the consent gate above passed for every item the referral carries, this list included
        takedown = tuple(repos.takedown.for_case(conn, referral.case_id)) if DataItem.TAKEDOWN in referral.items else ()
        return Packet(letter, self._consent_form(conn, referral.case_id, today), summary, takedown)

    def _referral(self, conn: Connection, referral_ref: str) -> Referral:
        """A referral named by its visible number (D1-연계-2026-00001) or its id, within the user's scope."""
        return resolve_referral(self.session, conn, referral_ref)

    def _render(self, draw: Callable[[], bytes]) -> bytes:
        try:
            return draw()
        except export.FontMissing as missing:
            raise OneStopError(ErrorCode.FONT_MISSING, font=str(missing)) from None

    # -- producing ----------------------------------------------------------------------------------
    @requires(Permission.DOCUMENTS)
    def referral_letter(self, referral_id: str, purpose: str, today: date | None = None) -> RenderedDocument:
        today = today or date.today()
        production = self._production(purpose)
        with self.session.store.read() as conn:
            referral = self._referral(conn, referral_id)
            letter = self._letter(conn, referral, production, today)
        data = self._render(lambda: export.render_referral_letter(letter))
        return RenderedDocument(
            "referral_letter", data, _pages(data), letter.agency.name, production.purpose, (referral.id,), None
        )

    @requires(Permission.DOCUMENTS)
    def consent_form(self, case_id: str | None, purpose: str, today: date | None = None) -> RenderedDocument:
        """Blank (case_id None) or pre-filled with the recipients of the client's pending referrals."""
        today = today or date.today()
        production = self._production(purpose)
        with self.session.store.read() as conn:
            client_id = None
            if case_id is not None:
                require_case(self.session, conn, case_id)
                client_id = repos.cases.client_id_of(conn, case_id)
            data_model = self._consent_form(conn, case_id, today)
        data = self._render(lambda: export.render_consent_form(data_model, production=production))
        # no referral: the register and the audit entry name the case through case_id
        return RenderedDocument("consent_form", data, _pages(data), "", production.purpose, (), client_id, case_id)

    @requires(Permission.DOCUMENTS)
    def packet(self, referral_id: str, purpose: str, today: date | None = None) -> RenderedDocument:
        today = today or date.today()
        production = self._production(purpose)
        with self.session.store.read() as conn:
            referral = self._referral(conn, referral_id)
            packet = self._packet(conn, referral, production, today)
        data = self._render(lambda: export.render_packet(packet))
        return RenderedDocument(
            "packet", data, _pages(data), packet.letter.agency.name, production.purpose, (referral.id,), None
        )

    @requires(Permission.DOCUMENTS)
    def ready_batch(
        self, purpose: str, progress: Callable[[int, int], bool] | None = None, today: date | None = None
    ) -> RenderedDocument:
        """The packets of every referral ready to send, in one PDF. `progress` may cancel (export.Cancelled)."""
        today = today or date.today()
        production = self._production(purpose)
        ids = Referrals(self.session).ready_to_send(today)
        with self.session.store.read() as conn:
            packets = [self._packet(conn, self._referral(conn, i), production, today) for i in ids]
        if not packets:
            raise OneStopError(ErrorCode.NOTHING_READY)
        data = self._render(lambda: export.render_batch(packets, progress))
        return RenderedDocument(
            "batch", data, _pages(data), f"{len(packets)}개 기관 발송분", production.purpose, tuple(ids), None
        )

    # -- output -------------------------------------------------------------------------------------
    def _register(self, document: RenderedDocument, destination: str) -> None:
        register_output(self.session, document, destination)

    @requires(Permission.DOCUMENTS)
    def save(self, document: RenderedDocument, target: Path, *, overwrite: bool = False) -> None:
        """Write the PDF where the user chose (atomically), register it and audit the export.

        `overwrite`: the person confirmed replacing an existing file (see `check_output_target`)."""
        check_output_target(target, self.session.vault.data_dir.root, OutputKind.PDF, overwrite=overwrite)
        write_atomic(target, document.data)
        self._register(document, "file")

    @requires(Permission.DOCUMENTS)
    def record_printed(self, document: RenderedDocument) -> None:
        self._register(document, "print")
