"""`devices`, `join` and `sync`: enrol and revoke devices, join a new one, exchange bundles through a folder."""

from __future__ import annotations

from pathlib import Path

from ..services.session import Session
from ..services.sync import SyncStatus
from .commands import Context, with_session
from .exits import Exit
from .io import PASSPHRASE_ENV


def cmd_devices(ctx: Context) -> int:
    args, out, t = ctx.args, ctx.console, ctx.texts

    def body(session: Session) -> int:
        sync = session.sync
        if args.devices_command == "list":
            rows = [
                [
                    d.name,
                    d.code,
                    t("scope_" + d.scope),
                    t("device_" + d.status),
                    ",".join(d.usernames),
                    str(d.last_seq),
                    "*" if d.is_this_device else "",
                ]
                for d in sync.devices()
            ]
            out.table(
                [
                    t("col_device"),
                    t("col_code"),
                    t("col_scope"),
                    t("col_status"),
                    t("col_users"),
                    t("col_last_seq"),
                    t("col_this"),
                ],
                rows,
            )
        elif args.devices_command == "enroll":
            users = [u.strip() for u in args.for_users.split(",") if u.strip()]
            code = sync.enrol(args.name, args.scope, users, Path(args.out), overwrite=args.force)
            out.out(t("enrolled", name=args.name, path=args.out))
            out.out(t("enrol_code_note"))
            out.out(code)
        else:
            sync.revoke(args.name, "retired" if args.retired else "lost")
            out.out(t("revoked", name=args.name))
            out.out(t("revoke_limits"))
        return Exit.OK

    return with_session(ctx, body)


def cmd_join(ctx: Context) -> int:
    args, out, t = ctx.args, ctx.console, ctx.texts
    username = ctx.username()
    code = out.secret("code", None, t("prompt_code"))
    passphrase = out.secret("passphrase", PASSPHRASE_ENV, t("prompt_passphrase", user=username))
    session = ctx.vault().join(Path(args.file), code, username, passphrase)
    try:
        out.out(t("joined", folder=ctx.data_dir, device=session.device()[0]))
    finally:
        session.logout()
    return Exit.OK


def cmd_sync(ctx: Context) -> int:
    args, out, t = ctx.args, ctx.console, ctx.texts

    def body(session: Session) -> int:
        if args.folder == "status":
            _print_status(ctx, session.sync.status())
            return Exit.OK
        report = session.sync.run(Path(args.folder))
        for name, code in report.refused:
            ctx.console.err(t("bundle_refused", file=name, reason=t("refusal_" + code)))
        names = {d.id: d.name for d in session.sync.status(with_digest=False).devices}
        for sender, reason, detail in report.quarantine_notes:
            out.out(t("quarantine_" + reason, device=names.get(sender, sender[:8]), detail=detail))
        for sender, seq in report.gaps:
            out.out(t("gap", device=names.get(sender, sender[:8]), seq=seq))
        out.out(
            t(
                "sync_summary",
                written=report.written,
                applied=report.applied,
                changes=report.changes,
                conflicts=report.conflicts,
                quarantined=report.quarantined,
                gaps=len(report.gaps),
                refused=len(report.refused),
            )
        )
        return Exit.PROBLEMS if report.refused else Exit.OK

    return with_session(ctx, body)


def _print_status(ctx: Context, status: SyncStatus) -> None:
    out, t = ctx.console, ctx.texts
    out.out(t("status_last_sync", at=status.last_sync_at or "-"))
    out.out(t("status_pending", count=status.pending_changes))
    for d in status.devices:
        out.out(
            t("status_device", device=d.name, code=d.code, status=t("device_" + d.status), seq=d.last_seq)
            + (" *" if d.is_this_device else "")
        )
    for name, seq in status.gaps:
        out.out(t("gap", device=name, seq=seq))
    for name, seq, reason, detail in status.quarantined:
        out.out(t("quarantine_" + reason, device=name, detail=detail) + f" (#{seq})")
    out.out(t("status_conflicts", count=status.conflicts, waiting=status.waiting_rows))
    out.out(f"digest: {status.digest}")
