"""The table models: consistent for Qt's model tester, and showing what the DTOs hold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from onestop_desktop.domain.audit import AuditAction
from onestop_desktop.domain.oversight import AuditLine, AuditQuery
from onestop_desktop.domain.roles import Role
from onestop_desktop.domain.users import User
from onestop_desktop.services.session import Session
from onestop_desktop.ui.models.audit_table_model import AuditTableModel
from onestop_desktop.ui.models.user_table_model import Column, UserTableModel

AT = "2025-01-01T00:00:00.000Z"
USERS = [
    User("id-1", "admin", "이수진", Role.ADMIN, True, False, AT, AT),
    User("id-2", "minji", "김민지", Role.COUNSELOR, True, True, AT, AT),
    User("id-3", "old.staff", "박철수", Role.STAFF, False, False, AT, AT),
]


@pytest.mark.parametrize("users", [[], USERS[:1], USERS])
def test_user_model_passes_the_model_tester(qtmodeltester: ModelTester, users: list[User]) -> None:
    model = UserTableModel(users)
    qtmodeltester.check(model, force_py=True)
    model.set_users(list(reversed(USERS)))
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (0, ["admin", "이수진", "Administrator", "Active", "Set by the user"]),
        (1, ["minji", "김민지", "Counselor", "Active", "Temporary"]),
        (2, ["old.staff", "박철수", "Staff", "Deactivated", ""]),
    ],
)
def test_user_model_rows(row: int, expected: list[str]) -> None:
    model = UserTableModel(USERS)
    assert [model.index(row, c).data() for c in range(model.columnCount())] == expected
    assert model.index(row, Column.ROLE).data(Qt.ItemDataRole.UserRole) == USERS[row].username
    assert model.row_of(USERS[row].username) == row
    assert model.user_at(row) == USERS[row]


def test_user_model_headers_and_styles() -> None:
    model = UserTableModel(USERS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["User name", "Name", "Role", "Status", "Passphrase"]
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # deactivated: greyed
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "new passphrase" in model.index(1, Column.PASSPHRASE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.user_at(7) is None and model.row_of("nobody") == -1


def test_user_model_from_the_service(qtmodeltester: ModelTester, admin_session: Session) -> None:
    model = UserTableModel(admin_session.users.list())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "admin"


def _line(seq: int, action: AuditAction, subject_type: str = "", subject_id: str = "", label: str = "") -> AuditLine:
    detail = "role: counselor -> admin" if action is AuditAction.ACCESS_CHANGE else "detail"
    return AuditLine(seq, "2025-03-04T06:20:07.000Z", "admin", str(action), subject_type, subject_id, label, detail)


def test_audit_model(qtmodeltester: ModelTester) -> None:
    user_id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    lines = [
        _line(3, AuditAction.VIEW, "case", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a99", "D1-2026-00007"),
        _line(2, AuditAction.ACCESS_CHANGE, "user", user_id),
        _line(1, AuditAction.LOGIN),
    ]
    model = AuditTableModel(lambda query, offset, limit: lines[offset : offset + limit])
    model.set_query(AuditQuery())
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 4).data() == "case D1-2026-00007"  # the case by its number, never its id
    assert model.index(1, 3).data() == "access change"
    assert model.index(1, 4).data() == "user 0c1d2e3f4a5b"
    assert model.index(1, 5).data() == "role: Counselor → Administrator"
    assert model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole) == "role: counselor -> admin"
    assert model.index(2, 4).data() == "" and model.index(2, 5).data() == "detail"
    assert model.index(1, 1).data().count(":") == 2  # local date and time


def test_audit_model_pages_from_the_service(qtmodeltester: ModelTester, admin_session: Session) -> None:
    model = AuditTableModel(admin_session.audit.page)
    model.set_query(AuditQuery())
    qtmodeltester.check(model, force_py=True)
    actions = [model.index(row, 3).data() for row in range(model.rowCount())]
    assert actions[-1] == "setup" and "login" in actions
    model.set_query(AuditQuery(action=AuditAction.SETUP))
    assert model.rowCount() == 1 and model.pages_fetched == 1
