"""`onestop-admin retention …`, `destroy` and `destruction-log`: the 파기 대상 list, destroying cases past their
retention (or earlier at the client's request, with --early) and the 파기 기록. Nothing printed names a person."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, Final

from ..domain.retention import DEFAULT_YEARS, MAXIMUM_YEARS, MINIMUM_YEARS, RecordKind
from ..domain.settings import RETENTION_ACCESS_CHANGES_YEARS, RETENTION_ACCESS_LOG_YEARS, RETENTION_CASE_YEARS
from ..services.session import Session
from ..services.settings import CenterSettings
from .commands import Context, with_session
from .exits import Exit
from .messages import Texts

_TEXTS: Final[dict[str, tuple[str, str]]] = {
    "destroyed": (
        "사건 {case}을(를) 파기했습니다. 다른 기기에서는 다음 동기화 때 삭제됩니다. "
        "파기 이전의 백업에는 남아 있습니다.",
        "Case {case} destroyed. Other devices remove it at their next sync. Backups made before still hold it.",
    ),
    "ordered": (
        "사건 {case}의 파기를 요청했습니다. 다른 관리자가 확인하면 파기됩니다 (retention confirm).",
        "Destruction of case {case} ordered; it is carried out when another administrator confirms it "
        "(retention confirm).",
    ),
    "set": ("{kind} 보존 기간을 {years}년으로 정했습니다.", "Retention of {kind} set to {years} years."),
    "early": ("조기 파기", "early"),
}
_SETTING_OF: Final = {
    RecordKind.CASE: RETENTION_CASE_YEARS,
    RecordKind.ACCESS_LOG: RETENTION_ACCESS_LOG_YEARS,
    RecordKind.ACCESS_CHANGES: RETENTION_ACCESS_CHANGES_YEARS,
}


def _text(texts: Texts, key: str, **params: object) -> str:
    korean, english = _TEXTS[key]
    return (korean if texts.language == "ko" else english).format(**params)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (YYYY-MM-DD)") from None


def _kind(text: str) -> RecordKind:
    try:
        kind = RecordKind(text.strip())
    except ValueError:
        kind = None
    if kind not in _SETTING_OF:
        raise argparse.ArgumentTypeError("one of: case, access_log, access_changes")
    assert kind is not None
    return kind


def _years(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= MAXIMUM_YEARS:
        raise argparse.ArgumentTypeError(f"not a number of years (1-{MAXIMUM_YEARS}): {text!r}")
    return int(text)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    retention = sub.add_parser(
        "retention",
        help="the retention schedule and the cases due for destruction (파기 대상)",
        description="Administrators only. 'due' lists closed cases whose retention has ended: CASE_NUMBER<TAB>"
        "CLOSED_ON<TAB>DUE_ON, the earliest due first. 'schedule' prints KIND<TAB>YEARS; 'set' changes one. "
        "'pending' lists destructions waiting for a second administrator and 'confirm' carries them out.",
    )
    actions = retention.add_subparsers(dest="retention_action", required=True, metavar="ACTION")
    due = actions.add_parser("due", help="cases past their retention: CASE_NUMBER<TAB>CLOSED_ON<TAB>DUE_ON")
    due.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="as of this day instead of today")
    due.set_defaults(handler=cmd_due)
    schedule = actions.add_parser("schedule", help="the retention of each kind of record: KIND<TAB>YEARS")
    schedule.set_defaults(handler=cmd_schedule)
    setter = actions.add_parser("set", help="change the retention of one kind of record (years)")
    setter.add_argument("kind", type=_kind, metavar="KIND", help="case | access_log | access_changes")
    setter.add_argument("years", type=_years, metavar="YEARS")
    setter.set_defaults(handler=cmd_set)
    pending = actions.add_parser("pending", help="destructions waiting for a second administrator")
    pending.set_defaults(handler=cmd_pending)
    confirm = actions.add_parser("confirm", help="confirm destructions another administrator ordered")
    confirm.add_argument("cases", nargs="+", metavar="CASE_NUMBER")
    confirm.set_defaults(handler=cmd_confirm)

    destroy = sub.add_parser(
        "destroy",
        help="destroy cases past their retention (파기), on every device at its next sync",
        description="Administrators only. Removes each case, its client when no other case of theirs remains, "
        "every record of the case, its attachments, search entries and history, here and on every device at its "
        "next sync, and keeps a destruction record without personal data. A case not yet due is refused (exit 2) "
        "unless --early is given (the client asked for deletion, 개인정보 보호법 제36조); a case another law "
        "keeps is refused with that law named. Backups made before still hold the data.",
    )
    destroy.add_argument("cases", nargs="+", metavar="CASE_NUMBER")
    destroy.add_argument("--reason", required=True, metavar="TEXT", help="why (recorded in the 파기 기록)")
    destroy.add_argument("--early", action="store_true", help="destroy before the retention ends (제36조)")
    destroy.set_defaults(handler=cmd_destroy)

    log = sub.add_parser(
        "destruction-log",
        help="the destruction records (파기 기록), one line each",
        description="CASE_NUMBER<TAB>KIND<TAB>CLOSED_ON<TAB>DESTROYED_ON<TAB>BY<TAB>CONFIRMED_BY<TAB>EARLY<TAB>"
        "REASON<TAB>METHOD, the latest first.",
    )
    log.set_defaults(handler=cmd_log)


def cmd_due(ctx: Context) -> int:
    def body(session: Session) -> int:
        for case in session.retention.due(ctx.args.on):
            ctx.console.out(f"{case.case_number}\t{case.closed_on.isoformat()}\t{case.due_on.isoformat()}")
        return Exit.OK

    return with_session(ctx, body)


def cmd_schedule(ctx: Context) -> int:
    def body(session: Session) -> int:
        schedule = session.retention.schedule()
        for kind in RecordKind:
            minimum = MINIMUM_YEARS.get(kind, DEFAULT_YEARS.get(kind, 0))
            ctx.console.out(f"{kind.value}\t{schedule.years(kind)}\t(min {minimum})")
        return Exit.OK

    return with_session(ctx, body)


def cmd_set(ctx: Context) -> int:
    def body(session: Session) -> int:
        CenterSettings(session).set(_SETTING_OF[ctx.args.kind], ctx.args.years)
        ctx.console.out(_text(ctx.texts, "set", kind=ctx.args.kind.value, years=ctx.args.years))
        return Exit.OK

    return with_session(ctx, body)


def cmd_destroy(ctx: Context) -> int:
    args = ctx.args

    def body(session: Session) -> int:
        for outcome in session.retention.destroy(args.cases, args.reason, early=args.early):
            ctx.console.out(_text(ctx.texts, "destroyed" if outcome.done else "ordered", case=outcome.case_number))
        return Exit.OK

    return with_session(ctx, body)


def cmd_pending(ctx: Context) -> int:
    def body(session: Session) -> int:
        for r in session.retention.pending():
            ctx.console.out(f"{r.case_number}\t{r.requested_by}\t{r.reason}")
        return Exit.OK

    return with_session(ctx, body)


def cmd_confirm(ctx: Context) -> int:
    def body(session: Session) -> int:
        for outcome in session.retention.confirm(ctx.args.cases):
            ctx.console.out(_text(ctx.texts, "destroyed", case=outcome.case_number))
        return Exit.OK

    return with_session(ctx, body)


def cmd_log(ctx: Context) -> int:
    def body(session: Session) -> int:
        early = _text(ctx.texts, "early")
        for r in session.retention.log():
            day = r.destroyed_on.isoformat() if r.destroyed_on else ""
            closed = r.closed_on.isoformat() if r.closed_on else ""
            fields = (r.case_number, r.record_kind, closed, day, r.requested_by, r.confirmed_by)
            ctx.console.out("\t".join((*fields, early if r.early else "", r.reason, r.method)))
        return Exit.OK

    return with_session(ctx, body)
