"""`onestop-admin deadlines` and `onestop-admin safety-card`: legal deadlines and expiring protective measures in
the user's scope (numbers and kinds only, never names), and the discreet safety card of one case."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..domain.outputs import OutputKind
from ..services.session import Session
from .commands import Context, output_file, with_session
from .exits import Exit
from .messages import load_catalogue

_TEXTS = {
    "card_done": (
        "안전 카드를 {path}에 저장했습니다. 출력·복사 대장과 감사 기록에 남았습니다.",
        "Safety card written to {path}. Recorded in the document register and the audit trail.",
    ),
    "card_purpose": ("내담자 전달", "given to the client"),
}


def _text(ctx: Context, key: str, **params: object) -> str:
    korean, english = _TEXTS[key]
    return (korean if ctx.texts.language == "ko" else english).format(**params)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (YYYY-MM-DD)") from None


def _days(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}")
    return int(text)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    deadlines = sub.add_parser(
        "deadlines",
        help="open legal deadlines, expiring protective measures and plan reviews: DATE<TAB>CASE_NUMBER<TAB>KIND",
        description="One line per open legal deadline (e.g. 구조금 신청 기한), protective measure about to expire "
        "and safety-plan review in this user's scope, soonest first: the date, the case number and the kind "
        "(in Korean), separated by tabs. Client names are never printed. Closed cases are left out.",
    )
    deadlines.add_argument("--within", type=_days, metavar="DAYS", help="only those due within DAYS days")
    deadlines.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="count from this day instead of today")
    deadlines.set_defaults(handler=cmd_deadlines)

    card = sub.add_parser(
        "safety-card",
        help="print a case's discreet safety card (A7) to a PDF file",
        description="A wallet-size card with the emergency numbers, the center's phone under a neutral label and, "
        "from the latest safety plan, the code word and safe contacts. Nothing on it names the client, a crime, "
        "violence or the center (unless the plan says to name the center). Recorded with its purpose in the "
        "document register and the audit trail.",
    )
    card.add_argument("case", metavar="CASE_NUMBER", help="the case number, e.g. D1-2026-00001")
    card.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF (atomically)")
    card.add_argument("--force", action="store_true", help="replace FILE if it exists")
    card.add_argument("--purpose", metavar="TEXT", help="why it is printed (출력 사유); default: 내담자 전달")
    card.set_defaults(handler=cmd_safety_card)


def cmd_deadlines(ctx: Context) -> int:
    args = ctx.args
    korean = load_catalogue("ko")  # the kind is printed in Korean whatever the language: scripts read it

    def body(session: Session) -> int:
        for item in session.safety.due(args.within, today=args.on):
            kind = korean.translate(item.context, item.label)
            ctx.console.out(f"{item.due.isoformat()}\t{item.case_number}\t{kind}")
        return Exit.OK

    return with_session(ctx, body)


def cmd_safety_card(ctx: Context) -> int:
    target, _ = output_file(ctx, ctx.args.out, OutputKind.PDF)
    purpose = ctx.args.purpose or _text(ctx, "card_purpose")

    def body(session: Session) -> int:
        case_id = session.cases.case_id(ctx.args.case)
        document = session.safety.safety_card(case_id, purpose)
        session.safety.save_card(document, target, overwrite=ctx.args.force)
        ctx.console.out(_text(ctx, "card_done", path=target))
        return Exit.OK

    return with_session(ctx, body)
