"""Errors that reach a person: a code, a translatable message and non-sensitive parameters.

Parameters must never carry victim data: messages end up on screens, in terminals and in
CI logs. Pass counts, row numbers, user names of staff and file names at most.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from .text import QT_TRANSLATE_NOOP

CONTEXT = "Errors"


class ErrorCode(StrEnum):
    NOT_INITIALIZED = "not_initialized"
    ALREADY_INITIALIZED = "already_initialized"
    UNKNOWN_USER = "unknown_user"
    WRONG_PASSPHRASE = "wrong_passphrase"
    WRONG_CREDENTIALS = "wrong_credentials"
    WRONG_RECOVERY_KEY = "wrong_recovery_key"
    ACCOUNT_LOCKED = "account_locked"
    TOO_SOON = "too_soon"
    ACCOUNT_DISABLED = "account_disabled"
    PERMISSION_DENIED = "permission_denied"
    WEAK_PASSPHRASE = "weak_passphrase"
    PASSPHRASE_MISMATCH = "passphrase_mismatch"
    INVALID_USERNAME = "invalid_username"
    USERNAME_TAKEN = "username_taken"
    INVALID_VALUE = "invalid_value"
    LAST_ADMIN = "last_admin"
    SELF_CHANGE = "self_change"
    SCHEMA_TOO_NEW = "schema_too_new"
    DATABASE_MISSING = "database_missing"
    DATABASE_CORRUPT = "database_corrupt"
    DATABASE_FOREIGN = "database_foreign"
    KEYRING_CORRUPT = "keyring_corrupt"
    DISK_FULL = "disk_full"
    NOT_WRITABLE = "not_writable"
    FILE_NOT_FOUND = "file_not_found"
    BACKUP_CORRUPT = "backup_corrupt"
    BACKUP_NOT_ADMIN = "backup_not_admin"
    RESTORE_NOT_LIVE_ADMIN = "restore_not_live_admin"
    BACKUP_TOO_NEW = "backup_too_new"
    INVALID_DATE = "invalid_date"
    INVALID_PERIOD = "invalid_period"
    LOCKED = "locked"
    IO_ERROR = "io_error"
    INVALID_INPUT = "invalid_input"
    NOT_FOUND = "not_found"
    CASE_NUMBER_UNKNOWN = "case_number_unknown"
    NOT_DUE_FOR_DESTRUCTION = "not_due_for_destruction"
    LEGAL_HOLD = "legal_hold"
    ALREADY_DESTROYED = "already_destroyed"
    DESTRUCTION_NOT_PENDING = "destruction_not_pending"
    SECOND_ADMIN_NEEDED = "second_admin_needed"
    DESTRUCTION_AT_WORKSTATION = "destruction_at_workstation"
    REFERRAL_NUMBER_UNKNOWN = "referral_number_unknown"
    NOT_A_DRAFT = "not_a_draft"
    NOT_PRINTED = "not_printed"
    INVALID_MONTH = "invalid_month"
    EDIT_CONFLICT = "edit_conflict"
    IMPORT_UNREADABLE = "import_unreadable"
    IMPORT_REJECTED = "import_rejected"
    IMPORT_TOO_LARGE = "import_too_large"
    CONSENT_MISSING = "consent_missing"
    FONT_MISSING = "font_missing"
    NOTHING_READY = "nothing_ready"
    ENROLMENT_WRONG_CODE = "enrolment_wrong_code"
    ENROLMENT_EXPIRED = "enrolment_expired"
    ENROLMENT_DAMAGED = "enrolment_damaged"
    DEVICE_REVOKED = "device_revoked"
    UNKNOWN_DEVICE = "unknown_device"
    DEVICE_NAME_TAKEN = "device_name_taken"
    SYNC_FOLDER_MISSING = "sync_folder_missing"
    NOT_ENROLLED_FOR_USER = "not_enrolled_for_user"
    OUTPUT_IN_DATA_FOLDER = "output_in_data_folder"
    OUTPUT_EXISTS = "output_exists"
    OUTPUT_WRONG_TYPE = "output_wrong_type"
    IMPORT_WORKBOOK_TOO_BIG = "import_workbook_too_big"
    ALREADY_SAME_CLIENT = "already_same_client"


MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.NOT_INITIALIZED: QT_TRANSLATE_NOOP(
        "Errors", "No OneStop data in {folder}. Run the first-run setup (or `onestop-admin init`) first."
    ),
    ErrorCode.ALREADY_INITIALIZED: QT_TRANSLATE_NOOP(
        "Errors", "{folder} already holds OneStop data; setup was not run again."
    ),
    ErrorCode.UNKNOWN_USER: QT_TRANSLATE_NOOP("Errors", "There is no user named '{username}'."),
    ErrorCode.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP("Errors", "The passphrase is wrong."),
    ErrorCode.WRONG_CREDENTIALS: QT_TRANSLATE_NOOP(
        "Errors", "The user name or the passphrase is wrong. Failed attempts in a row: {failures} of {limit}."
    ),
    ErrorCode.WRONG_RECOVERY_KEY: QT_TRANSLATE_NOOP("Errors", "The recovery key is wrong."),
    ErrorCode.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP(
        "Errors",
        "This account is locked after too many failed attempts. Try again in {minutes} minutes "
        "or ask an administrator.",
    ),
    ErrorCode.TOO_SOON: QT_TRANSLATE_NOOP("Errors", "Please wait {seconds} seconds before trying again."),
    ErrorCode.ACCOUNT_DISABLED: QT_TRANSLATE_NOOP(
        "Errors", "The account '{username}' is deactivated. Ask an administrator."
    ),
    ErrorCode.PERMISSION_DENIED: QT_TRANSLATE_NOOP("Errors", "Your role ({role}) does not allow this: {action}."),
    ErrorCode.WEAK_PASSPHRASE: QT_TRANSLATE_NOOP("Errors", "The passphrase is too weak: {reason}"),
    ErrorCode.PASSPHRASE_MISMATCH: QT_TRANSLATE_NOOP("Errors", "The two passphrases are not the same."),
    ErrorCode.INVALID_USERNAME: QT_TRANSLATE_NOOP(
        "Errors",
        "A user name has 3 to 32 characters: lower-case Latin letters, digits, '.', '-' or '_', "
        "starting with a letter.",
    ),
    ErrorCode.USERNAME_TAKEN: QT_TRANSLATE_NOOP("Errors", "The user name '{username}' is already in use."),
    ErrorCode.INVALID_VALUE: QT_TRANSLATE_NOOP("Errors", "{field}: {reason}"),
    ErrorCode.LAST_ADMIN: QT_TRANSLATE_NOOP(
        "Errors", "At least one active administrator must remain; this change was not made."
    ),
    ErrorCode.SELF_CHANGE: QT_TRANSLATE_NOOP(
        "Errors", "You cannot deactivate your own account or change your own role."
    ),
    ErrorCode.SCHEMA_TOO_NEW: QT_TRANSLATE_NOOP(
        "Errors",
        "This data was written by a newer version of OneStop (schema {found}, this version knows {known}). "
        "Update OneStop on this device; the data was not changed.",
    ),
    ErrorCode.DATABASE_MISSING: QT_TRANSLATE_NOOP(
        "Errors", "The database file is missing from {folder}. Restore it from a backup."
    ),
    ErrorCode.DATABASE_CORRUPT: QT_TRANSLATE_NOOP(
        "Errors", "The database file is damaged ({detail}). Restore it from a backup."
    ),
    ErrorCode.DATABASE_FOREIGN: QT_TRANSLATE_NOOP(
        "Errors", "The database file does not belong to this installation's keys ({detail})."
    ),
    ErrorCode.KEYRING_CORRUPT: QT_TRANSLATE_NOOP(
        "Errors", "The key file in {folder} is damaged or unreadable. Restore it from a backup."
    ),
    ErrorCode.DISK_FULL: QT_TRANSLATE_NOOP(
        "Errors", "The disk is full; nothing was written to {path}. Free some space and try again."
    ),
    ErrorCode.NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "Errors", "Cannot write to {path}: permission denied. Choose another folder."
    ),
    ErrorCode.FILE_NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."),
    ErrorCode.BACKUP_CORRUPT: QT_TRANSLATE_NOOP(
        "Errors", "The backup file {path} is damaged or not a OneStop backup ({detail}); nothing was restored."
    ),
    ErrorCode.BACKUP_NOT_ADMIN: QT_TRANSLATE_NOOP(
        "Errors", "Only an active administrator in the backup may restore it; nothing was restored."
    ),
    ErrorCode.RESTORE_NOT_LIVE_ADMIN: QT_TRANSLATE_NOOP(
        "Errors",
        "'{username}' is not an active administrator on this device; restore with an active administrator's "
        "passphrase or the recovery key. Nothing was restored.",
    ),
    ErrorCode.BACKUP_TOO_NEW: QT_TRANSLATE_NOOP(
        "Errors", "The backup was made by a newer version of OneStop (schema {found}); nothing was restored."
    ),
    ErrorCode.INVALID_DATE: QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date; write it as YYYY-MM-DD."),
    ErrorCode.INVALID_PERIOD: QT_TRANSLATE_NOOP(
        "Errors", "'{value}' is not a period: write 2026, 2026-Q3, 2026-07 or 2026-03-01..2026-04-15."
    ),
    ErrorCode.LOCKED: QT_TRANSLATE_NOOP("Errors", "The session is locked."),
    ErrorCode.IO_ERROR: QT_TRANSLATE_NOOP("Errors", "Could not read or write {path}: {detail}"),
    ErrorCode.INVALID_INPUT: QT_TRANSLATE_NOOP(
        "Errors", "Some fields need correcting ({count}); nothing was saved and nothing you typed was lost."
    ),
    ErrorCode.IMPORT_UNREADABLE: QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a CSV file (UTF-8 or CP949) or an .xlsx workbook that can be read."
    ),
    ErrorCode.IMPORT_REJECTED: QT_TRANSLATE_NOOP(
        "Errors", "{file}: {count} problems found; nothing was imported. Correct the rows listed and import again."
    ),
    ErrorCode.IMPORT_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Errors", "The file has {rows} rows; import at most {limit} at a time."
    ),
    ErrorCode.CONSENT_MISSING: QT_TRANSLATE_NOOP(
        "Errors", "The referral cannot be sent: {count} consent problems (listed below). Nothing was sent."
    ),
    ErrorCode.FONT_MISSING: QT_TRANSLATE_NOOP(
        "Errors",
        "The Korean font {font} is missing from this installation; documents cannot be made. Reinstall OneStop.",
    ),
    ErrorCode.NOTHING_READY: QT_TRANSLATE_NOOP(
        "Errors", "No referral is ready to send: drafts whose consents are complete are printed in the batch."
    ),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "The record was not found; it may have been deleted."),
    ErrorCode.CASE_NUMBER_UNKNOWN: QT_TRANSLATE_NOOP(
        "Errors", "No case numbered {number} is open to you. Check the number (e.g. D1-2026-00001)."
    ),
    ErrorCode.NOT_DUE_FOR_DESTRUCTION: QT_TRANSLATE_NOOP(
        "Errors",
        "Case {number} is due for destruction from {due}; nothing was destroyed. To destroy it earlier at the "
        "client's request (개인정보 보호법 제36조), confirm an early destruction (onestop-admin: --early).",
    ),
    ErrorCode.LEGAL_HOLD: QT_TRANSLATE_NOOP(
        "Errors", "Case {number} must be kept under {law} ({what}); nothing was destroyed."
    ),
    ErrorCode.ALREADY_DESTROYED: QT_TRANSLATE_NOOP(
        "Errors", "Case {number} has already been destroyed ({day}); nothing was done."
    ),
    ErrorCode.DESTRUCTION_NOT_PENDING: QT_TRANSLATE_NOOP(
        "Errors", "No destruction of case {number} is waiting for confirmation."
    ),
    ErrorCode.SECOND_ADMIN_NEEDED: QT_TRANSLATE_NOOP(
        "Errors",
        "The destruction of case {number} must be confirmed by another administrator than the one who ordered it.",
    ),
    ErrorCode.DESTRUCTION_AT_WORKSTATION: QT_TRANSLATE_NOOP(
        "Errors",
        "Cases are destroyed from a workstation; this field kit removes them at its next sync. Nothing was destroyed.",
    ),
    ErrorCode.REFERRAL_NUMBER_UNKNOWN: QT_TRANSLATE_NOOP(
        "Errors", "No referral numbered {number} is open to you. Check the number (e.g. D1-연계-2026-00001)."
    ),
    ErrorCode.NOT_A_DRAFT: QT_TRANSLATE_NOOP(
        "Errors", "Referral {number} is not a draft waiting to go out; nothing was marked sent."
    ),
    ErrorCode.NOT_PRINTED: QT_TRANSLATE_NOOP(
        "Errors", "Referral {number} has not been printed or saved yet: print it first. Nothing was marked sent."
    ),
    ErrorCode.INVALID_MONTH: QT_TRANSLATE_NOOP("Errors", "{value} is not a month: write it as YYYY-MM, e.g. 2026-11."),
    ErrorCode.ALREADY_SAME_CLIENT: QT_TRANSLATE_NOOP(
        "Errors", "Cases {first} and {second} already belong to the same client; nothing was merged."
    ),
    ErrorCode.ENROLMENT_WRONG_CODE: QT_TRANSLATE_NOOP(
        "Errors", "The one-time code does not open this enrolment file. Check the code and try again."
    ),
    ErrorCode.ENROLMENT_EXPIRED: QT_TRANSLATE_NOOP(
        "Errors", "This enrolment file has expired (it is valid for 24 hours). Ask an administrator for a new one."
    ),
    ErrorCode.ENROLMENT_DAMAGED: QT_TRANSLATE_NOOP(
        "Errors", "{file} is not an intact OneStop enrolment file. Nothing was set up."
    ),
    ErrorCode.DEVICE_REVOKED: QT_TRANSLATE_NOOP(
        "Errors",
        "The center has revoked this device. Its OneStop data has been deleted from this computer.",
    ),
    ErrorCode.UNKNOWN_DEVICE: QT_TRANSLATE_NOOP("Errors", "No device named {name} is enrolled."),
    ErrorCode.DEVICE_NAME_TAKEN: QT_TRANSLATE_NOOP("Errors", "A device named {name} is already enrolled."),
    ErrorCode.SYNC_FOLDER_MISSING: QT_TRANSLATE_NOOP(
        "Errors", "The sync folder {folder} cannot be reached (is the drive connected?). Nothing was synchronized."
    ),
    ErrorCode.NOT_ENROLLED_FOR_USER: QT_TRANSLATE_NOOP(
        "Errors", "This enrolment file was not made for the user {username}."
    ),
    ErrorCode.OUTPUT_IN_DATA_FOLDER: QT_TRANSLATE_NOOP(
        "Errors", "{path} is in the OneStop data folder {folder}; nothing was written. Choose a place outside it."
    ),
    ErrorCode.OUTPUT_EXISTS: QT_TRANSLATE_NOOP(
        "Errors",
        "{path} already exists; nothing was written. Choose another name, or confirm replacing it "
        "(onestop-admin: --force).",
    ),
    ErrorCode.OUTPUT_WRONG_TYPE: QT_TRANSLATE_NOOP(
        "Errors", "{file}: the file name must end in {suffixes} for what is written; nothing was written."
    ),
    ErrorCode.IMPORT_WORKBOOK_TOO_BIG: QT_TRANSLATE_NOOP(
        "Errors",
        "{file} is too big to import (more than {rows} rows or {megabytes} MB unpacked); nothing was imported. "
        "Split it into smaller files.",
    ),
    ErrorCode.EDIT_CONFLICT: QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this record after you opened it. Your edits were kept on screen; "
        "reload to see their change, then save again.",
    ),
}


class OneStopError(Exception):
    """An error with a message for people. `str()` gives the English text."""

    def __init__(self, code: ErrorCode, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.render(MESSAGES[code]))

    def render(self, template: str) -> str:
        """Fill a (possibly translated) template with this error's parameters."""
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template
