"""`onestop-admin contacts …`: the center's phone, fax, e-mail and address (administrators) and one's own direct
line and e-mail, as letters and cover sheets print them. An option left out keeps its value; '' clears it."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.errors import OneStopError
from ..domain.korean import format_phone
from ..services.session import Session
from .commands import Context, with_session
from .exits import Exit
from .io import UsageError


def _phone(digits: str) -> str:
    return format_phone(digits) if digits else ""


def register(sub: argparse._SubParsersAction[Any]) -> None:
    contacts = sub.add_parser("contacts", help="contact details printed on letters: the center's and your own")
    action = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    action.add_parser("show", help="the center's phone, fax, e-mail, address and your direct line and e-mail")
    center = action.add_parser("center", help="set the center's contact details (administrators)")
    for option in ("--phone", "--fax", "--email", "--address"):
        center.add_argument(option, metavar="TEXT")
    mine = action.add_parser("mine", help="set your own direct line and e-mail")
    for option in ("--phone", "--email"):
        mine.add_argument(option, metavar="TEXT")
    contacts.set_defaults(handler=cmd_contacts)


def cmd_contacts(ctx: Context) -> int:
    args, out = ctx.args, ctx.console
    if args.contacts_command not in ("show", "center", "mine"):  # argparse allows only these
        raise UsageError(f"onestop-admin contacts: unknown action {args.contacts_command}")

    def body(session: Session) -> int:
        contacts = session.contacts
        center, own = contacts.center(), contacts.person()
        if args.contacts_command == "center":
            center = contacts.set_center(
                _pick(args.phone, _phone(center.phone)),
                _pick(args.fax, _phone(center.fax)),
                _pick(args.email, center.email),
                _pick(args.address, center.address),
            )
        elif args.contacts_command == "mine":
            own = contacts.set_own(_pick(args.phone, _phone(own.phone)), _pick(args.email, own.email))
        out.out(f"center_phone\t{_phone(center.phone)}")
        out.out(f"center_fax\t{_phone(center.fax)}")
        out.out(f"center_email\t{center.email}")
        out.out(f"center_address\t{center.address}")
        out.out(f"my_phone\t{_phone(own.phone)}")
        out.out(f"my_email\t{own.email}")
        return Exit.OK

    def checked(session: Session) -> int:
        try:
            return body(session)
        except OneStopError as err:
            for problem in err.params.get("problems", ()):  # which field, one line each
                out.err(f"- {problem.field}: {ctx.texts.validation(problem.message, problem.params)}")
            raise

    return with_session(ctx, checked)


def _pick(given: str | None, held: str) -> str:
    return held if given is None else given
