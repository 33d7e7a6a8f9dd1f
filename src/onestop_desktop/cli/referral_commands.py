"""`onestop-admin referrals …`: referrals by their visible numbers, and marking printed ones sent (발송)."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.referrals import (
    DISPATCH_MEANS_LABELS,
    REFERRAL_STATUS_LABELS,
    DispatchMeans,
    ReferralStatus,
    parse_dispatch_means,
)
from ..services.session import Session
from .commands import Context, parse_day, with_session
from .exits import Exit
from .io import UsageError

# The words staff use for each status, besides the code and the English label.
KOREAN_STATUS = {
    "작성중": ReferralStatus.DRAFT,
    "발송": ReferralStatus.SENT,
    "접수": ReferralStatus.RECEIVED,
    "지원중": ReferralStatus.IN_SUPPORT,
    "완료": ReferralStatus.COMPLETED,
    "반려": ReferralStatus.REJECTED,
    "취소": ReferralStatus.CANCELLED,
}


def parse_status(text: str) -> ReferralStatus:
    """A status as the code (draft), its English label (Sent) or its Korean word (발송)."""
    wanted = text.strip()
    for status in ReferralStatus:
        if wanted.casefold() in (status.value, REFERRAL_STATUS_LABELS[status].casefold()):
            return status
    found = KOREAN_STATUS.get(wanted.replace(" ", ""))
    if found is None:
        raise argparse.ArgumentTypeError(
            f"unknown status {text!r} (draft | sent | received | in_support | completed | rejected | cancelled,"
            " or 작성중 | 발송 | 접수 | 지원중 | 완료 | 반려 | 취소)"
        )
    return found


def parse_means(text: str) -> DispatchMeans:
    means = parse_dispatch_means(text)
    if means is None:
        raise argparse.ArgumentTypeError(f"unknown means {text!r} (우편 | 팩스 | 직접 | 전자문서)")
    return means


def register(sub: argparse._SubParsersAction[Any]) -> None:
    referrals = sub.add_parser("referrals", help="referrals by visible number; mark printed ones sent (발송)")
    action = referrals.add_subparsers(dest="referrals_command", metavar="ACTION", required=True)
    listing = action.add_parser(
        "list",
        help="one line per referral: NUMBER<TAB>STATUS<TAB>AGENCY<TAB>CASE_NUMBER<TAB>DATE, by number",
        description="The referrals of the cases this user may see, one a line: the referral's visible number, "
        "its status, the agency, the case number and the day it was drafted, separated by tabs. Client names "
        "are never printed.",
    )
    listing.add_argument("--status", type=parse_status, metavar="S", help="only referrals with this status")
    listing.add_argument("--case", metavar="NUMBER", help="only the referrals of this case (e.g. D1-2026-00001)")
    dispatch = action.add_parser(
        "dispatch",
        help="mark printed draft referrals sent (발송), with the means; all or none",
        description="After the packets are printed and posted, faxed, handed over or sent electronically: mark "
        "them sent today (or --on DATE). Each must be a draft going out whose consents are complete and which "
        "was printed or saved (the output register says so); if one is not, none is marked. Sent referrals "
        "leave the ready batch ('packet --ready').",
    )
    dispatch.add_argument("numbers", nargs="+", metavar="NUMBER", help="visible referral numbers (D1-연계-2026-00001)")
    dispatch.add_argument(
        "--by", dest="means", required=True, type=parse_means, metavar="MEANS", help="우편 | 팩스 | 직접 | 전자문서"
    )
    dispatch.add_argument("--on", metavar="YYYY-MM-DD", help="the day it went out (default: today)")
    referrals.set_defaults(handler=cmd_referrals)


def cmd_referrals(ctx: Context) -> int:
    args, out = ctx.args, ctx.console
    catalogue = ctx.texts.catalogue
    if args.referrals_command not in ("list", "dispatch"):  # argparse allows only the actions registered above
        raise UsageError(f"onestop-admin referrals: unknown action {args.referrals_command}")
    on = parse_day(args.on) if args.referrals_command == "dispatch" and args.on else None

    def listing(session: Session) -> int:
        for line in session.dispatch.lines(args.status, args.case or ""):
            status = catalogue.translate("Referral", REFERRAL_STATUS_LABELS[line.status])
            out.out(f"{line.number}\t{status}\t{line.agency_name}\t{line.case_number}\t{line.created_on.isoformat()}")
        return Exit.OK

    def dispatching(session: Session) -> int:
        numbers = session.dispatch.mark_sent(list(args.numbers), args.means, on)
        means = catalogue.translate("Referral", DISPATCH_MEANS_LABELS[args.means])
        for number in numbers:
            out.out(f"{number}\t{means}")
        return Exit.OK

    return with_session(ctx, listing if args.referrals_command == "list" else dispatching)
