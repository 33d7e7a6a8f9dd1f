"""`onestop-admin audit review --month YYYY-MM --note TEXT`: record the monthly access-log review (접속기록 점검).

`cmd_audit` (cli/commands.py) hands the `review` action here, so the audit group stays one command."""

from __future__ import annotations

import argparse
from typing import Any

from ..services.session import Session
from .commands import Context, with_session
from .exits import Exit


def add_review(audit_sub: argparse._SubParsersAction[Any]) -> None:
    review = audit_sub.add_parser(
        "review",
        help="record the monthly access-log review: the month covered and what was found (administrators)",
        description="The safety-measures standard asks for the access records to be reviewed every month. This "
        "records who reviewed which month, when, and the findings; it is itself an audit entry. Recording a "
        "month again replaces its findings.",
    )
    review.add_argument("--month", required=True, metavar="YYYY-MM", help="the month reviewed, e.g. 2026-11")
    review.add_argument("--note", required=True, metavar="TEXT", help="the findings, e.g. '이상 없음'")


def cmd_review(ctx: Context) -> int:
    def body(session: Session) -> int:
        done = session.audit.record_review(ctx.args.month, ctx.args.note)
        ctx.console.out(
            ctx.texts(
                "review_done",
                month=done.month,
                start=done.period_start.isoformat(),
                end=done.period_end.isoformat(),
                user=session.user.username,
            )
        )
        return Exit.OK

    return with_session(ctx, body)
