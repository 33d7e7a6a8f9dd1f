"""The commands of `onestop-admin`: each one calls the same service the UI calls, nothing more.

Commands that need a login take the acting user's passphrase (stdin or ONESTOP_PASSPHRASE),
log in through `Vault.login` (throttled and audited like the login screen), run, and log
out. A user whose passphrase is temporary (new account, re-activated, reset) may only run
`passphrase` until they have chosen their own, as the app asks at login. `init` and `restore`
work before anyone can log in, through the `Vault` itself.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.errors import ErrorCode, OneStopError
from ..domain.outputs import OutputKind
from ..domain.periods import parse_period
from ..domain.roles import Role
from ..services.importer import RowProblem, check_size
from ..services.output_target import check_output_target
from ..services.session import Session
from ..services.vault import KdfParams, Vault
from .exits import Exit
from .io import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, Console, Refused, UsageError
from .messages import Texts

FALLBACK_DEVICE_CODE = "D1"
# seed-demo bounds: the benchmark size (100,000 clients, 1,000,000 sessions) with room to spare
MAX_SEED_CLIENTS = 1_000_000
MAX_SEED_COUNSELING_SESSIONS_PER_CASE = 1_000
MAX_SEED_COUNSELING_SESSIONS = 10_000_000
MAX_THROTTLE_WAIT = 20  # seconds the CLI waits out the growing delay after failed logins
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Accepted on the command line for --role: the stored value or the Korean role name.
ROLE_NAMES: dict[str, Role] = {
    **{role.value: role for role in Role},
    "관리자": Role.ADMIN,
    "상담원": Role.COUNSELOR,
    "현장상담원": Role.OUTREACH,
    "행정직원": Role.STAFF,
}


@dataclass
class Context:
    args: argparse.Namespace
    console: Console
    data_dir: Path
    kdf: KdfParams

    @property
    def texts(self) -> Texts:
        return self.console.texts

    def vault(self) -> Vault:
        return Vault(self.data_dir, kdf=self.kdf)

    def username(self) -> str:
        user: str | None = self.args.user
        if not user:
            raise UsageError(self.texts("need_user", command=self.args.command))
        return user.strip()

    def new_passphrase(self, username: str) -> str:
        prompt = self.texts("prompt_new", user=username)
        return self.console.secret("new_passphrase", NEW_PASSPHRASE_ENV, prompt, repeat=True)

    def passphrase(self, username: str) -> str:
        """The acting user's passphrase (first stdin line, ONESTOP_PASSPHRASE, or asked at a terminal)."""
        return self.console.secret("passphrase", PASSPHRASE_ENV, self.texts("prompt_passphrase", user=username))

    def login(self, *, passphrase: str | None = None, allow_temporary: bool = False) -> Session:
        """Log in as --user. A short throttle delay after failed attempts is waited out, not failed on.

        A temporary passphrase must be changed first: unless `allow_temporary`, such a login is
        ended at once and refused with the command that changes it.
        """
        username = self.username()
        if passphrase is None:
            passphrase = self.passphrase(username)
        session = self._login(username, passphrase)
        if session.user.must_change_passphrase and not allow_temporary:
            session.logout()
            raise Refused(self.texts("must_change_first", user=session.user.username))
        return session

    def _login(self, username: str, passphrase: str) -> Session:
        vault = self.vault()
        waited = 0
        while True:
            try:
                return vault.login(username, passphrase)
            except OneStopError as err:
                seconds = int(err.params.get("seconds", 0))
                if err.code is not ErrorCode.TOO_SOON or waited + seconds > MAX_THROTTLE_WAIT:
                    raise
                self.console.note(self.texts("waiting", seconds=seconds))
                time.sleep(seconds)
                waited += seconds


def _logout_quietly(session: Session) -> None:
    """After a failure, logging out must not hide it (the database may be the thing that failed)."""
    try:
        session.logout()
    except Exception:
        with contextlib.suppress(Exception):
            session.store.close()


