"""A small center for the case-work UI tests: four cases, an outreach worker and a staff member.

All the people share the test center of `ready_vault`; the cases are made through the
services (a real encrypted database), so the UI reads them as it would in production.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from onestop_desktop.domain.casework import CounselingSessionForm, FollowupForm, IntakeForm
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType, IntakeChannel, RiskLevel
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

from .helpers import ADMIN, ADMIN_PASS, STAFF

FIELD = "field1"
FIELD_NAME = "최가람"
DESK = "desk1"
DESK_NAME = "한마루"
PEOPLE_PASS = "Narae-57-Ttang!"
NOTE_WORDS = "해바라기센터 동행"  # only in 홍길동's session note


@dataclass(frozen=True)
class Cases:
    hong: str  # 홍길동: stalking, high risk, lead: minji; a session with NOTE_WORDS
    kim: str  # 김영희: domestic violence, lead: admin; an overdue follow-up for admin
    kim2: str  # 김철수: sexual violence, critical, lead: the outreach worker
    alias: str  # 박민수 shown as his alias 해솔: digital sex crime, lead: minji


def _add_person(admin: Session, vault: Vault, username: str, name: str, role: Role) -> None:
    temporary = "Imsi-Pass-4821!"
    admin.users.add(username, name, role, temporary)
    person = vault.login(username, temporary)
    person.users.change_own_passphrase(temporary, PEOPLE_PASS, PEOPLE_PASS)
    person.logout()


def _intake(
    admin: Session,
    name: str,
    phone: str,
    crime: CrimeType,
    lead: str,
    *,
    alias: str = "",
    risk: RiskLevel | None = None,
) -> str:
    return admin.intake.create(
        IntakeForm(
            name=name,
            alias=alias,
            phone=phone,
            crime_types={crime},
            birth_date="1990-03-15",
            channel=IntakeChannel.PHONE,
            lead_counselor_id=lead,
            risk_level=risk,
        )
    )


def seed_center(vault: Vault) -> Cases:
    admin = vault.login(ADMIN, ADMIN_PASS)
    try:
        _add_person(admin, vault, FIELD, FIELD_NAME, Role.OUTREACH)
        _add_person(admin, vault, DESK, DESK_NAME, Role.STAFF)
        ids = {u.username: u.id for u in admin.users.list()}
        hong = _intake(admin, "홍길동", "010-1234-5678", CrimeType.STALKING, ids[STAFF], risk=RiskLevel.HIGH)
        kim = _intake(admin, "김영희", "010-9876-5432", CrimeType.DOMESTIC, ids[ADMIN])
        kim2 = _intake(admin, "김철수", "02-123-4567", CrimeType.SEXUAL, ids[FIELD], risk=RiskLevel.CRITICAL)
        alias = _intake(admin, "박민수", "010-5555-0001", CrimeType.DIGITAL_SEX, ids[STAFF], alias="해솔")
        yesterday = (date.today() - timedelta(days=1)).isoformat()
        admin.cases.add_counseling_session(
            hong,
            CounselingSessionForm(
                started_at=f"{yesterday} 10:00", note=f"{NOTE_WORDS} 일정을 잡음", next_steps="다음 주 재상담"
            ),
        )
        admin.cases.add_followup(
            kim, FollowupForm("보호시설 입소 확인", (date.today() - timedelta(days=2)).isoformat(), ids[ADMIN])
        )
        return Cases(hong, kim, kim2, alias)
    finally:
        admin.logout()
