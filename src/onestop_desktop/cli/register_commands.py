"""`onestop-admin register list`: the output register (출력·복사 대장), one output a line."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.ids import parse_iso
from ..domain.oversight import DESTINATION_LABELS, OUTPUT_KIND_LABELS, RegisterQuery
from ..services.session import Session
from .commands import Context, parse_day, with_session
from .exits import Exit
from .io import UsageError

PAGE = 1000  # rows fetched at a time: the register is streamed, never loaded whole


def register(sub: argparse._SubParsersAction[Any]) -> None:
    group = sub.add_parser(
        "register", help="the output register (출력·복사 대장): what was printed or saved (administrators)"
    )
    action = group.add_subparsers(dest="register_command", metavar="ACTION", required=True)
    listing = action.add_parser(
        "list",
        help="one line per output: TIME<TAB>USER<TAB>KIND<TAB>CASE_NUMBER<TAB>PURPOSE<TAB>DESTINATION<TAB>PAGES",
        description="Every letter, consent form, packet, batch and period report printed or saved since a day, "
        "newest first: local time, who (user name and display name), what, the case number (empty for a blank "
        "form or a report), the stated purpose (출력 사유), where it went and how many pages.",
    )
    listing.add_argument("--since", required=True, metavar="YYYY-MM-DD", help="first day (UTC) to include")
    listing.add_argument("--until", metavar="YYYY-MM-DD", help="last day (UTC) to include")
    listing.add_argument("--case", metavar="NUMBER", help="only outputs about this case")
    group.set_defaults(handler=cmd_register)


def _local(iso: str) -> str:
    try:
        return parse_iso(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def cmd_register(ctx: Context) -> int:
    args, out, catalogue = ctx.args, ctx.console, ctx.texts.catalogue
    if args.register_command != "list":  # argparse allows only the actions registered above
        raise UsageError(f"onestop-admin register: unknown action {args.register_command}")
    since, until = parse_day(args.since), parse_day(args.until) if args.until else None

    def body(session: Session) -> int:
        case_id = session.register.case_id(args.case) if args.case else ""
        query = RegisterQuery(since=since, until=until, case_id=case_id)
        offset = 0
        while True:
            rows = session.register.page(query, offset, PAGE)
            for e in rows:
                kind = catalogue.translate("Register", OUTPUT_KIND_LABELS.get(e.kind, e.kind))
                where = catalogue.translate("Register", DESTINATION_LABELS.get(e.destination, e.destination))
                who = f"{e.username} ({e.display_name})" if e.display_name else e.username
                out.out("\t".join((_local(e.produced_at), who, kind, e.case_number, e.purpose, where, str(e.pages))))
            if len(rows) < PAGE:
                return Exit.OK
            offset += PAGE

    return with_session(ctx, body)