def with_session(
    ctx: Context, body: Callable[[Session], int], *, passphrase: str | None = None, allow_temporary: bool = False
) -> int:
    session = ctx.login(passphrase=passphrase, allow_temporary=allow_temporary)
    try:
        code = body(session)
    except BaseException:
        _logout_quietly(session)
        raise
    if code != Exit.OK:
        _logout_quietly(session)
    else:
        session.logout()
    return code


def derive_device_code(device_name: str) -> str:
    """A device code (2-8 of A-Z, 0-9) from the device's name: "desk1" → "DESK1", "상담실 PC 1" → "PC1"."""
    folded = unicodedata.normalize("NFKD", device_name).upper()
    code = "".join(ch for ch in folded if "A" <= ch <= "Z" or "0" <= ch <= "9")[:8]
    return code if len(code) >= 2 else FALLBACK_DEVICE_CODE


def parse_role(text: str) -> Role:
    role = ROLE_NAMES.get(text.strip().lower()) or ROLE_NAMES.get(text.strip())
    if role is None:
        raise argparse.ArgumentTypeError(f"{text!r}: one of " + ", ".join(r.value for r in Role))
    return role


def bounded_int(maximum: int) -> Callable[[str], int]:
    """An argparse type: a whole number from 1 to `maximum` (thousands separators allowed)."""

    def parse(text: str) -> int:
        cleaned = text.strip().replace(",", "").replace("_", "")
        if cleaned.isascii() and cleaned.isdigit() and 1 <= int(cleaned) <= maximum:
            return int(cleaned)
        raise argparse.ArgumentTypeError(f"{text!r}: a whole number from 1 to {maximum:,}")

    return parse


def parse_day(text: str) -> date:
    try:
        if _DATE.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise OneStopError(ErrorCode.INVALID_DATE, value=text)


def _file(text: str) -> Path:
    return Path(text).expanduser().absolute()


def output_file(ctx: Context, text: str, *kinds: OutputKind) -> tuple[Path, OutputKind]:
    """An output path checked before anyone logs in, by the same rule the service applies when it writes:
    outside the data folder, a suffix that fits, and an existing file replaced only with --force."""
    target = _file(text)
    return target, check_output_target(target, ctx.data_dir, *kinds, overwrite=ctx.args.force)


# -- init ------------------------------------------------------------------------------------
def cmd_init(ctx: Context) -> int:
    args, out, t = ctx.args, ctx.console, ctx.texts
    code = (args.device_code or derive_device_code(args.device)).strip().upper()
    passphrase = out.secret(
        "passphrase", PASSPHRASE_ENV, t("prompt_passphrase", user=args.admin), repeat=True, second_line=True
    )
    result = ctx.vault().initialize(args.center, args.device, code, args.admin, args.admin_name, passphrase)
    try:
        out.out(
            t(
                "init_done",
                folder=ctx.data_dir,
                center=args.center.strip(),
                device=args.device.strip(),
                code=code,
                admin=args.admin,
            )
        )
        rule = "=" * 72
        out.out(rule)
        out.out(t("recovery_banner"))
        out.out()
        out.out("    " + result.recovery_key)
        out.out()
        out.out(t("recovery_warning"))
        out.out(rule)
    finally:
        result.session.logout()
    return Exit.OK


# -- users -----------------------------------------------------------------------------------
def cmd_users(ctx: Context) -> int:
    args, out, t = ctx.args, ctx.console, ctx.texts
    action: str = args.users_command

    def body(session: Session) -> int:
        users = session.users
        if action == "list":
            rows = [
                [
                    u.username,
                    u.display_name,
                    t.role(u.role),
                    t("active") if u.active else t("inactive"),
                    t("must_change") if u.active and u.must_change_passphrase else "",
                ]
                for u in users.list()
            ]
            out.table(t("users_header").split("|"), rows)
        elif action == "add":
            user = users.add(args.name, args.display_name, args.role, ctx.new_passphrase(args.name))
            out.out(t("user_added", user=user.username, role=t.role(user.role)))
        elif action == "set-role":
            user = users.set_role(args.name, args.role)
            out.out(t("role_set", user=user.username, role=t.role(user.role)))
        elif action == "disable":
            out.out(t("disabled", user=users.disable(args.name).username))
        elif action == "enable":
            out.out(t("enabled", user=users.enable(args.name, ctx.new_passphrase(args.name)).username))
        elif action == "reset-passphrase":
            out.out(t("reset", user=users.reset_passphrase(args.name, ctx.new_passphrase(args.name)).username))
        return Exit.OK

    return with_session(ctx, body)


