"""A key holder who cuts the newest audit entries and drops the append-only triggers is caught.

The attack (trust-boundaries finding 5, local half): with the data key, drop `audit_log_no_delete`, delete the
last rows of this device's chain; what is left is a valid chain, and `audit verify` and `check` passed. Now
the chain's head (sequence, hash) is signed into audit-head.json after every commit, and compared at unlock,
in `check` and in `audit verify`; `check` also reports missing append-only triggers.
"""

from __future__ import annotations

import json
from pathlib import Path

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage.db import connect

from ..conftest import ADMIN_PASSPHRASE, FAST_KDF
from .conftest import Installation


def _cut_the_tail(data_dir: Path, key: bytes, rows: int) -> None:
    """What the attacker runs with the key: no triggers in the way, the newest rows of the chain gone."""
    conn = connect(data_dir / "onestop.db", key)
    try:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DROP TRIGGER audit_log_no_update")
        device = conn.execute("SELECT device_id FROM this_device").fetchone()[0]
        conn.execute(
            "DELETE FROM audit_log WHERE device_id = ? AND device_seq > (SELECT max(device_seq) - ? FROM audit_log"
            " WHERE device_id = ?)",
            (device, rows, device),
        )
    finally:
        conn.close()


def _busy_admin(admin_session: Session) -> bytes:
    for n in range(5):
        admin_session.record(AuditAction.VIEW, "client", f"c{n}")
    key = admin_session.data_key
    admin_session.logout()
    return key


def test_a_cut_tail_fails_check_and_verify_in_the_command_line(installed: Installation) -> None:
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    key = _busy_admin(session)
    _cut_the_tail(installed.data_dir, key, 3)

    check = installed.admin("check")
    assert check.code == 1
    assert "entries were removed" in check.out
    assert "append-only trigger audit_log_no_delete is missing" in check.out
    verify = installed.admin("audit", "verify")
    assert verify.code == 1 and "entries were removed" in verify.out


def test_the_cut_is_audited_at_unlock_and_keeps_being_reported(admin_session: Session, data_dir: Path) -> None:
    key = _busy_admin(admin_session)
    _cut_the_tail(data_dir, key, 2)
    session = Vault(data_dir, kdf=FAST_KDF).login("admin", ADMIN_PASSPHRASE)  # later entries continue the chain
    try:
        alerts = [e for e in session.audit.recent(50) if e.action is AuditAction.TAMPER]
        assert len(alerts) == 1 and "entries were removed" in alerts[0].detail
        problems = session.maintenance.check()
        assert any("entries were removed" in p and "found at unlock" in p for p in problems)
        _, chain = session.audit.verify()
        assert any("entries were removed" in p.reason for p in chain)
    finally:
        session.logout()


def test_an_untouched_trail_passes_and_the_head_follows_every_commit(admin_session: Session, data_dir: Path) -> None:
    before = (data_dir / "audit-head.json").read_bytes()
    admin_session.record(AuditAction.VIEW, "client", "c1")
    assert (data_dir / "audit-head.json").read_bytes() != before
    assert admin_session.maintenance.check() == []
    assert admin_session.audit.verify()[1] == []


def test_an_altered_or_deleted_head_file_is_reported(admin_session: Session, data_dir: Path) -> None:
    head = data_dir / "audit-head.json"
    raw = json.loads(head.read_text())
    signed = json.loads(raw["signed"])
    first_device = next(iter(signed[2]))
    signed[2][first_device][0] += 100  # claims a longer chain, signature no longer fits
    raw["signed"] = json.dumps(signed, separators=(",", ":"), sort_keys=True)
    head.write_text(json.dumps(raw))
    assert "audit: the signed audit head is missing or altered" in admin_session.maintenance.check()
    head.unlink()
    assert "audit: the signed audit head is missing or altered" in admin_session.maintenance.check()


def test_missing_append_only_triggers_fail_check(admin_session: Session) -> None:
    with admin_session.store.read() as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
    problems = admin_session.maintenance.check()
    assert "audit: the append-only trigger audit_log_no_update is missing" in problems
