"""`onestop-admin cases …`: the cases in the user's scope, by number (never names: scripts and logs see this)."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.case_status import CASE_STATUS_LABELS, CaseStatus
from ..services.session import Session
from .commands import Context, with_session
from .exits import Exit
from .io import UsageError


def parse_status(text: str) -> CaseStatus:
    """A status as the code (active) or its Korean or English label (진행, In progress)."""
    wanted = text.strip()
    for status in CaseStatus:
        if wanted.casefold() in (status.value, CASE_STATUS_LABELS[status].casefold()):
            return status
    korean = {"접수": CaseStatus.INTAKE, "진행": CaseStatus.ACTIVE, "진행중": CaseStatus.ACTIVE}
    korean |= {"보류": CaseStatus.ON_HOLD, "종결": CaseStatus.CLOSED}
    if wanted.replace(" ", "") in korean:
        return korean[wanted.replace(" ", "")]
    raise argparse.ArgumentTypeError(
        f"unknown status {text!r} (intake | active | on_hold | closed, or 접수 | 진행 | 보류 | 종결)"
    )


def register(sub: argparse._SubParsersAction[Any]) -> None:
    cases = sub.add_parser("cases", help="the cases in your scope by number, status and lead counselor (no names)")
    action = cases.add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    listing = action.add_parser(
        "list",
        help="one line per case: CASE_NUMBER<TAB>STATUS<TAB>LEAD, by case number",
        description="The cases this user may see (an outreach worker: those assigned to them), one a line: "
        "case number, status, lead counselor, separated by tabs. Client names are never printed.",
    )
    listing.add_argument("--status", type=parse_status, metavar="S", help="only cases with this status")
    cases.set_defaults(handler=cmd_cases)


def cmd_cases(ctx: Context) -> int:
    args, out = ctx.args, ctx.console
    if args.cases_command != "list":  # argparse allows only the actions registered above
        raise UsageError(f"onestop-admin cases: unknown action {args.cases_command}")
    statuses = frozenset({args.status}) if args.status is not None else frozenset()

    def body(session: Session) -> int:
        for row in session.cases.numbers(statuses):
            status = ctx.texts.catalogue.translate("Taxonomy", CASE_STATUS_LABELS[row.status])
            out.out(f"{row.case_number}\t{status}\t{row.lead_counselor_name}")
        return Exit.OK

    return with_session(ctx, body)