def cmd_passphrase(ctx: Context) -> int:
    """Change one's own passphrase (also the way out of a temporary one): current, new, new again."""
    out, t = ctx.console, ctx.texts
    username = ctx.username()
    current = ctx.passphrase(username)

    def body(session: Session) -> int:
        new, repeated = out.new_secret(
            "own_new_passphrase", "own_new_repeated", NEW_PASSPHRASE_ENV, t("prompt_own_new", user=username)
        )
        session.users.change_own_passphrase(current, new, repeated)
        out.out(t("passphrase_changed", user=session.user.username))
        return Exit.OK

    return with_session(ctx, body, passphrase=current, allow_temporary=True)


# -- check and audit -----------------------------------------------------------------------------
def cmd_check(ctx: Context) -> int:
    out, t = ctx.console, ctx.texts

    def body(session: Session) -> int:
        problems = session.maintenance.check()
        if not problems:
            out.out(t("check_ok"))
            return Exit.OK
        for problem in problems:
            out.out(f"{t('problem')}: {problem}")
        out.err(t("problems_found", count=len(problems)))
        return Exit.PROBLEMS

    return with_session(ctx, body)


def cmd_audit(ctx: Context) -> int:
    args, out, t = ctx.args, ctx.console, ctx.texts
    since = parse_day(args.since) if args.audit_command == "export" else None
    target = output_file(ctx, args.out, OutputKind.CSV)[0] if since is not None and args.out else None

    def body(session: Session) -> int:
        if since is None:
            total, problems = session.audit.verify()
            if not problems:
                out.out(t("audit_ok", count=total))
                return Exit.OK
            for p in problems:
                out.out(t("audit_problem", seq=p.seq, reason=p.reason))
            out.err(t("problems_found", count=len(problems)))
            return Exit.PROBLEMS
        if target is not None:
            size = session.audit.save_csv(since, target, overwrite=args.force)
            out.out(t("exported", since=since.isoformat(), path=target, size=size))
        else:
            out.write(session.audit.export_csv(since).replace("\r\n", "\n"))
        return Exit.OK

    return with_session(ctx, body)


# -- backup and restore ------------------------------------------------------------------------
def cmd_backup(ctx: Context) -> int:
    target, _ = output_file(ctx, ctx.args.file, OutputKind.BACKUP)

    def body(session: Session) -> int:
        size = session.backups.create(target, overwrite=ctx.args.force)
        ctx.console.out(ctx.texts("backup_done", path=target, size=size))
        return Exit.OK

    return with_session(ctx, body)


def cmd_packet(ctx: Context) -> int:
    """One referral's packet (cover, letter, consent copy, summary) or the batch of all ready to send."""
    target, _ = output_file(ctx, ctx.args.out, OutputKind.PDF)
    purpose = ctx.args.purpose or ctx.texts("default_purpose")

    def body(session: Session) -> int:
        documents = session.documents
        try:
            if ctx.args.ready:
                document = documents.ready_batch(purpose)
            else:
                document = documents.packet(ctx.args.referral, purpose)
        except OneStopError as err:
            for blocker in err.params.get("blockers", ()):  # which consent is missing, one line each
                ctx.console.err("- " + ctx.texts.translated("Consent", blocker.message, blocker.params))
            raise
        documents.save(document, target, overwrite=ctx.args.force)
        ctx.console.out(ctx.texts("packet_done", path=target, pages=document.pages, count=len(document.referral_ids)))
        return Exit.OK

    return with_session(ctx, body)


