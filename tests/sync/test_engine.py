"""The store-backed sync engine: enrolment, convergence, conflicts, refusals, revocation and field kits."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from onestop_desktop.domain.casework import CaseDetailsForm, CaseQuery, IntakeForm, PhoneForm
from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import sync_store as ss
from onestop_desktop.sync.bundle import parse_bundle_name
from onestop_desktop.sync.engine import SyncEngine, SyncReport
from tests.conftest import ADMIN_PASSPHRASE, CENTER, FAST_KDF
from tests.helpers import files_containing

OUTREACH_PASSPHRASE = "Bada-Haneul-42-Byeol"


class Center:
    """Devices of one center in temporary folders, sharing one sync folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = root / "folder"
        self.folder.mkdir()
        self.desk = (
            Vault(root / "desk1", kdf=FAST_KDF)
            .initialize(CENTER, "desk1", "D1", "admin", "관리자", ADMIN_PASSPHRASE)
            .session
        )

    def enrol(self, name: str, scope: str = "all", user: str = "admin", passphrase: str = ADMIN_PASSPHRASE) -> Session:
        enrolment = self.root / f"{name}.enrol"
        code = self.desk.sync.enrol(name, scope, [user], enrolment)
        return Vault(self.root / name, kdf=FAST_KDF).join(enrolment, code, user, passphrase)

    def sync(self, *sessions: Session, rounds: int = 2) -> None:
        for _ in range(rounds):
            for s in sessions:
                s.sync.run(self.folder)


@pytest.fixture
def center(tmp_path: Path) -> Center:
    c = Center(tmp_path)
    yield c
    if not c.desk.is_locked:
        c.desk.logout()


def _case(session: Session, name: str = "홍길동") -> str:
    return session.intake.create(IntakeForm(name=name, birth_date="1990-03-15", crime_types={CrimeType.STALKING}))


def _digest(session: Session) -> str:
    return session.sync.status().digest


def _set_summary(session: Session, case_id: str, text: str) -> None:
    details = session.cases.open(case_id).case
    form = CaseDetailsForm(
        intake_date=details.intake_date.isoformat(), incident_summary=text, lead_counselor_id=details.lead_counselor_id
    )
    session.cases.update_details(case_id, form)


def test_a_joined_workstation_converges_both_ways(center: Center) -> None:
    first = _case(center.desk, "김하늘")
    desk2 = center.enrol("desk2")
    assert desk2.cases.open(first).client.name == "김하늘"  # the snapshot came with the enrolment
    second = _case(desk2, "이바다")
    center.sync(center.desk, desk2)
    assert center.desk.cases.open(second).client.name == "이바다"
    assert _digest(center.desk) == _digest(desk2)
    assert desk2.sync.status().gaps == () and center.desk.sync.status().pending_changes == 0
    desk2.logout()


def test_the_same_field_edited_on_two_devices_is_a_conflict_until_resolved(center: Center) -> None:
    case_id = _case(center.desk)
    desk2 = center.enrol("desk2")
    _set_summary(center.desk, case_id, "데스크1의 요약")
    _set_summary(desk2, case_id, "데스크2의 요약")
    center.sync(center.desk, desk2)
    conflicts = [c for c in center.desk.sync.conflicts() if c.column == "incident_summary"]
    assert len(conflicts) == 1
    assert {v.value for v in conflicts[0].versions} == {"데스크1의 요약", "데스크2의 요약"}
    assert [c.id for c in desk2.sync.conflicts()] == [c.id for c in center.desk.sync.conflicts()]
    assert _digest(center.desk) == _digest(desk2)

    desk2.sync.resolve(conflicts[0].id, "두 요약을 합친 내용")
    center.sync(center.desk, desk2)
    assert center.desk.sync.conflicts() == [] and desk2.sync.conflicts() == []
    assert center.desk.cases.open(case_id).case.incident_summary == "두 요약을 합친 내용"
    assert _digest(center.desk) == _digest(desk2)
    desk2.logout()


