"""Two enrolled devices of one center in temporary folders, sharing one sync folder, for the sync screens."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from onestop_desktop.domain.casework import CaseDetailsForm, IntakeForm
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from tests.conftest import FAST_KDF

from .helpers import ADMIN, ADMIN_NAME, ADMIN_PASS, CENTER, STAFF, STAFF_NAME, STAFF_PASS, STAFF_TEMP

LAPTOP = "laptop-2"


@dataclass
class SyncCenter:
    root: Path
    folder: Path
    desk_vault: Vault
    laptop_vault: Vault
    laptop: Session  # logged in as the administrator on the laptop
    case_id: str

    def desk(self) -> Session:
        return self.desk_vault.login(ADMIN, ADMIN_PASS)


def make_sync_center(root: Path, kdf: object = FAST_KDF) -> SyncCenter:
    folder = root / "sync-folder"
    folder.mkdir(parents=True)
    desk_vault = Vault(root / "desk", kdf=FAST_KDF)
    desk = desk_vault.initialize(CENTER, "상담실 PC 1", "D1", ADMIN, ADMIN_NAME, ADMIN_PASS).session
    desk.users.add(STAFF, STAFF_NAME, Role.COUNSELOR, STAFF_TEMP)
    case_id = desk.intake.create(IntakeForm(name="홍길동", birth_date="1990-03-15", crime_types={CrimeType.STALKING}))
    desk.sync.set_folder(str(folder))
    code = desk.sync.enrol(LAPTOP, "all", [ADMIN], root / "laptop.enrol")
    desk.logout()
    staff = desk_vault.login(STAFF, STAFF_TEMP)
    staff.users.change_own_passphrase(STAFF_TEMP, STAFF_PASS, STAFF_PASS)
    staff.logout()
    laptop_vault = Vault(root / "laptop", kdf=FAST_KDF)
    laptop = laptop_vault.join(root / "laptop.enrol", code, ADMIN, ADMIN_PASS)
    laptop.sync.set_folder(str(folder))
    return SyncCenter(root, folder, desk_vault, laptop_vault, laptop, case_id)


def set_summary(session: Session, case_id: str, text: str) -> None:
    details = session.cases.open(case_id).case
    session.cases.update_details(
        case_id,
        CaseDetailsForm(
            intake_date=details.intake_date.isoformat(),
            incident_summary=text,
            lead_counselor_id=details.lead_counselor_id,
        ),
    )