def cmd_report(ctx: Context) -> int:
    """A period report for partners; the period and the file type are checked before anyone logs in."""
    period = parse_period(ctx.args.period)
    target, kind = output_file(ctx, ctx.args.out, OutputKind.XLSX, OutputKind.PDF)
    reason = ctx.args.reason or ctx.texts("default_report_reason")

    def body(session: Session) -> int:
        document = session.reports.render(period, "pdf" if kind is OutputKind.PDF else "xlsx", reason)
        session.reports.save(document, target, overwrite=ctx.args.force)
        ctx.console.out(ctx.texts("report_done", period=period.label, path=target))
        return Exit.OK

    return with_session(ctx, body)


def cmd_restore(ctx: Context) -> int:
    """No login to the live database: it may be the damaged thing being replaced."""
    args, out, t = ctx.args, ctx.console, ctx.texts
    username, source = ctx.username(), _file(args.file)
    if args.recovery_key:
        key = out.secret("recovery_key", None, t("prompt_recovery"))
        result = ctx.vault().restore(source, username, recovery_key=key)
    else:
        passphrase = out.secret("passphrase", PASSPHRASE_ENV, t("prompt_passphrase", user=username))
        result = ctx.vault().restore(source, username, passphrase)
    out.out(t("restored", created=result.created_at))
    if result.previous_kept_at is not None:
        out.out(t("previous_kept", path=result.previous_kept_at))
    return Exit.OK


# -- import, stats, demo data ------------------------------------------------------------------
def problem_line(texts: Texts, problem: RowProblem, file_name: str) -> str:
    """One problem of a refused import: the line number and the column as written in the file.

    Only the problem's own message and parameters are shown (a parameter may quote a short bad
    value of that cell); no other cell of the row ever reaches the terminal.
    """
    message = texts.validation(problem.problem.message, problem.problem.params)
    if problem.row <= 0:
        return texts("import_problem_file", file=file_name, message=message)
    if not problem.column:
        return texts("import_problem_row", row=problem.row, message=message)
    return texts("import_problem", row=problem.row, column=problem.column, message=message)


def cmd_import(ctx: Context) -> int:
    out, t = ctx.console, ctx.texts
    source = _file(ctx.args.file)
    check_size(source)  # an .xlsx bomb is refused before the login's 256 MiB key derivation

    def body(session: Session) -> int:
        try:
            result = session.importer.run(source)
        except OneStopError as err:
            if err.code is not ErrorCode.IMPORT_REJECTED:
                raise
            problems: list[RowProblem] = list(err.params.get("problems", ()))
            for problem in sorted(problems, key=lambda p: p.row):
                out.err(problem_line(t, problem, source.name))
            raise
        out.out(t("import_done", created=result.created, skipped=result.skipped))
        return Exit.OK

    return with_session(ctx, body)


def cmd_stats(ctx: Context) -> int:
    """`name: value` a line; the names are stable English in every language, for scripts."""

    def body(session: Session) -> int:
        for name, value in session.stats.counts():
            ctx.console.out(f"{name}: {value}")
        return Exit.OK

    return with_session(ctx, body)


def cmd_seed_demo(ctx: Context) -> int:
    args, out, t = ctx.args, ctx.console, ctx.texts
    clients: int = args.clients
    per_case: int = args.sessions_per_case
    if clients * per_case > MAX_SEED_COUNSELING_SESSIONS:
        raise UsageError(t("seed_too_big", limit=MAX_SEED_COUNSELING_SESSIONS, total=clients * per_case))

    def progress(done: int, total: int) -> bool:
        out.note(t("seed_progress", done=f"{done:,}", total=f"{total:,}"))
        return True

    def body(session: Session) -> int:
        result = session.demo.seed(clients, per_case, progress=progress)
        out.out(t("seed_done", clients=result.clients, sessions=result.counseling_sessions))
        return Exit.OK

    return with_session(ctx, body)
