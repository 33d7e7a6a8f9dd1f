"""The command line of `onestop-admin`. Global options come before the command."""

from __future__ import annotations

import argparse
from typing import NoReturn

from .. import __version__
from . import (
    access_commands,
    appointment_commands,
    audit_review,
    case_commands,
    client_commands,
    commands,
    contact_commands,
    referral_commands,
    register_commands,
    retention_commands,
    safety_commands,
    sync_commands,
    takedown_commands,
)
from .exits import Exit
from .io import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, UsageError
from .messages import LANG_ENV

DESCRIPTION = """\
Administer a OneStop data folder from a terminal, through the same services as the app.
Every command except init, restore and --version logs in as --user and is recorded in the
audit trail like a login in the app. A user with a temporary passphrase (new, re-activated or
reset account) must first choose their own with 'onestop-admin --user USER passphrase'."""

EPILOG = f"""\
passphrases:
  Never on the command line. The acting user's passphrase is the first line of standard
  input, or ${PASSPHRASE_ENV}. Commands that set a new temporary passphrase for someone
  (users add, enable, reset-passphrase) read it from the next line, or ${NEW_PASSPHRASE_ENV}.
  passphrase (change your own) reads the current passphrase, then the new one, then the new one
  again, a line each; or ${PASSPHRASE_ENV} and ${NEW_PASSPHRASE_ENV} (used for both new lines).
  init reads the administrator's passphrase from the first line; a second line, if present,
  must repeat it. restore --recovery-key reads the recovery key from standard input.
  At a terminal the passphrase is asked for without echo.

  printf '%s\\n' "$PASS" | onestop-admin --data-dir D --user admin check
  printf '%s\\n%s\\n' "$PASS" "$TEMP" | onestop-admin --user admin users add kim --name "김상담" --role counselor
  printf '%s\\n' "$PASS" | onestop-admin --user admin import clients.csv
  printf '%s\\n%s\\n%s\\n' "$TEMP" "$NEW" "$NEW" | onestop-admin --user kim passphrase

data folder:
  --data-dir, else $ONESTOP_DATA_DIR, else ./data beside the program in portable mode (an installed
  program with a file named 'portable' beside it), else the platform's per-user data folder.

language:
  --lang, else ${LANG_ENV}, else this device's language setting, else Korean.

output files:
  Never inside the data folder, never over an existing file without --force, and named for what is
  written: .pdf, .xlsx, .csv, .onestop-backup (or .bak), .onestop-enrol (or .enrol).

exit codes:
  {Exit.OK:<3} done; check / audit verify: everything holds
  {Exit.PROBLEMS:<3} check or audit verify found problems (one line each)
  {Exit.USAGE:<3} the command line or an input was refused (weak passphrase, bad date, an import
      file with problems: one line per problem, then the summary, all on stderr)
  {Exit.AUTH:<3} wrong passphrase or recovery key, unknown or locked user, no permission, or a
      temporary passphrase not yet changed (run 'passphrase' first)
  {Exit.DATA:<3} data folder or file: missing, damaged, foreign, too new, disk full, not writable
  {Exit.INTERNAL:<3} internal error (a bug; reported by its type only)
  {Exit.INTERRUPTED:<3} interrupted"""


