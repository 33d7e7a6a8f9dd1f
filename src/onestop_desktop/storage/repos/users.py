"""Staff accounts."""

from __future__ import annotations

from typing import Any

from ...domain.contacts import PersonContact
from ...domain.roles import Role
from ...domain.users import User
from ..db import Connection
from ..store import WriteTx

_COLUMNS = "id, username, display_name, role, active, must_change_passphrase, created_at, updated_at"


def _user(row: Any) -> User:
    return User(row[0], row[1], row[2], Role(row[3]), bool(row[4]), bool(row[5]), row[6], row[7])


def list_users(conn: Connection, include_inactive: bool = True) -> list[User]:
    where = "deleted_at IS NULL" + ("" if include_inactive else " AND active = 1")
    return [_user(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM users WHERE {where} ORDER BY username")]


def by_username(conn: Connection, username: str) -> User | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM users WHERE username = ? AND deleted_at IS NULL", (username,)
    ).fetchone()
    return _user(row) if row else None


def by_id(conn: Connection, user_id: str) -> User | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE id = ? AND deleted_at IS NULL", (user_id,)).fetchone()
    return _user(row) if row else None


def count_active_admins(conn: Connection) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND deleted_at IS NULL"
        ).fetchone()[0]
    )


def insert(tx: WriteTx, user_id: str, username: str, display_name: str, role: Role, must_change: bool) -> None:
    tx.insert(
        "users",
        {
            "id": user_id,
            "username": username,
            "display_name": display_name,
            "role": str(role),
            "active": 1,
            "must_change_passphrase": int(must_change),
        },
    )


def update(tx: WriteTx, user_id: str, **fields: Any) -> None:
    values = {k: (int(v) if isinstance(v, bool) else str(v) if isinstance(v, Role) else v) for k, v in fields.items()}
    tx.update("users", user_id, values)


def contact(conn: Connection, user_id: str) -> PersonContact:
    """The account's direct line and e-mail (columns of migration 0150, read apart from `User` so that a
    database not yet migrated can still name its accounts)."""
    row = conn.execute("SELECT phone, email FROM users WHERE id = ?", (user_id,)).fetchone()
    return PersonContact(row[0], row[1]) if row else PersonContact("", "")


def set_contact(tx: WriteTx, user_id: str, person: PersonContact) -> None:
    tx.update("users", user_id, {"phone": person.phone, "email": person.email})
