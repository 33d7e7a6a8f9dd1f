"""Roles and what each may do (least privilege, 안전성 확보조치 기준 제5조)."""

from __future__ import annotations

from enum import StrEnum

from .text import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADMIN = "admin"  # 관리자
    COUNSELOR = "counselor"  # 상담원
    OUTREACH = "outreach"  # 현장상담원
    STAFF = "staff"  # 행정직원


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.COUNSELOR: QT_TRANSLATE_NOOP("Roles", "Counselor"),
    Role.OUTREACH: QT_TRANSLATE_NOOP("Roles", "Outreach worker"),
    Role.STAFF: QT_TRANSLATE_NOOP("Roles", "Staff"),
}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    CHECK_INTEGRITY = "check_integrity"
    USE_APP = "use_app"


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Roles", "manage users"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Roles", "change center settings"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Roles", "read the audit trail"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Roles", "make a backup"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("Roles", "restore a backup"),
    Permission.CHECK_INTEGRITY: QT_TRANSLATE_NOOP("Roles", "check the database"),
    Permission.USE_APP: QT_TRANSLATE_NOOP("Roles", "use OneStop"),
}

_EVERYONE = frozenset({Permission.USE_APP})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.COUNSELOR: _EVERYONE,
    Role.OUTREACH: _EVERYONE,
    Role.STAFF: _EVERYONE,
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
