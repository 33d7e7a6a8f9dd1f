"""Recording consents (동의) for a client, withdrawing them, and what they allow.

The minor rule is enforced when a consent is recorded, not only when it is used: under 14
(만 나이 on the consent date) only the legal guardian can consent, and when the guardian is
the suspected offender the counselor records the legal basis used instead, with a reason.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from ..domain.audit import AuditAction
from ..domain.casework import ConsentForm, FieldProblem
from ..domain.consent import Consent, ConsentKind, ConsentMethod
from ..domain.consent_rules import ClientFacts, allowed_items, is_minor_on
from ..domain.errors import ErrorCode, OneStopError
from ..domain.outputs import OutputKind
from ..domain.roles import Permission
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.validation import Validator
from ..storage import repos
from ..storage.atomic_file import write_atomic
from ..storage.db import Connection
from ._auth import requires
from .case_access import record, require_case
from .output_target import check_output_target
from .session import Session

NEED_SAVE_PURPOSE = QT_TRANSLATE_NOOP("Validation", "State why this copy is saved (출력 사유).")
NEED_AGENCY = QT_TRANSLATE_NOOP("Validation", "Choose the agency this consent is for.")
NEED_ITEMS = QT_TRANSLATE_NOOP("Validation", "Tick the items the client agreed to provide.")
MINOR_GUARDIAN = QT_TRANSLATE_NOOP(
    "Validation", "The client is under 14 on this date: the legal guardian must give this consent."
)
SUSPECT_GUARDIAN = QT_TRANSLATE_NOOP(
    "Validation",
    "The guardian is the suspected offender and cannot consent for the client. Record the legal basis used "
    "instead (for example 개인정보 보호법 제15조제1항제5호) and the reason.",
)
NEED_BASIS = QT_TRANSLATE_NOOP("Validation", "Record the legal basis and the reason it applies.")
NEED_PURPOSE = QT_TRANSLATE_NOOP("Validation", "State the purpose of use (이용 목적) the client agreed to.")
# Kinds whose purpose the client is told and agrees to (개인정보 보호법 제15조②, 제23조, 제24조): never blank.
PURPOSE_REQUIRED = frozenset(
    {ConsentKind.COLLECTION, ConsentKind.COLLECTION_OPTIONAL, ConsentKind.SENSITIVE, ConsentKind.UNIQUE_ID}
)


@dataclass(frozen=True)
class ConsentScan:
    """An attached signed form, read into memory (never to a temporary file)."""

    filename: str
    media_type: str
    data: bytes

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf" or self.filename.lower().endswith(".pdf")


def client_facts(conn: Connection, client_id: str) -> ClientFacts:
    client = repos.clients.get(conn, client_id)
    if client is None:
        raise OneStopError(ErrorCode.NOT_FOUND)
    return ClientFacts(client.birth_date, client.guardian_is_suspect)


def form_hash(content: object) -> str:
    """A stable hash of what the form showed (its content), recorded as the form version."""
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()


class Consents:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _client_of(self, conn: Connection, case_id: str) -> str:
        require_case(self.session, conn, case_id)
        client_id = repos.cases.client_id_of(conn, case_id)
        assert client_id is not None
        return client_id

    @requires(Permission.USE_APP)
    def for_case(self, case_id: str) -> list[Consent]:
        with self.session.store.read() as conn:
            return repos.consents.for_client(conn, self._client_of(conn, case_id))

    @requires(Permission.USE_APP)
    def allowed_items(self, case_id: str, agency_id: str, today: date | None = None) -> frozenset[object]:
        with self.session.store.read() as conn:
            client_id = self._client_of(conn, case_id)
            facts = client_facts(conn, client_id)
            return allowed_items(repos.consents.for_client(conn, client_id), facts, agency_id, today or date.today())

    @requires(Permission.CONSENT_RECORD)
    def record(self, case_id: str, form: ConsentForm, today: date | None = None) -> str:
        today = today or date.today()
        v = Validator(today)
        given = v.past_date("given_on", form.given_on, required=True)
        v.text("purpose", form.purpose, max_length=300)
        if form.kind in PURPOSE_REQUIRED and form.agreed and not form.purpose.strip():
            v.fail("purpose", NEED_PURPOSE)
        v.text("retention", form.retention, max_length=100)
        if form.kind is ConsentKind.THIRD_PARTY and not form.agency_id:
            v.fail("agency_id", NEED_AGENCY)
        if form.kind is ConsentKind.THIRD_PARTY and form.agreed and not form.items:
            v.fail("items", NEED_ITEMS)
        with self.session.store.read() as conn:
            client_id = self._client_of(conn, case_id)
            facts = client_facts(conn, client_id)
        legal = form.method is ConsentMethod.LEGAL_BASIS
        if legal and not (form.legal_basis.strip() and form.legal_basis_reason.strip()):
            v.fail("legal_basis", NEED_BASIS)
        if given is not None and not legal and is_minor_on(facts, given):
            if facts.guardian_is_suspect:
                v.fail("method", SUSPECT_GUARDIAN)
            elif not form.by_guardian:
                v.fail("by_guardian", MINOR_GUARDIAN)
        if form.by_guardian:
            v.person_name("guardian_name", form.guardian_name, required=True)
        if v.problems:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=len(v.problems), problems=v.problems)
        assert given is not None
        with self.session.store.write(self.session.actor) as tx:
            consent_id = repos.consents.insert(
                tx,
                {
                    "client_id": client_id,
                    "kind": str(form.kind),
                    "agency_id": form.agency_id or None,
                    "agreed": int(form.agreed),
                    "items": ",".join(sorted(str(i) for i in form.items)),
                    "purpose": form.purpose.strip(),
                    "retention": form.retention.strip(),
                    "given_on": given.isoformat(),
                    "method": str(form.method),
                    "taken_by": self.session.user.id,
                    "form_version": form.form_version or form_hash(asdict(form)),
                    "by_guardian": int(form.by_guardian),
                    "guardian_name": form.guardian_name.strip() or None,
                    "guardian_relation": form.guardian_relation.strip() or None,
                    "legal_basis": form.legal_basis.strip() or None,
                    "legal_basis_reason": form.legal_basis_reason.strip() or None,
                },
            )
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.CREATE, case_id, f"consent: {form.kind}, agreed={form.agreed}")
        return consent_id

    @requires(Permission.CONSENT_RECORD)
    def withdraw(self, case_id: str, consent_id: str, on: date | None = None, note: str = "") -> None:
        """Withdrawal (제37조): from `on`, referrals that needed this consent are refused."""
        with self.session.store.read() as conn:
            client_id = self._client_of(conn, case_id)
            consent = repos.consents.get(conn, consent_id)
        if consent is None or consent.client_id != client_id:
            raise OneStopError(ErrorCode.NOT_FOUND)
        with self.session.store.write(self.session.actor) as tx:
            repos.consents.withdraw(tx, consent_id, on or date.today(), note.strip()[:300])
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.UPDATE, case_id, f"consent withdrawn: {consent.kind}")

    @requires(Permission.CONSENT_RECORD)
    def attach_scan(self, case_id: str, consent_id: str, filename: str, media_type: str, data: bytes) -> str:
        """Keep the scanned signed form inside the encrypted database."""
        if not data or len(data) > 20 * 1024 * 1024:
            raise OneStopError(
                ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("file", "The file must hold 1 byte to 20 MB.")]
            )
        with self.session.store.read() as conn:
            client_id = self._client_of(conn, case_id)
        with self.session.store.write(self.session.actor) as tx:
            attachment_id = repos.consents.attach(tx, client_id, "signed_consent", filename[:200], media_type, data)
            repos.consents.set_attachment(tx, consent_id, attachment_id)
            record(tx, self.session, AuditAction.CREATE, case_id, "signed consent form attached")
        return attachment_id

    def _scan(self, conn: Connection, case_id: str, consent_id: str) -> tuple[Consent, ConsentScan]:
        client_id = self._client_of(conn, case_id)
        consent = repos.consents.get(conn, consent_id)
        if consent is None or consent.client_id != client_id or consent.attachment_id is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        found = repos.consents.attachment(conn, consent.attachment_id)
        if found is None:
            raise OneStopError(ErrorCode.NOT_FOUND)
        return consent, ConsentScan(*found)

    @requires(Permission.USE_APP)
    def scan(self, case_id: str, consent_id: str) -> ConsentScan:
        """The signed form attached to a consent, to show in the app; the viewing is audited."""
        with self.session.store.read() as conn:
            consent, scan = self._scan(conn, case_id, consent_id)
        with self.session.store.write(self.session.actor) as tx:
            record(tx, self.session, AuditAction.VIEW, case_id, f"signed consent form viewed: {consent.kind}")
        return scan

    @requires(Permission.DOCUMENTS)
    def save_scan(self, case_id: str, consent_id: str, target: Path, purpose: str, *, overwrite: bool = False) -> None:
        """A copy of the signed form where the person chose, with its 출력 사유: registered and audited like
        every other output."""
        from .documents import RenderedDocument, register_output  # documents imports this module

        cleaned = purpose.strip()
        if not cleaned:
            raise OneStopError(ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("purpose", NEED_SAVE_PURPOSE)])
        with self.session.store.read() as conn:
            consent, scan = self._scan(conn, case_id, consent_id)
        kind = OutputKind.PDF if scan.is_pdf else OutputKind.IMAGE
        check_output_target(target, self.session.vault.data_dir.root, kind, overwrite=overwrite)
        write_atomic(target, scan.data)
        document = RenderedDocument("consent_scan", scan.data, 1, "", cleaned[:200], (), consent.client_id)
        register_output(self.session, document, "file")
