"""Trust boundaries #5 (the peers' half): each device's audit-chain head is recorded by its peers, so a chain cut
back on the device itself is reported at the workstation ("laptop-2: seen up to 12, now ends at 4")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.services.session import Session
from tests.sync.test_engine import Center, _case


@pytest.fixture
def center(tmp_path: Path) -> Iterator[Center]:
    c = Center(tmp_path)
    yield c
    if not c.desk.is_locked:
        c.desk.logout()


def _own_head(session: Session) -> int:
    with session.store.read() as conn:
        return int(
            conn.execute(
                "SELECT max(device_seq) FROM audit_log WHERE device_id = ?", (session.store.device.device_id,)
            ).fetchone()[0]
        )


def _cut(session: Session) -> list[tuple[str, int, str, str]]:
    return [q for q in session.sync.status(with_digest=False).quarantined if q[2] == "audit_truncated"]


def test_a_laptops_audit_chain_cut_back_on_the_laptop_is_reported_at_the_workstation(center: Center) -> None:
    laptop = center.enrol("laptop-2")
    for name in ("가나", "다라", "마바", "사아", "자차"):
        _case(laptop, name)
    center.sync(laptop, center.desk)
    seen = _own_head(laptop)
    assert seen > 6 and _cut(center.desk) == []

    # someone holding the laptop's data key drops the append-only trigger and deletes the chain's tail
    with laptop.store.bookkeeping() as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE device_id = ? AND device_seq > 2", (laptop.store.device.device_id,))
    _case(laptop, "잘린뒤")  # the chain goes on from the cut: it is well formed, only shorter
    laptop.sync.run(center.folder)
    center.desk.sync.run(center.folder)

    (cut,) = _cut(center.desk)
    assert cut[0] == "laptop-2"
    highest, _, now = cut[3].partition(" -> ")
    assert int(highest) >= seen - 1 and int(now) < int(highest)
    assert any(
        e.action is AuditAction.DENIED and "audit chain" in e.detail and "cut" in e.detail
        for e in center.desk.audit.recent()
    )
    assert any("audit chain" in p for p in center.desk.maintenance.check())
    laptop.logout()


def test_an_unbroken_chain_is_never_reported(center: Center) -> None:
    laptop = center.enrol("laptop-2")
    for round_ in ("하나", "둘", "셋"):
        _case(laptop, round_)
        center.sync(laptop, center.desk)
        _case(center.desk, round_ + "더")
        center.sync(center.desk, laptop)
    assert _cut(center.desk) == [] and _cut(laptop) == []
    laptop.logout()