def test_an_edit_against_a_delete_is_kept_as_a_conflict(center: Center) -> None:
    case_id = _case(center.desk)
    desk2 = center.enrol("desk2")
    phone = center.desk.cases.open(case_id).client
    phone_id = center.desk.cases.add_phone(case_id, PhoneForm(number="010-1234-5678"))
    center.sync(center.desk, desk2)
    center.desk.cases.remove_phone(case_id, phone_id)
    desk2_phone = desk2.cases.open(case_id).client
    assert phone is not None and desk2_phone is not None
    with desk2.store.write(desk2.actor) as tx:  # an edit of the same row made without seeing the delete
        tx.update("client_phones", phone_id, {"instructions": "저녁에만 통화"})
    center.sync(center.desk, desk2)
    kinds = {c.kind for c in center.desk.sync.conflicts()}
    assert "delete" in kinds
    assert [c.id for c in desk2.sync.conflicts()] == [c.id for c in center.desk.sync.conflicts()]
    desk2.logout()


def test_applying_the_same_bundles_again_changes_nothing(center: Center) -> None:
    desk2 = center.enrol("desk2")
    _case(desk2)
    center.sync(center.desk, desk2)
    center.desk.sync.run(center.folder)  # nothing left to send
    before_files = sorted(os.listdir(center.folder))
    with center.desk.store.read() as conn:
        clock, changes = ss.clock(conn), conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    digest = _digest(center.desk)
    with center.desk.store.write(center.desk.actor) as tx:  # forget having applied them
        tx.conn.execute("DELETE FROM sync_inbox")
    with center.desk.store.read() as conn:
        clock = ss.clock(conn)
    report = center.desk.sync.run(center.folder)
    assert report.applied >= 1 and report.changes == 0 and report.written == 0
    with center.desk.store.read() as conn:
        assert ss.clock(conn) == clock  # not even the clock moved
        assert conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == changes
    assert sorted(os.listdir(center.folder)) == before_files and _digest(center.desk) == digest
    desk2.logout()


