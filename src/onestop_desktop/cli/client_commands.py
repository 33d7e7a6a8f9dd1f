"""`onestop-admin clients …`: likely duplicate clients and merging two into one, named by case numbers (never by
names: scripts and logs see this)."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.client_matching import CONTEXT, REASON_LABELS
from ..services.session import Session
from .commands import Context, with_session
from .exits import Exit
from .io import UsageError


def register(sub: argparse._SubParsersAction[Any]) -> None:
    clients = sub.add_parser("clients", help="likely duplicate clients; merge two clients into one (administrators)")
    action = clients.add_subparsers(dest="clients_command", metavar="ACTION", required=True)
    action.add_parser(
        "duplicates",
        help="one line per likely pair: CASE_NUMBER<TAB>CASE_NUMBER<TAB>REASON",
        description="Pairs of clients that are likely one person (the same phone number; the same name and birth "
        "date; the same name and a similar phone number or birth date), one a line: a case number of each client "
        "and the reason, separated by tabs. Client names are never printed.",
    )
    merge = action.add_parser(
        "merge",
        help="merge the client of the second case into the client of the first; both cases remain",
        description="The client of OTHER_CASE_NUMBER is merged into the client of KEEP_CASE_NUMBER: its cases, "
        "phone numbers, consents, referrals, program enrolments and history move to the kept client, whose "
        "fields stay as they are (choose fields one by one in the app's merge dialog). Recorded in both clients' "
        "history and in the audit trail. Exit 2 when both cases already belong to one client.",
    )
    merge.add_argument("keep", metavar="KEEP_CASE_NUMBER")
    merge.add_argument("other", metavar="OTHER_CASE_NUMBER")
    clients.set_defaults(handler=cmd_clients)


def cmd_clients(ctx: Context) -> int:
    args, out = ctx.args, ctx.console
    if args.clients_command not in ("duplicates", "merge"):  # argparse allows only the actions registered above
        raise UsageError(f"onestop-admin clients: unknown action {args.clients_command}")

    def duplicates(session: Session) -> int:
        for pair in session.clients.duplicates():
            reason = ctx.texts.catalogue.translate(CONTEXT, REASON_LABELS[pair.reason])
            out.out(f"{pair.first_case}\t{pair.second_case}\t{reason}")
        return Exit.OK

    def merge(session: Session) -> int:
        moved = session.clients.merge(args.keep, args.other)
        out.out(f"{args.other} → {args.keep}: {sum(moved.values())}")
        return Exit.OK

    return with_session(ctx, duplicates if args.clients_command == "duplicates" else merge)
