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
    CASES_ALL = "cases_all"  # see every case (otherwise only those assigned)
    CASE_EDIT = "case_edit"  # intake, client and case details, needs, plan, services
    NOTES_READ = "notes_read"  # session notes (상담 기록)
    NOTES_WRITE = "notes_write"
    FOLLOWUPS_EDIT = "followups_edit"  # scheduling
    RRN_REVEAL = "rrn_reveal"  # see a full resident registration number, with a logged reason
    IMPORT = "import"
    SEED_DEMO = "seed_demo"
    STATS = "stats"
    MANAGE_AGENCIES = "manage_agencies"  # edit the partner-agency directory
    CONSENT_RECORD = "consent_record"  # record and withdraw consents
    REFERRAL_EDIT = "referral_edit"  # draft, send and update referrals
    DOCUMENTS = "documents"  # print and export referral documents
    DISPATCH = "dispatch"  # mark printed referrals as sent (발송), with the date and the means
    PROGRAMS_MANAGE = "programs_manage"  # create programs and their sessions
    PROGRAMS_RECORD = "programs_record"  # enrol cases, record attendance and completion
    FEEDBACK_RECORD = "feedback_record"  # take a survey (kiosk, phone, paper) or record a refusal
    SURVEYS_EDIT = "surveys_edit"  # publish a new version of the survey questions
    DASHBOARD = "dashboard"  # the 현황 dashboard (own caseload unless DASHBOARD_ALL)
    DASHBOARD_ALL = "dashboard_all"  # center-wide figures
    REPORTS = "reports"  # period reports for partners
    SYNC = "sync"  # exchange change bundles through the sync folder, resolve sync conflicts
    MANAGE_DEVICES = "manage_devices"  # enrol and revoke devices, release quarantined bundles
    MERGE_CLIENTS = "merge_clients"  # list likely duplicate clients and merge two into one (administrators)
    DESTROY_RECORDS = "destroy_records"  # order and confirm the destruction (파기) of cases past their retention


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Roles", "manage users"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Roles", "change center settings"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Roles", "read the audit trail"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Roles", "make a backup"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("Roles", "restore a backup"),
    Permission.CHECK_INTEGRITY: QT_TRANSLATE_NOOP("Roles", "check the database"),
    Permission.USE_APP: QT_TRANSLATE_NOOP("Roles", "use OneStop"),
    Permission.CASES_ALL: QT_TRANSLATE_NOOP("Roles", "see every case"),
    Permission.CASE_EDIT: QT_TRANSLATE_NOOP("Roles", "record and edit case details"),
    Permission.NOTES_READ: QT_TRANSLATE_NOOP("Roles", "read counseling notes"),
    Permission.NOTES_WRITE: QT_TRANSLATE_NOOP("Roles", "write counseling notes"),
    Permission.FOLLOWUPS_EDIT: QT_TRANSLATE_NOOP("Roles", "schedule follow-ups"),
    Permission.RRN_REVEAL: QT_TRANSLATE_NOOP("Roles", "reveal a resident registration number"),
    Permission.IMPORT: QT_TRANSLATE_NOOP("Roles", "import records"),
    Permission.SEED_DEMO: QT_TRANSLATE_NOOP("Roles", "generate demo data"),
    Permission.STATS: QT_TRANSLATE_NOOP("Roles", "see statistics"),
    Permission.MANAGE_AGENCIES: QT_TRANSLATE_NOOP("Roles", "edit the partner-agency directory"),
    Permission.CONSENT_RECORD: QT_TRANSLATE_NOOP("Roles", "record consents"),
    Permission.REFERRAL_EDIT: QT_TRANSLATE_NOOP("Roles", "draft and send referrals"),
    Permission.DOCUMENTS: QT_TRANSLATE_NOOP("Roles", "print and export documents"),
    Permission.DISPATCH: QT_TRANSLATE_NOOP("Roles", "mark printed referrals as sent"),
    Permission.PROGRAMS_MANAGE: QT_TRANSLATE_NOOP("Roles", "manage programs"),
    Permission.PROGRAMS_RECORD: QT_TRANSLATE_NOOP("Roles", "enrol clients and record attendance"),
    Permission.FEEDBACK_RECORD: QT_TRANSLATE_NOOP("Roles", "take feedback surveys"),
    Permission.SURVEYS_EDIT: QT_TRANSLATE_NOOP("Roles", "edit the survey questions"),
    Permission.DASHBOARD: QT_TRANSLATE_NOOP("Roles", "see the dashboard"),
    Permission.DASHBOARD_ALL: QT_TRANSLATE_NOOP("Roles", "see center-wide figures"),
    Permission.REPORTS: QT_TRANSLATE_NOOP("Roles", "produce period reports"),
    Permission.SYNC: QT_TRANSLATE_NOOP("Roles", "synchronize with other devices"),
    Permission.MANAGE_DEVICES: QT_TRANSLATE_NOOP("Roles", "enrol and revoke devices"),
    Permission.MERGE_CLIENTS: QT_TRANSLATE_NOOP("Roles", "merge duplicate clients"),
    Permission.DESTROY_RECORDS: QT_TRANSLATE_NOOP("Roles", "destroy records past their retention"),
}

_EVERYONE = frozenset(
    {
        Permission.USE_APP,
        Permission.FOLLOWUPS_EDIT,
        Permission.STATS,
        Permission.PROGRAMS_RECORD,
        Permission.FEEDBACK_RECORD,
        Permission.DASHBOARD,
        Permission.SYNC,
    }
)
_CASEWORK = frozenset(
    {
        Permission.CASE_EDIT,
        Permission.NOTES_READ,
        Permission.NOTES_WRITE,
        Permission.CONSENT_RECORD,
        Permission.REFERRAL_EDIT,
        Permission.DOCUMENTS,
        Permission.DISPATCH,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    # 상담원: every case, full case work.
    Role.COUNSELOR: _EVERYONE | _CASEWORK | {Permission.CASES_ALL, Permission.PROGRAMS_MANAGE},
    # 현장상담원: full case work, but only on the cases assigned to them (lead or team). No center-wide counts
    # (`stats`): those would tell a field worker about every case; their own caseload is on the dashboard.
    Role.OUTREACH: (_EVERYONE - {Permission.STATS}) | _CASEWORK,
    # 행정직원: what printing, mailing and scheduling need; never session notes. They post what they print, so
    # they mark it sent (DISPATCH) without being able to draft or edit a referral (REFERRAL_EDIT).
    Role.STAFF: _EVERYONE
    | {
        Permission.CASES_ALL,
        Permission.DOCUMENTS,
        Permission.DISPATCH,
        Permission.PROGRAMS_MANAGE,
        Permission.DASHBOARD_ALL,
        Permission.REPORTS,
    },
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
