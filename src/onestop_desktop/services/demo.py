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
from ..domain.roles import Permission, Role
from ..domain.taxonomy import (
    CrimeType,
    Gender,
    IntakeChannel,
    NeedLevel,
    PoliceReport,
    RiskLevel,
    ServiceStatus,
    SessionMode,
)
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ..storage.key_wrap import KdfParams
from ..storage.store import WriteTx
from ._auth import requires
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
_STATUS_WEIGHTS = ((CaseStatus.INTAKE, 10), (CaseStatus.ACTIVE, 45), (CaseStatus.ON_HOLD, 10), (CaseStatus.CLOSED, 35))


@dataclass(frozen=True)
class SeedResult:
    clients: int
    sessions: int


class DemoData:
    def __init__(self, session: Session) -> None:
        self.session = session

    @requires(Permission.SEED_DEMO)
    def seed(
        self,
        clients: int,
        sessions_per_case: int,
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
        rng = random.Random(seed ^ clients ^ (sessions_per_case << 20))
        store = self.session.store
        with store.read() as conn:
            staff = [u for u in repos.users.list_users(conn, include_inactive=False)]
            device_code = repos.devices.code_of(conn, store.device.device_id)
            serial0 = repos.stats.counts(conn, today)[0][1]
        leads = [u.id for u in staff if u.role in (Role.COUNSELOR, Role.OUTREACH, Role.ADMIN)] or [self.session.user.id]
        done = sessions = 0
        while done < clients:
            size = min(BATCH, clients - done)
            with store.write(self.session.actor) as tx:
                for n in range(size):
                    sessions += self._one_case(
                        tx, rng, today, device_code, leads, serial0 + done + n, sessions_per_case
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
        return SeedResult(done, sessions)

    def _one_case(
        self,
        tx: WriteTx,
        rng: random.Random,
        today: date,
        device_code: str,
        leads: list[str],
        serial: int,
        sessions_per_case: int,
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
        if status is not CaseStatus.INTAKE:
            closed = status is CaseStatus.CLOSED
            repos.cases.set_status(
                tx,
                case_id,
                status,
                intake + timedelta(days=rng.randint(30, 200)) if closed else None,
                rng.choice(list(ClosingReason)) if closed else None,
            )
        domains = content.DOMAINS_BY_CRIME[crime]
        for domain in rng.sample(domains, rng.randint(1, len(domains))):
            repos.case_items.set_need(tx, case_id, domain, rng.choice(list(NeedLevel)[1:]), "")
        goal_domain = domains[0]
        repos.case_items.add_goal(tx, case_id, goal_domain, f"{content.SERVICES[goal_domain][0]} 완료", None)
        span = max(1, (today - intake).days)
        latest = intake
        for _ in range(sessions_per_case):
            moment = intake + timedelta(days=rng.randint(0, span))
            latest = max(latest, moment)
            repos.case_items.add_session(
                tx,
                case_id,
                {
                    "started_at": f"{moment.isoformat()}T{rng.randint(9, 17):02d}:{rng.choice((0, 30)):02d}",
                    "mode": str(rng.choice(list(SessionMode))),
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
        # the list's "recent activity" order should look like a center's, not like one import
        tx.update("cases", case_id, {"last_activity_at": f"{latest.isoformat()}T18:00:00.000Z"})
        return sessions_per_case


def create_demo_installation(root: Path, kdf: KdfParams, clients: int = 200, sessions_per_case: int = 4) -> Vault:
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
    DemoData(session).seed(clients, sessions_per_case)
    session.logout()
    return vault