class Parser(argparse.ArgumentParser):
    """Usage errors become one line (raised, not printed), so `main` decides how they look."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _force(command: argparse.ArgumentParser) -> None:
    """Every command that writes a file: never over an existing one without --force."""
    command.add_argument("--force", action="store_true", help="replace FILE if it exists")


def build_parser() -> Parser:
    parser = Parser(
        prog="onestop-admin",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"onestop-admin {__version__}")
    parser.add_argument("--data-dir", metavar="D", help="the data folder (see 'data folder' below)")
    parser.add_argument("--user", metavar="USER", help="the acting user's name (every command but init)")
    parser.add_argument("--lang", choices=("ko", "en"), help="language of messages (see 'language' below)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    init = sub.add_parser("init", help="first-run setup of an empty data folder; prints the recovery key")
    init.add_argument("--center", required=True, metavar="NAME", help="the center's name")
    init.add_argument("--device", required=True, metavar="NAME", help="this device's name")
    init.add_argument(
        "--device-code", metavar="CODE", help="2-8 letters A-Z or digits (default: from the device name, or D1)"
    )
    init.add_argument("--admin", required=True, metavar="USER", help="the first administrator's user name")
    init.add_argument("--admin-name", required=True, metavar="NAME", help="their display name")
    init.set_defaults(handler=commands.cmd_init)

    users = sub.add_parser("users", help="list, add, deactivate, re-activate users; roles; passphrase reset")
    user_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    user_sub.add_parser("list", help="all accounts with role and status")
    add = user_sub.add_parser("add", help="a new account with a temporary passphrase (next stdin line)")
    add.add_argument("name", metavar="NAME", help="user name: 3-32 of a-z 0-9 . - _, starting with a letter")
    add.add_argument("--name", dest="display_name", required=True, metavar="DISPLAY", help="display name")
    add.add_argument(
        "--role",
        required=True,
        type=commands.parse_role,
        metavar="ROLE",
        help="admin | counselor | outreach | staff (or 관리자 | 상담원 | 현장상담원 | 행정직원)",
    )
    set_role = user_sub.add_parser("set-role", help="change a user's role")
    set_role.add_argument("name", metavar="NAME")
    set_role.add_argument("role", type=commands.parse_role, metavar="ROLE", help="admin | counselor | outreach | staff")
    for action, text in (
        ("disable", "deactivate an account and remove its key entry"),
        ("enable", "re-activate an account with a temporary passphrase (next stdin line)"),
        ("reset-passphrase", "set a temporary passphrase for a forgotten one (next stdin line)"),
    ):
        user_sub.add_parser(action, help=text).add_argument("name", metavar="NAME")
    users.set_defaults(handler=commands.cmd_users)

    own = sub.add_parser(
        "passphrase",
        help="change your own passphrase (stdin: current, new, new again); required after a temporary one",
        description="Change the passphrase of --user, as File → Change my passphrase does in the app. "
        "Standard input: the current passphrase, the new one, the new one again (a line each), or "
        f"${PASSPHRASE_ENV} and ${NEW_PASSPHRASE_ENV}. A user with a temporary passphrase can run no other "
        "command until this is done.",
    )
    own.set_defaults(handler=commands.cmd_passphrase)

    check = sub.add_parser("check", help="cipher and SQLite integrity, foreign keys, audit chain; exit 0 if all hold")
    check.set_defaults(handler=commands.cmd_check)

    audit = sub.add_parser("audit", help="verify the audit chain, export it as CSV, record the monthly review")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="check the hash chain; exit 0 if intact")
    export = audit_sub.add_parser("export", help="CSV of entries since a date (monthly access-log review)")
    export.add_argument("--since", required=True, metavar="YYYY-MM-DD", help="first day (UTC) to include")
    export.add_argument("--out", metavar="FILE.csv", help="write to FILE atomically instead of standard output")
    _force(export)
    audit_review.add_review(audit_sub)
    audit.set_defaults(handler=commands.cmd_audit)

    backup = sub.add_parser("backup", help="write an encrypted backup to FILE (atomically)")
    backup.add_argument("file", metavar="FILE", help="ending in .onestop-backup or .bak, outside the data folder")
    _force(backup)
    backup.set_defaults(handler=commands.cmd_backup)

    restore = sub.add_parser(
        "restore", help="replace the database with a verified backup (no login to the live database)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--recovery-key", action="store_true", help="open the backup with the recovery key (read from stdin)"
    )
    restore.set_defaults(handler=commands.cmd_restore)

    imp = sub.add_parser(
        "import",
        help="clients and cases from a CSV (UTF-8 or CP949) or .xlsx file: all rows or none (administrators)",
        description="Import clients and cases from a spreadsheet with the columns documented in the README "
        "(resources/examples/import-example.csv is an example). Every row is checked first; if any row "
        "has a problem nothing is imported and each problem is listed with its line number and column. "
        "People imported before are skipped, so importing the same file twice adds nobody.",
    )
    imp.add_argument("file", metavar="FILE", help="a .csv or .xlsx file; the first row holds the column names")
    imp.set_defaults(handler=commands.cmd_import)

    stats = sub.add_parser(
        "stats",
        help="counts of clients, cases by status and crime type, sessions, follow-ups, referrals",
        description="Print one 'name: value' a line, e.g. 'cases.status.active: 12'. The names are stable "
        "English in every language, for scripts.",
    )
    stats.set_defaults(handler=commands.cmd_stats)

    seed = sub.add_parser(
        "seed-demo",
        help="add synthetic demo clients and cases (benchmark size; administrators)",
        description="Add N obviously fictional clients, each with one case and M counseling sessions, in "
        "batches of 500 (one transaction each; an interrupted run keeps the batches already written). "
        "Meant for demo and benchmark data folders, never for a center's real one.",
    )
    seed.add_argument(
        "--clients",
        required=True,
        type=commands.bounded_int(commands.MAX_SEED_CLIENTS),
        metavar="N",
        help=f"clients to add (1-{commands.MAX_SEED_CLIENTS:,})",
    )
    seed.add_argument(
        "--sessions-per-case",
        required=True,
        type=commands.bounded_int(commands.MAX_SEED_COUNSELING_SESSIONS_PER_CASE),
        metavar="M",
        help=f"sessions for each case (1-{commands.MAX_SEED_COUNSELING_SESSIONS_PER_CASE:,}; "
        f"N x M at most {commands.MAX_SEED_COUNSELING_SESSIONS:,})",
    )
    seed.set_defaults(handler=commands.cmd_seed_demo)

    packet = sub.add_parser(
        "packet",
        help="print a referral packet, or the batch of every referral ready to send, to a PDF file",
        description="A packet is a cover sheet, the referral letter, a copy of the consent form and a case "
        "summary, showing only what the client consented to give that agency. --ready makes one PDF of "
        "every draft referral whose consents are complete. Each output is recorded with its purpose in "
        "the document register and the audit trail.",
    )
    which = packet.add_mutually_exclusive_group(required=True)
    which.add_argument("--referral", metavar="NUMBER", help="the referral's visible number (D1-연계-2026-00001)")
    which.add_argument("--ready", action="store_true", help="all referrals ready to send, in one file")
    packet.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF (atomically)")
    _force(packet)
    packet.add_argument("--purpose", metavar="TEXT", help="why it is printed (출력 사유); default: 기관 발송")
    packet.set_defaults(handler=commands.cmd_packet)

    devices = sub.add_parser("devices", help="list, enrol and revoke the center's devices (administrators)")
    device_sub = devices.add_subparsers(dest="devices_command", metavar="ACTION", required=True)
    device_sub.add_parser("list", help="every device with scope, status, users and the last bundle applied")
    enrol = device_sub.add_parser(
        "enroll",
        help="register a new device and write its enrolment file; the one-time code is the last line printed",
    )
    enrol.add_argument("--name", required=True, metavar="NAME")
    enrol.add_argument("--scope", required=True, choices=("all", "field"), help="all cases, or a field kit")
    enrol.add_argument("--for", dest="for_users", required=True, metavar="USER[,USER...]")
    enrol.add_argument("--out", required=True, metavar="FILE", help="ending in .onestop-enrol or .enrol")
    _force(enrol)
    revoke = device_sub.add_parser("revoke", help="mark a device lost (default) or retired; it wipes itself on contact")
    revoke.add_argument("name", metavar="NAME")
    revoke.add_argument("--retired", action="store_true", help="retired rather than lost")
    devices.set_defaults(handler=sync_commands.cmd_devices)

    join = sub.add_parser(
        "join",
        help="make an empty data folder the device an enrolment FILE describes "
        "(stdin: the one-time code, then the user's passphrase)",
    )
    join.add_argument("file", metavar="FILE")
    join.set_defaults(handler=sync_commands.cmd_join)

    sync = sub.add_parser(
        "sync",
        help="apply the bundles in FOLDER addressed to this device and write this device's changes there; "
        "'sync status' shows sequences, gaps, conflicts and a digest of the replicated data",
    )
    sync.add_argument("folder", metavar="FOLDER|status")
    sync.set_defaults(handler=sync_commands.cmd_sync)
    report = sub.add_parser(
        "report",
        help="the activity report of a month, quarter or year for partners, as .xlsx or .pdf (staff, administrators)",
        description="Counts of new and closed cases, sessions, services, referrals, programs and feedback for "
        "the period, with no personal data: any count from 1 to 4 (the threshold is a center setting) is "
        "shown as '<5', and a second entry is hidden where a total would give it back. The file is recorded "
        "with its reason (출력 사유) in the document register and the audit trail.",
    )
    report.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help="2026 (a year), 2026-Q3 (a quarter), 2026-07 (a month) or 2026-03-01..2026-04-15",
    )
    report.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.pdf", help="where to write (atomically)")
    _force(report)
    report.add_argument("--reason", metavar="TEXT", help="why it is produced (출력 사유); default: 실적 보고")
    report.set_defaults(handler=commands.cmd_report)

    # Command groups in modules of their own register themselves (one line each here).
    case_commands.register(sub)
    access_commands.register(sub)
    client_commands.register(sub)
    retention_commands.register(sub)
    appointment_commands.register(sub)
    referral_commands.register(sub)
    register_commands.register(sub)
    contact_commands.register(sub)
    takedown_commands.register(sub)
    safety_commands.register(sub)
    return parser