@pytest.mark.parametrize("where", [0.0, 0.1, 0.5, 0.9, 1.0])
def test_a_damaged_bundle_is_refused_and_an_intact_copy_later_applied(center: Center, where: float) -> None:
    desk2 = center.enrol("desk2")
    _case(desk2, "표식가나다")
    report = desk2.sync.run(center.folder)
    assert report.written == 1
    [name] = [n for n in os.listdir(center.folder) if parse_bundle_name(n)]
    path = center.folder / name
    intact = path.read_bytes()
    damaged = bytearray(intact)
    damaged[min(len(damaged) - 1, int(len(damaged) * where))] ^= 0x40
    path.write_bytes(bytes(damaged))
    digest = _digest(center.desk)
    refused = center.desk.sync.run(center.folder)
    assert [code for _, code in refused.refused] and refused.applied == 0
    assert _digest(center.desk) == digest
    path.write_bytes(intact[: len(intact) // 2])  # truncated, as by a pulled USB stick
    assert center.desk.sync.run(center.folder).applied == 0
    path.write_bytes(intact)
    assert center.desk.sync.run(center.folder).applied == 1
    assert any(c.client.name == "표식가나다" for c in _all_cases(center.desk))
    desk2.logout()


def _all_cases(session: Session) -> list:  # type: ignore[type-arg]
    with session.store.read() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM cases")]
    return [session.cases.open(i) for i in ids]


def test_no_plaintext_reaches_the_sync_folder(center: Center) -> None:
    desk2 = center.enrol("desk2")
    _case(center.desk, "표식동기화")
    center.sync(center.desk, desk2)
    assert files_containing(center.folder, "표식동기화") == []
    assert not any(n.endswith((".tmp", ".part")) for n in os.listdir(center.folder))
    desk2.logout()


def test_a_bundle_for_another_device_is_skipped_without_change(center: Center) -> None:
    desk2 = center.enrol("desk2")
    desk3 = center.enrol("desk3")
    _case(desk2)
    desk2.sync.run(center.folder)  # one bundle to desk1, one to desk3
    digest = _digest(center.desk)
    with center.desk.store.write(center.desk.actor) as tx:  # pretend desk1 is not a recipient of any
        tx.conn.execute("UPDATE this_device SET device_id = device_id")
    report = desk3.sync.run(center.folder)
    assert report.not_for_us >= 1 and report.refused == []
    assert _digest(center.desk) == digest
    desk2.logout()
    desk3.logout()


def test_a_clock_far_ahead_is_quarantined_naming_the_device(center: Center) -> None:
    desk2 = center.enrol("desk2")
    with desk2.store.write(desk2.actor) as tx:  # desk2's clock is set a year ahead
        future = (time.time_ns() // 1_000_000) + 365 * 86_400_000
        tx.conn.execute(
            "UPDATE this_device SET hlc_last = ?", (f"{future:013d}-000000-{desk2.store.device.device_id}",)
        )
    _case(desk2)
    desk2.sync.run(center.folder)
    report = center.desk.sync.run(center.folder)
    assert report.quarantined == 1 and report.applied == 0
    [(device, _, reason, detail)] = center.desk.sync.status().quarantined
    assert device == "desk2" and reason == "clock" and int(detail) > 364 * 86_400
    desk2.logout()


@pytest.mark.parametrize("new_payload_format", [False, True])
def test_bundles_from_a_newer_version_are_kept_and_applied_after_the_upgrade(
    center: Center, monkeypatch: pytest.MonkeyPatch, new_payload_format: bool
) -> None:
    from onestop_desktop.storage import migrate
    from onestop_desktop.sync import payload

    desk2 = center.enrol("desk2")
    newer = migrate.LATEST_VERSION + 1
    with monkeypatch.context() as upgraded:  # desk2 runs a newer release (maybe with a payload this one cannot read)
        upgraded.setattr(migrate, "LATEST_VERSION", newer)
        if new_payload_format:
            upgraded.setattr(payload, "PAYLOAD_VERSION", payload.PAYLOAD_VERSION + 1)
        case_id = _case(desk2, "새버전기록")
        desk2.sync.run(center.folder)
    report = center.desk.sync.run(center.folder)
    assert report.quarantined == 1 and report.refused == [] and report.applied == 0
    [(device, _, reason, detail)] = center.desk.sync.status().quarantined
    assert (device, reason, detail) == ("desk2", "schema", str(newer))
    assert center.desk.sync.run(center.folder).refused == []  # kept, retried, not refused, no crash
    with monkeypatch.context() as upgraded:  # this device is upgraded too
        upgraded.setattr(migrate, "LATEST_VERSION", newer)
        if new_payload_format:
            upgraded.setattr(payload, "PAYLOAD_VERSION", payload.PAYLOAD_VERSION + 1)
        center.desk.sync.run(center.folder)
    assert center.desk.cases.open(case_id).client.name == "새버전기록"
    assert center.desk.sync.status().quarantined == ()
    desk2.logout()


def test_a_revoked_device_is_cut_off_and_wipes_itself(center: Center) -> None:
    desk2 = center.enrol("desk2")
    center.sync(center.desk, desk2)
    desk2_root = desk2.vault.data_dir.root
    center.desk.sync.revoke("desk2")
    _case(center.desk, "폐기후기록")
    _case(desk2, "폐기된기기의기록")
    # desk2 does not know yet: it writes a bundle to desk1 (without reading the folder first)
    SyncEngine(desk2.store, desk2.actor, lambda: None).write_bundles(center.folder, SyncReport())
    report = center.desk.sync.run(center.folder)
    assert report.quarantined == 1  # written after the revocation: kept for an administrator, not merged
    assert not any(c.client.name == "폐기된기기의기록" for c in _all_cases(center.desk))
    assert files_containing(center.folder, "폐기후기록") == []
    with pytest.raises(OneStopError) as wiped:
        desk2.sync.run(center.folder)
    assert wiped.value.code is ErrorCode.DEVICE_REVOKED
    assert not (desk2_root / "keys.json").exists() and not (desk2_root / "onestop.db").exists()
    with pytest.raises(OneStopError):
        Vault(desk2_root, kdf=FAST_KDF).login("admin", ADMIN_PASSPHRASE)


def test_a_field_kit_holds_only_assigned_cases_and_loses_a_reassigned_one(center: Center) -> None:
    outreach = center.desk.users.add("field1", "현장상담원", Role.OUTREACH, OUTREACH_PASSPHRASE)
    mine, other = _case(center.desk, "배정사례"), _case(center.desk, "비배정사례")
    center.desk.cases.set_team(mine, {outreach.id})
    kit = center.enrol("laptop1", "field", "field1", OUTREACH_PASSPHRASE)
    with kit.store.read() as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM cases")} == {mine}
        assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 1
    _case(center.desk, "새비배정")
    center.sync(center.desk, kit)
    with kit.store.read() as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM cases")} == {mine}
    assert other not in {c.case.id for c in _all_cases(kit)}

    center.desk.cases.set_team(mine, set())  # taken away from the laptop's user
    center.desk.cases.set_team(other, {outreach.id})
    center.sync(center.desk, kit)
    with kit.store.read() as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM cases")} == {other}
        assert conn.execute("SELECT count(*) FROM clients WHERE name = '배정사례'").fetchone()[0] == 0
        # its history left too: no change-log row still carries the client's name or the case's fields
        assert conn.execute("SELECT count(*) FROM change_log WHERE data LIKE '%\"배정사례\"%'").fetchone()[0] == 0
        assert (
            conn.execute("SELECT count(*) FROM change_log WHERE row_id = ? AND op != 'purge'", (mine,)).fetchone()[0]
            == 0
        )
    # the search index forgot it too: "배정사례" now finds only "비배정사례"
    assert [h.id for h in kit.cases.page(CaseQuery(text="배정사례"))] == [other]
    kit.logout()


def test_sync_status_prints_the_same_digest_for_the_same_data(center: Center) -> None:
    desk2 = center.enrol("desk2")
    center.sync(center.desk, desk2)
    one, two = center.desk.sync.status(), desk2.sync.status()
    assert one.digest == two.digest and len(one.digest) == 64
    assert {d.name for d in one.devices} == {"desk1", "desk2"}
    assert json.dumps(one.digest)
    desk2.logout()


def test_a_restored_workstation_takes_a_new_identity_and_gets_back_what_it_lost(center: Center) -> None:
    desk2 = center.enrol("desk2")
    center.sync(center.desk, desk2)
    backup = center.root / "desk2.bak"
    desk2.backups.create(backup)
    old_id = desk2.store.device.device_id
    _case(desk2, "백업이후")  # written after the backup and synced: the restore loses it locally
    center.sync(desk2, center.desk)
    vault2 = desk2.vault
    desk2.logout()
    vault2.restore(backup, "admin", ADMIN_PASSPHRASE)
    desk2 = vault2.login("admin", ADMIN_PASSPHRASE)
    assert desk2.store.device.device_id != old_id  # before it writes anything
    _case(desk2, "복원이후")
    center.sync(desk2, center.desk, desk2, rounds=2)
    names_1 = {c.client.name for c in _all_cases(center.desk)}
    names_2 = {c.client.name for c in _all_cases(desk2)}
    assert {"백업이후", "복원이후"} <= names_1 and names_1 == names_2
    assert _digest(center.desk) == _digest(desk2)
    devices = {d.id: d for d in center.desk.sync.devices()}
    assert desk2.store.device.device_id in devices and old_id in devices
    assert devices[desk2.store.device.device_id].code != devices[old_id].code  # case numbers cannot repeat
    desk2.logout()


def test_a_copied_database_without_peers_keeps_its_identity(tmp_path: Path) -> None:
    import shutil

    vault = Vault(tmp_path / "one", kdf=FAST_KDF)
    session = vault.initialize(CENTER, "desk1", "D1", "admin", "관리자", ADMIN_PASSPHRASE).session
    device = session.store.device.device_id
    session.logout()
    shutil.copytree(tmp_path / "one", tmp_path / "two")
    copy = Vault(tmp_path / "two", kdf=FAST_KDF).login("admin", ADMIN_PASSPHRASE)
    assert copy.store.device.device_id == device  # nobody to diverge from: nothing changes
    copy.logout()


def test_every_user_listed_at_enrolment_confirms_their_passphrase_at_first_login(center: Center) -> None:
    kim = center.desk.users.add("kim", "김상담", Role.COUNSELOR, OUTREACH_PASSPHRASE)
    enrolment = center.root / "desk2.enrol"
    code = center.desk.sync.enrol("desk2", "all", ["admin", "kim"], enrolment)
    desk2 = Vault(center.root / "desk2", kdf=FAST_KDF).join(enrolment, code, "admin", ADMIN_PASSPHRASE)
    desk2.logout()
    vault = Vault(center.root / "desk2", kdf=FAST_KDF)
    assert vault.usernames() == ["admin", "kim"]
    with pytest.raises(OneStopError) as wrong:
        vault.login("kim", "Not-Kims-Passphrase-1")
    assert wrong.value.code is ErrorCode.WRONG_CREDENTIALS
    vault = Vault(center.root / "desk2", kdf=FAST_KDF, clock=lambda: time.time() + 10)  # past the 1 s throttle
    session = vault.login("kim", OUTREACH_PASSPHRASE)
    assert session.user.id == kim.id
    session.logout()
    again = vault.login("kim", OUTREACH_PASSPHRASE)  # now an ordinary entry
    again.logout()
    assert not enrolment.exists()  # the file is single use


def test_a_bundle_leaves_the_folder_once_its_recipient_has_acknowledged_it(center: Center) -> None:
    desk2 = center.enrol("desk2")
    _case(center.desk, "확인후삭제")
    center.desk.sync.run(center.folder)
    mine = center.desk.store.device.device_id
    first = sorted(n for n in os.listdir(center.folder) if n.startswith(mine))
    assert first
    desk2.sync.run(center.folder)  # applies it; its next bundle carries the acknowledgement
    _case(desk2, "답장")
    desk2.sync.run(center.folder)
    center.desk.sync.run(center.folder)
    assert not set(first) & set(os.listdir(center.folder))
    assert center.desk.cases.page(CaseQuery(text="답장"))  # and the reply itself arrived
    desk2.logout()


def test_a_bundle_from_a_device_of_another_center_is_refused_without_change(center: Center, tmp_path: Path) -> None:
    stranger = (
        Vault(tmp_path / "other", kdf=FAST_KDF)
        .initialize("다른센터", "desk9", "D9", "admin", "관리자", ADMIN_PASSPHRASE)
        .session
    )
    _case(stranger, "외부기록")
    # it even knows desk1's public key and encrypts to it: the signature is what nobody here can vouch for
    from onestop_desktop.storage import sync_store as store_sql

    with center.desk.store.read() as conn:
        me = next(d for d in store_sql.devices(conn) if d.id == center.desk.store.device.device_id)
    with stranger.store.write(stranger.actor) as tx:
        tx.insert(
            "devices",
            {
                "id": me.id,
                "name": "desk1",
                "code": "D1X",
                "enc_public_key": me.enc_public_key,
                "sign_public_key": me.sign_public_key,
            },
        )
    stranger.sync.run(center.folder)
    digest = _digest(center.desk)
    report = center.desk.sync.run(center.folder)
    assert [code for _, code in report.refused] == ["unknown_sender"] and report.applied == 0
    assert _digest(center.desk) == digest
    stranger.logout()


def test_a_missing_sync_capture_trigger_is_reported_by_check(center: Center) -> None:
    from onestop_desktop.storage.change_capture import missing_capture

    with center.desk.store.read() as conn:
        assert missing_capture(conn) == []
        conn.execute("SAVEPOINT trial")
        conn.execute("DROP TRIGGER sync_capture")
        assert missing_capture(conn) != []  # `onestop-admin check` lists it
        conn.execute("ROLLBACK TO trial")
        conn.execute("RELEASE trial")
        assert missing_capture(conn) == []


def test_a_field_kit_sends_its_own_edits_of_a_case_before_purging_it(center: Center) -> None:
    outreach = center.desk.users.add("field1", "현장상담원", Role.OUTREACH, OUTREACH_PASSPHRASE)
    case_id = _case(center.desk, "현장기록")
    center.desk.cases.set_team(case_id, {outreach.id})
    kit = center.enrol("laptop1", "field", "field1", OUTREACH_PASSPHRASE)
    _set_summary(kit, case_id, "방문 상담 내용: 현장에서 작성")  # written offline on the laptop
    center.desk.cases.set_team(case_id, set())  # meanwhile the case is taken away from the laptop's user
    center.desk.sync.run(center.folder)
    kit.sync.run(center.folder)  # learns it must purge the case, but sends its edit first
    with kit.store.read() as conn:
        assert conn.execute("SELECT count(*) FROM cases WHERE id = ?", (case_id,)).fetchone()[0] == 0
    center.desk.sync.run(center.folder)
    assert center.desk.cases.open(case_id).case.incident_summary == "방문 상담 내용: 현장에서 작성"
    kit.logout()


# -- tombstone collection ----------------------------------------------------------------------------------
def _team_row(session: Session, row_id: str) -> tuple[object, ...] | None:
    with session.store.read() as conn:
        return conn.execute("SELECT user_id, deleted_at FROM case_team WHERE id = ?", (row_id,)).fetchone()


def _history_of(session: Session, row_id: str) -> int:
    with session.store.read() as conn:
        return int(conn.execute("SELECT count(*) FROM change_log WHERE row_id = ?", (row_id,)).fetchone()[0])


def _team_case(center: Center) -> tuple[str, str, str]:
    counselor = center.desk.users.add("kim", "김상담", Role.COUNSELOR, OUTREACH_PASSPHRASE)
    case_id = _case(center.desk, "팀구성")
    center.desk.cases.set_team(case_id, {counselor.id})
    return case_id, counselor.id, f"{case_id}:{counselor.id}"


def test_a_delete_is_collected_only_once_every_active_device_holds_it(
    center: Center, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onestop_desktop.sync import outbox

    monkeypatch.setattr(outbox, "HORIZON_INTERVAL_S", 0)  # idle devices report what they hold at every run
    case_id, _, row_id = _team_case(center)
    desk2, desk3 = center.enrol("desk2"), center.enrol("desk3")
    center.sync(center.desk, desk2, desk3)
    center.desk.cases.set_team(case_id, set())  # the member is removed: a tombstone
    center.sync(center.desk, desk2, rounds=3)  # desk3 is away
    for s in (center.desk, desk2):  # desk3 has not said it holds the delete: nobody may forget it yet
        assert _team_row(s, row_id) is not None and _history_of(s, row_id) > 0
    center.sync(center.desk, desk2, desk3, rounds=3)
    for s in (center.desk, desk2, desk3):
        assert _team_row(s, row_id) is None and _history_of(s, row_id) == 0  # row and history gone
        with s.store.read() as conn:
            assert [r.row_id for r in ss.collected(conn)] == [row_id]
    assert len({_digest(s) for s in (center.desk, desk2, desk3)}) == 1
    for s in (center.desk, desk2, desk3):  # each device records its own collection in its audit trail
        with s.store.read() as conn:
            assert (
                conn.execute(
                    "SELECT count(*) FROM audit_log WHERE detail LIKE 'collected%' AND device_id = ?",
                    (s.store.device.device_id,),
                ).fetchone()[0]
                == 1
            )
    # a late copy of the delete (a relayed bundle, a restored folder) changes nothing where it was collected
    report = desk3.sync.run(center.folder)
    assert report.refused == [] and _team_row(desk3, row_id) is None
    desk2.logout()
    desk3.logout()


def test_a_collected_row_created_again_merges_without_conflict(center: Center) -> None:
    case_id, member, row_id = _team_case(center)
    desk2 = center.enrol("desk2")
    center.sync(center.desk, desk2)
    center.desk.cases.set_team(case_id, set())
    center.desk.sync.run(center.folder)
    desk2.sync.run(center.folder)  # desk2 holds everything desk1 wrote up to the delete: it collects the row
    assert _team_row(desk2, row_id) is None and _team_row(center.desk, row_id) is not None
    desk2.cases.set_team(case_id, {member})  # the same member added again: the same row id, written anew
    center.sync(desk2, center.desk)
    for s in (center.desk, desk2):
        assert _team_row(s, row_id) == (member, None)
        assert s.sync.conflicts() == []
    assert _digest(center.desk) == _digest(desk2)
    desk2.logout()


def test_a_row_brought_back_where_its_delete_was_not_collected_comes_back_everywhere(center: Center) -> None:
    case_id, member, row_id = _team_case(center)
    desk2 = center.enrol("desk2")
    center.sync(center.desk, desk2)
    center.desk.cases.set_team(case_id, set())
    center.desk.sync.run(center.folder)
    desk2.sync.run(center.folder)  # collected on desk2, still a tombstone on desk1
    center.desk.cases.set_team(case_id, {member})  # brought back: logged as the whole row
    center.sync(center.desk, desk2)
    for s in (center.desk, desk2):
        assert _team_row(s, row_id) == (member, None) and s.sync.conflicts() == []
    assert _digest(center.desk) == _digest(desk2)
    desk2.logout()


def test_a_sync_run_checkpoints_less_often_only_while_it_runs(center: Center) -> None:
    seen: list[int] = []
    real = center.desk.store.write

    def spying_write(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        seen.append(int(center.desk.store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    desk2 = center.enrol("desk2")
    _case(desk2, "체크포인트")
    desk2.sync.run(center.folder)
    center.desk.store.write = spying_write  # type: ignore[method-assign]
    center.desk.sync.run(center.folder)
    assert seen and seen[0] > 1000  # applying: the WAL is copied into the database in larger steps
    with center.desk.store.read() as conn:
        assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # and back to normal afterwards
    desk2.logout()
