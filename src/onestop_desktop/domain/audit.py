"""The access record (접속기록) the safety-measures standard asks for: who, when, where, whose data, what."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP

# 안전성 확보조치 기준 제8조: ≥ 2 years when 민감정보 or 고유식별정보 are processed.
AUDIT_RETENTION_DAYS = 2 * 366
# 제5조③: grants, changes and removals of access are kept ≥ 3 years.
ACCESS_CHANGE_RETENTION_DAYS = 3 * 366


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    LOGIN = "login"
    LOGOUT = "logout"
    LOGIN_FAILED = "login_failed"
    LOCKOUT = "lockout"
    LOCK = "lock"
    UNLOCK = "unlock"
    ACCESS_CHANGE = "access_change"
    PASSPHRASE_CHANGE = "passphrase_change"
    SETTINGS_CHANGE = "settings_change"
    BACKUP = "backup"
    RESTORE = "restore"
    SETUP = "setup"
    CHECK = "check"
    DENIED = "denied"  # an action refused for lack of permission
    IMPORT = "import"
    SYNC = "sync"
    TAMPER = "tamper"  # evidence that records outside or inside the database were removed or cut
    REVIEW = "review"  # the monthly access-log review (접속기록 점검) was recorded


ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.VIEW: QT_TRANSLATE_NOOP("Audit", "view"),
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Audit", "create"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("Audit", "update"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("Audit", "delete"),
    AuditAction.PRINT: QT_TRANSLATE_NOOP("Audit", "print"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("Audit", "export"),
    AuditAction.SYNC: QT_TRANSLATE_NOOP("Audit", "sync"),
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("Audit", "login"),
    AuditAction.LOGOUT: QT_TRANSLATE_NOOP("Audit", "logout"),
    AuditAction.LOGIN_FAILED: QT_TRANSLATE_NOOP("Audit", "failed login"),
    AuditAction.LOCKOUT: QT_TRANSLATE_NOOP("Audit", "account locked out"),
    AuditAction.LOCK: QT_TRANSLATE_NOOP("Audit", "screen locked"),
    AuditAction.UNLOCK: QT_TRANSLATE_NOOP("Audit", "screen unlocked"),
    AuditAction.ACCESS_CHANGE: QT_TRANSLATE_NOOP("Audit", "access change"),
    AuditAction.PASSPHRASE_CHANGE: QT_TRANSLATE_NOOP("Audit", "passphrase change"),
    AuditAction.SETTINGS_CHANGE: QT_TRANSLATE_NOOP("Audit", "settings change"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("Audit", "backup"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("Audit", "restore"),
    AuditAction.SETUP: QT_TRANSLATE_NOOP("Audit", "setup"),
    AuditAction.CHECK: QT_TRANSLATE_NOOP("Audit", "integrity check"),
    AuditAction.DENIED: QT_TRANSLATE_NOOP("Audit", "refused (no permission)"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("Audit", "import"),
    AuditAction.TAMPER: QT_TRANSLATE_NOOP("Audit", "records removed or cut"),
    AuditAction.REVIEW: QT_TRANSLATE_NOOP("Audit", "access-log review"),
}


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str  # UTC ISO-8601
    device_id: str
    username: str  # 식별자(계정); kept as text so the record survives account changes
    action: AuditAction
    subject_type: str  # whose data: "client", "user", "" …
    subject_id: str
    detail: str  # short, non-sensitive: e.g. "role: counselor -> admin"
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    reason: str
