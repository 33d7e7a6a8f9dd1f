"""Exit codes of `onestop-admin`, and which error ends with which."""

from __future__ import annotations

from enum import IntEnum

from ..domain.errors import ErrorCode


class Exit(IntEnum):
    OK = 0  # done; for check / audit verify: everything holds
    PROBLEMS = 1  # check or audit verify ran and found problems (one line each)
    USAGE = 2  # the command line or an input was refused (bad option, weak passphrase, bad date,
    #            an import file whose rows have problems or that is too large …)
    AUTH = 3  # who you are or what you may do: wrong passphrase or recovery key, unknown user, locked …
    DATA = 4  # the data folder or a file: missing, damaged, foreign, too new, disk full, not writable …
    INTERNAL = 70  # a bug (EX_SOFTWARE): an unexpected exception, reported by its type only
    INTERRUPTED = 130  # Ctrl+C


_AUTH = frozenset(
    {
        ErrorCode.UNKNOWN_USER,
        ErrorCode.WRONG_PASSPHRASE,
        ErrorCode.WRONG_CREDENTIALS,
        ErrorCode.WRONG_RECOVERY_KEY,
        ErrorCode.ACCOUNT_LOCKED,
        ErrorCode.TOO_SOON,
        ErrorCode.ACCOUNT_DISABLED,
        ErrorCode.PERMISSION_DENIED,
        ErrorCode.BACKUP_NOT_ADMIN,
        ErrorCode.RESTORE_NOT_LIVE_ADMIN,
        ErrorCode.LOCKED,
        ErrorCode.ENROLMENT_WRONG_CODE,
        ErrorCode.NOT_ENROLLED_FOR_USER,
    }
)
_USAGE = frozenset(
    {
        ErrorCode.WEAK_PASSPHRASE,
        ErrorCode.PASSPHRASE_MISMATCH,
        ErrorCode.INVALID_USERNAME,
        ErrorCode.USERNAME_TAKEN,
        ErrorCode.INVALID_VALUE,
        ErrorCode.LAST_ADMIN,
        ErrorCode.SELF_CHANGE,
        ErrorCode.INVALID_DATE,
        ErrorCode.INVALID_PERIOD,
        ErrorCode.INVALID_INPUT,
        ErrorCode.IMPORT_REJECTED,  # the file was read, its rows were refused: fix them and run again
        ErrorCode.IMPORT_TOO_LARGE,
        ErrorCode.CONSENT_MISSING,  # the referral may not go out: record the consent first
        ErrorCode.NOTHING_READY,
        ErrorCode.UNKNOWN_DEVICE,
        ErrorCode.DEVICE_NAME_TAKEN,
        ErrorCode.OUTPUT_IN_DATA_FOLDER,  # choose another place, or --force to replace a file
        ErrorCode.OUTPUT_EXISTS,
        ErrorCode.OUTPUT_WRONG_TYPE,
        ErrorCode.IMPORT_WORKBOOK_TOO_BIG,
        ErrorCode.CASE_NUMBER_UNKNOWN,
        ErrorCode.NOT_DUE_FOR_DESTRUCTION,
        ErrorCode.LEGAL_HOLD,
        ErrorCode.ALREADY_DESTROYED,
        ErrorCode.DESTRUCTION_NOT_PENDING,
        ErrorCode.SECOND_ADMIN_NEEDED,
        ErrorCode.DESTRUCTION_AT_WORKSTATION,
        ErrorCode.REFERRAL_NUMBER_UNKNOWN,
        ErrorCode.NOT_A_DRAFT,
        ErrorCode.NOT_PRINTED,
        ErrorCode.INVALID_MONTH,
        ErrorCode.ALREADY_SAME_CLIENT,  # the two cases are one client's already: nothing to merge
    }
)


def exit_for(code: ErrorCode) -> Exit:
    if code in _AUTH:
        return Exit.AUTH
    if code in _USAGE:
        return Exit.USAGE
    return Exit.DATA
