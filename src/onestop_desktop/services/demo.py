"""Demo data: a throwaway installation for `onestop --demo`, and `seed-demo` at benchmark size.

Everything is synthetic (see domain/demo_content.py). Rows go through the same repositories,
triggers, change log and search indexes as real work, in batches of one transaction each.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..domain import demo_content as content
from ..domain.audit import AuditAction
from ..domain.case_status import CaseStatus, ClosingReason
from ..domain.consent import DEFAULT_REFERRAL_ITEMS, DataItem
from ..domain.referrals import ReferralStatus
from ..domain.roles import Permission, Role
from ..domain.taxonomy import (
    CounselingMode,
    CrimeType,
    Gender,
    IntakeChannel,
    NeedLevel,
    PoliceReport,
    RiskLevel,
    ServiceDomain,
    ServiceStatus,
)
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ..storage.key_wrap import KdfParams
from ..storage.store import WriteTx
from ._auth import requires
from .demo_contacts import fill_demo_contacts
from .demo_programs import DemoPrograms
from .demo_takedown import DemoTakedown
from .session import Session
from .vault import Vault

DEMO_ADMIN = "demo"
DEMO_PASSPHRASE = "Bom-Haneul-2026!"
DEMO_STAFF = (
    ("counselor1", "김상담", Role.COUNSELOR),
    ("counselor2", "이나래", Role.COUNSELOR),
    ("counselor3", "박온새", Role.COUNSELOR),
    ("field1", "최가람", Role.OUTREACH),
    ("field2", "정여울", Role.OUTREACH),
    ("desk1", "한마루", Role.STAFF),
)
BATCH = 500
_REFERRAL_PATHS: tuple[tuple[ReferralStatus, ...], ...] = (
    (ReferralStatus.DRAFT,),
    (ReferralStatus.DRAFT,),
    (ReferralStatus.DRAFT, ReferralStatus.SENT),
    (ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.RECEIVED),
    (ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.IN_SUPPORT),
    (
        ReferralStatus.DRAFT,
        ReferralStatus.SENT,
        ReferralStatus.RECEIVED,
        ReferralStatus.IN_SUPPORT,
        ReferralStatus.COMPLETED,
    ),
    (ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.REJECTED),
    (ReferralStatus.DRAFT, ReferralStatus.CANCELLED),
)
_STATUS_WEIGHTS = ((CaseStatus.INTAKE, 10), (CaseStatus.ACTIVE, 38), (CaseStatus.ON_HOLD, 10), (CaseStatus.CLOSED, 42))


@dataclass(frozen=True)
class SeedResult:
    clients: int
    counseling_sessions: int


class DemoData:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.SEED_DEMO)
    def seed(
        self,
        clients: int,
        counseling_sessions_per_case: int,
        *,
        seed: int = 2026,
        today: date | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> SeedResult:
        """Add `clients` clients, each with one case and `sessions_per_case` sessions.

        `progress(done, total)` is called after each batch; returning False stops early (the
        batches already written stay, each complete).
        """
        today = today or date.today()
        rng = random.Random(seed ^ clients ^ (counseling_sessions_per_case << 20))
        store = self.session.store
        with store.read() as conn:
            staff = [u for u in repos.users.list_users(conn, include_inactive=False)]
            device_code = repos.devices.code_of(conn, store.device.device_id)
            serial0 = repos.stats.counts(conn, today)[0][1]
        leads = [u.id for u in staff if u.role in (Role.COUNSELOR, Role.OUTREACH, Role.ADMIN)] or [self.session.user.id]
        with store.read() as conn:
            self._agencies = repos.agencies.list_agencies(conn)
        fill_demo_contacts(self.session)  # a demo's letters show whom to call, like a real center's
        # programs and surveys draw from their own generator: the cases stay what they were
        self._extras = DemoPrograms(random.Random(seed * 7919 + clients), today, leads, self._agencies)
        self._takedown = DemoTakedown(random.Random(seed * 104729 + clients), today)
        with store.write(self.session.actor) as tx:
            self._extras.create_programs(tx, max(3, min(60, clients // 12)))
        done = counseling_sessions = 0
        while done < clients:
            size = min(BATCH, clients - done)
            with store.write(self.session.actor) as tx:
                for n in range(size):
                    counseling_sessions += self._one_case(
                        tx, rng, today, device_code, leads, serial0 + done + n, counseling_sessions_per_case
                    )
                tx.audit(
                    AuditRecord(
                        self.session.user.id,
                        self.session.user.username,
                        AuditAction.CREATE,
                        "demo",
                        "",
                        f"demo data: {size} cases",
                    )
                )
            done += size
            if progress is not None and progress(done, clients) is False:
                break
        return SeedResult(done, counseling_sessions)

    def _one_case(
        self,
        tx: WriteTx,
        rng: random.Random,
        today: date,
        device_code: str,
        leads: list[str],
        serial: int,
        counseling_sessions_per_case: int,
    ) -> int:
        crime = rng.choice(list(CrimeType))
        birth = content.birth_date(rng, today)
        gender = Gender.FEMALE if rng.random() < 0.72 else Gender.MALE
        minor = (today - birth).days < 14 * 365
        client_id = repos.clients.insert(
            tx,
            {
                "name": content.person_name(rng),
                "alias": "(가상)" + rng.choice(content.GIVEN) if rng.random() < 0.1 else None,
                "gender": str(gender),
                "birth_date": birth.isoformat(),
                "address_private": int(crime in (CrimeType.DOMESTIC, CrimeType.STALKING)),
                "offender_cohabits": int(crime is CrimeType.DOMESTIC and rng.random() < 0.3),
                "guardian_name": content.person_name(rng) if minor else None,
                "guardian_relation": "모" if minor else None,
                "guardian_is_suspect": int(minor and crime is CrimeType.DOMESTIC and rng.random() < 0.5),
            },
        )
        repos.clients.add_phone(
            tx,
            client_id,
            content.phone(rng, serial),
            label="휴대전화",
            sms_ok=crime not in (CrimeType.DOMESTIC, CrimeType.STALKING),
            call_hours="평일 10:00~17:00" if rng.random() < 0.3 else "",
            is_primary=True,
        )
        intake = today - timedelta(days=rng.randint(0, 3 * 365))
        status = rng.choices([s for s, _ in _STATUS_WEIGHTS], [w for _, w in _STATUS_WEIGHTS])[0]
        case_id = repos.cases.insert(
            tx,
            {
                "case_number": repos.cases.next_case_number(tx, device_code, intake.year),
                "client_id": client_id,
                "intake_date": intake.isoformat(),
                "intake_channel": str(rng.choice(list(IntakeChannel))),
                "referring_agency": "여성긴급전화 1366" if rng.random() < 0.2 else None,
                "incident_date": (intake - timedelta(days=rng.randint(1, 60))).isoformat(),
                "incident_summary": rng.choice(content.SUMMARIES[crime]),
                "police_report": str(rng.choice(list(PoliceReport))),
                "police_station": rng.choice(content.POLICE),
                "offender_relationship": rng.choice(content.RELATIONS),
                "lead_counselor_id": rng.choice(leads),
            },
        )
        types = {crime} | ({rng.choice(list(CrimeType))} if rng.random() < 0.15 else set())
        repos.cases.set_crime_types(tx, case_id, types)
        repos.cases.set_risk(tx, case_id, rng.choice(list(RiskLevel)), intake, rng.choice(leads))
        closed_on: date | None = None
        if status is not CaseStatus.INTAKE:
            closed = status is CaseStatus.CLOSED
            closed_on = min(today, intake + timedelta(days=rng.randint(30, 200))) if closed else None
            repos.cases.set_status(
                tx,
                case_id,
                status,
                closed_on,
                rng.choice(list(ClosingReason)) if closed else None,
            )
        domains = content.DOMAINS_BY_CRIME[crime]
        for domain in rng.sample(domains, rng.randint(1, len(domains))):
            repos.case_items.set_need(tx, case_id, domain, rng.choice(list(NeedLevel)[1:]), "")
        goal_domain = domains[0]
        repos.case_items.add_goal(tx, case_id, goal_domain, f"{content.SERVICES[goal_domain][0]} 완료", None)
        span = max(1, (today - intake).days)
        latest = intake
        for _ in range(counseling_sessions_per_case):
            moment = intake + timedelta(days=rng.randint(0, span))
            latest = max(latest, moment)
            repos.case_items.add_counseling_session(
                tx,
                case_id,
                {
                    "started_at": f"{moment.isoformat()}T{rng.randint(9, 17):02d}:{rng.choice((0, 30)):02d}",
                    "mode": str(rng.choice(list(CounselingMode))),
                    "place": rng.choice(content.PLACES),
                    "duration_minutes": rng.choice((30, 40, 50, 60, 90)),
                    "counselor_id": rng.choice(leads),
                    "note": content.note(rng),
                    "next_steps": rng.choice(content.NEXT_STEPS),
                },
            )
        for domain in rng.sample(domains, rng.randint(0, 2)):
            name, amount = content.SERVICES[domain]
            repos.case_items.add_service(
                tx,
                case_id,
                {
                    "domain": str(domain),
                    "service": name,
                    "provider_kind": "agency" if rng.random() < 0.6 else "in_house",
                    "provider_name": "",
                    "provided_on": (intake + timedelta(days=rng.randint(1, 40))).isoformat(),
                    "amount_krw": amount,
                    "status": str(rng.choice(list(ServiceStatus))),
                },
            )
        if status is not CaseStatus.CLOSED:
            for _ in range(rng.randint(0, 2)):
                due = today + timedelta(days=rng.randint(-10, 20))
                followup_id = repos.case_items.add_followup(
                    tx, case_id, rng.choice(content.NEXT_STEPS), due, rng.choice(leads)
                )
                if due < today and rng.random() < 0.5:
                    repos.case_items.update_followup(tx, followup_id, {"done_on": due.isoformat()})
        if status is not CaseStatus.INTAKE or rng.random() < 0.5:
            self._consents_and_referrals(tx, rng, today, client_id, case_id, intake, domains, minor, crime, status)
        self._extras.case_feedback(tx, case_id, closed_on, domains)
        self._extras.enrol(tx, case_id, intake, status)
        if CrimeType.DIGITAL_SEX in types:
            self._takedown.items(tx, case_id, intake)
        # the list's "recent activity" order should look like a center's, not like one import
        tx.update("cases", case_id, {"last_activity_at": f"{latest.isoformat()}T18:00:00.000Z"})
        return counseling_sessions_per_case

    def _consents_and_referrals(
        self,
        tx: WriteTx,
        rng: random.Random,
        today: date,
        client_id: str,
        case_id: str,
        intake: date,
        domains: tuple[ServiceDomain, ...],
        minor: bool,
        crime: CrimeType,
        status: CaseStatus,
    ) -> None:
        """Consents as a counselor records them (guardian for minors, legal basis when the guardian is
        the suspect, some withdrawn) and referrals in every status, some drafts ready to send."""
        suspect = minor and crime is CrimeType.DOMESTIC and rng.random() < 0.5
        by = {
            "by_guardian": int(minor and not suspect),
            "guardian_name": content.person_name(rng) if minor else None,
            "guardian_relation": "모" if minor else None,
        }
        if suspect:
            by.update(
                method="legal_basis",
                legal_basis="개인정보 보호법 제15조제1항제5호",
                legal_basis_reason="보호자가 가해 의심자로 동의를 받을 수 없음",
            )
        base = {
            "client_id": client_id,
            "given_on": intake.isoformat(),
            "taken_by": tx.actor.user_id,
            "method": "signed_paper",
            "retention": "지원 종료 후 3년",
            "form_version": "demo",
            **by,
        }
        repos.consents.insert(tx, {**base, "kind": "collection", "agreed": 1, "purpose": "피해자 상담 및 지원 연계"})
        sensitive = rng.random() < 0.6
        repos.consents.insert(tx, {**base, "kind": "sensitive", "agreed": int(sensitive), "items": "health"})
        device_code = repos.devices.code_of(tx.conn, tx.device.device_id)
        for domain in rng.sample(domains, min(len(domains), rng.randint(1, 2))):
            agencies = [a for a in self._agencies if domain in a.domains]
            if not agencies:
                continue
            agency = rng.choice(agencies)
            items = set(DEFAULT_REFERRAL_ITEMS) | ({DataItem.HEALTH} if sensitive and rng.random() < 0.5 else set())
            consent_id = repos.consents.insert(
                tx,
                {
                    **base,
                    "kind": "third_party",
                    "agreed": 1,
                    "agency_id": agency.id,
                    "items": ",".join(sorted(items)),
                    "purpose": content.SERVICES[domain][0],
                },
            )
            if rng.random() < 0.12:
                repos.consents.withdraw(tx, consent_id, intake + timedelta(days=rng.randint(5, 60)), "본인 요청")
                continue
            if rng.random() < 0.35:
                continue
            created = intake + timedelta(days=rng.randint(0, 20))
            referral_id = repos.referrals.insert(
                tx,
                {
                    "number": repos.referrals.next_number(tx, device_code, created.year),
                    "case_id": case_id,
                    "agency_id": agency.id,
                    "domain": str(domain),
                    "requested_services": content.SERVICES[domain][0],
                    "reason": "내담자 요청 및 상담 결과 " + content.SERVICES[domain][0] + " 필요",
                    "urgency": rng.choice(("normal", "normal", "urgent", "immediate")),
                    "reply_due": (created + timedelta(days=7)).isoformat(),
                    "contact_person": "",
                    "items": ",".join(sorted(items)),
                    "status": "draft",
                    "created_on": created.isoformat(),
                    "created_by": tx.actor.user_id,
                },
            )
            path = rng.choice(_REFERRAL_PATHS)
            for step, when in zip(path, range(0, 40, 6), strict=False):
                repos.referrals.set_status(tx, referral_id, step, min(today, created + timedelta(days=when)), "")


def create_demo_installation(
    root: Path, kdf: KdfParams, clients: int = 200, counseling_sessions_per_case: int = 4
) -> Vault:
    """A fresh installation with demo staff (all with DEMO_PASSPHRASE) and `clients` demo cases."""
    vault = Vault(root, kdf=kdf)
    result = vault.initialize(
        "원스톱 솔루션 센터 (데모)", "데모 PC", "DEMO", DEMO_ADMIN, "데모 관리자", DEMO_PASSPHRASE
    )
    session = result.session
    for username, display, role in DEMO_STAFF:
        session.users.add(username, display, role, DEMO_PASSPHRASE)
        with session.store.write(session.actor) as tx:
            user = repos.users.by_username(tx.conn, username)
            assert user is not None
            repos.users.update(tx, user.id, must_change_passphrase=False)  # a demo should not nag
    DemoData(session).seed(clients, counseling_sessions_per_case)
    session.logout()
    return vault
