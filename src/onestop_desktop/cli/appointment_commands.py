"""`onestop-admin appointments add …` and `onestop-admin agenda …`: scheduling from a terminal and the day's list
(or the outreach day sheet as a PDF). Lines carry case numbers, never client names; a client marked 주소 비공개
never has the place printed."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..domain.appointments import KIND_WORDS, PLACE_SHORT, AgendaEntry, AppointmentKind, Conflict, parse_place
from ..domain.day_sheet import ADDRESS_WITHHELD
from ..domain.korean import parse_date
from ..domain.outputs import OutputKind
from ..domain.users import User
from ..services.appointments import AppointmentForm
from ..services.session import Session
from .commands import Context, output_file, with_session
from .exits import Exit
from .io import UsageError

MAX_DAYS = 366
# The command's own lines (Korean, English), like cli/messages.py's TEXTS.
_TEXTS = {
    "overlap": ("일정 충돌({who}): {a} / {b} 시간이 겹칩니다.", "Clash for {who}: {a} overlaps {b}."),
    "travel": (
        "이동 시간 부족({who}): {a} / {b} 사이가 30분 미만입니다.",
        "No travel time for {who}: less than 30 minutes between {a} and {b}.",
    ),
    "sheet_done": (
        "외근 일정표를 {path}에 저장했습니다({count}건). 출력·복사 대장과 감사 기록에 남았습니다.",
        "Day sheet written to {path} ({count} appointments). Recorded in the document register and the audit trail.",
    ),
    "unknown_user": ("알 수 없는 사용자: {user}", "unknown user: {user}"),
    "bad_date": ("날짜는 YYYY-MM-DD로 쓰십시오: {value}", "write the date as YYYY-MM-DD: {value}"),
    "default_purpose": ("외근", "outreach visits"),
}


def _text(ctx: Context, key: str, **params: object) -> str:
    korean, english = _TEXTS[key]
    return (korean if ctx.texts.language == "ko" else english).format(**params)


def _kind(text: str) -> AppointmentKind:
    wanted = text.strip()
    kind = KIND_WORDS.get(wanted) or next((k for k in AppointmentKind if k.value == wanted.lower()), None)
    if kind is None:
        raise argparse.ArgumentTypeError(f"unknown kind {text!r} (상담 | 방문 | 전화 | 동행 | 프로그램)")
    return kind


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1: {text!r}")
    return int(text)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    appointments = sub.add_parser("appointments", help="schedule appointments of a case (sessions, visits, calls)")
    action = appointments.add_subparsers(dest="appointments_command", metavar="ACTION", required=True)
    add = action.add_parser("add", help="schedule one appointment or a weekly series; prints its number",
                            description="Conflicts with the staff's other appointments are named on standard "
                            "error; the appointment is scheduled all the same.")  # fmt: skip
    add.add_argument("case", metavar="CASE_NUMBER")
    add.add_argument("--start", required=True, metavar="'YYYY-MM-DD HH:MM'")
    add.add_argument("--minutes", required=True, type=_positive, metavar="N")
    add.add_argument("--kind", required=True, type=_kind, metavar="상담|방문|전화|동행|프로그램")
    add.add_argument("--place", default="", metavar="TEXT", help="센터, 자택, 병원, 경찰서, 법원 or any text")
    add.add_argument("--staff", default="", metavar="USER[,USER...]", help="who goes (default: you)")
    add.add_argument("--weekly", type=_positive, default=1, metavar="COUNT", help="weekly, COUNT times")
    add.add_argument("--note", default="", metavar="TEXT")
    appointments.set_defaults(handler=cmd_appointments)

    agenda = sub.add_parser("agenda", help="the appointments of a day or more, or the outreach day sheet as PDF")
    agenda.add_argument("--date", metavar="YYYY-MM-DD", help="the first day (default: today)")
    agenda.add_argument("--days", type=_positive, default=1, metavar="N", help="how many days (default 1)")
    agenda.add_argument("--for", dest="for_user", metavar="USER", help="whose appointments (default: yours)")
    agenda.add_argument("--out", metavar="FILE.pdf", help="write the day sheet of --date as a PDF instead")
    agenda.add_argument("--names", action="store_true", help="print clients' names on the day sheet")
    agenda.add_argument("--purpose", metavar="TEXT", help="why it is printed (출력 사유); default: 외근")
    agenda.add_argument("--force", action="store_true", help="replace FILE if it exists")
    agenda.set_defaults(handler=cmd_agenda)


def _users(session: Session) -> dict[str, User]:
    return {user.username: user for user in session.cases.colleagues()}


def _user_id(ctx: Context, users: dict[str, User], name: str) -> str:
    user = users.get(name.strip())
    if user is None:
        raise UsageError(_text(ctx, "unknown_user", user=name.strip()))
    return user.id


def _label(entry: Conflict, which: int) -> str:
    booking = entry.first if which == 0 else entry.second
    kind = next(word for word, k in KIND_WORDS.items() if k is booking.kind)
    return f"{booking.occurrence.start:%Y-%m-%d %H:%M} {kind}"


def cmd_appointments(ctx: Context) -> int:
    args = ctx.args
    if args.appointments_command != "add":  # argparse allows only the actions registered above
        raise UsageError(f"onestop-admin appointments: unknown action {args.appointments_command}")
    place_kind, place = parse_place(args.place)

    def body(session: Session) -> int:
        users = _users(session)
        staff = tuple(_user_id(ctx, users, name) for name in args.staff.split(",") if name.strip())
        names = {user.id: user.username for user in users.values()}
        case_id = session.cases.case_id(args.case)
        form = AppointmentForm(args.start, args.minutes, args.kind, place_kind, place, args.note, staff, args.weekly)
        scheduled = session.appointments.add(case_id, form)
        for clash in scheduled.conflicts:
            key = "overlap" if clash.kind.value == "overlap" else "travel"
            ctx.console.err(_text(ctx, key, who=names.get(clash.user_id, "?"), a=_label(clash, 0), b=_label(clash, 1)))
        ctx.console.out(scheduled.appointment_id)
        return Exit.OK

    return with_session(ctx, body)


def agenda_line(entry: AgendaEntry, names: dict[str, str]) -> str:
    """`YYYY-MM-DD HH:MM-HH:MM<TAB>CASE_NUMBER<TAB>KIND<TAB>PLACE<TAB>STAFF`, the place withheld for 주소 비공개."""
    appointment = entry.appointment
    kind = next(word for word, k in KIND_WORDS.items() if k is appointment.kind)
    place = appointment.place or PLACE_SHORT.get(appointment.place_kind, "")
    if appointment.address_private and place:
        place = ADDRESS_WITHHELD
    staff = ",".join(names.get(user_id, "?") for user_id in appointment.staff)
    clean = " ".join(place.replace("\t", " ").split())
    return f"{entry.start:%Y-%m-%d %H:%M}-{entry.end:%H:%M}\t{appointment.case_number}\t{kind}\t{clean}\t{staff}"


def cmd_agenda(ctx: Context) -> int:
    args = ctx.args
    first = date.today()
    if args.date:
        parsed = parse_date(args.date)
        if parsed is None:
            raise UsageError(_text(ctx, "bad_date", value=args.date))
        first = parsed
    days = min(args.days, MAX_DAYS)
    target = output_file(ctx, args.out, OutputKind.PDF)[0] if args.out else None

    def body(session: Session) -> int:
        users = _users(session)
        names = {user.id: user.username for user in users.values()}
        worker = _user_id(ctx, users, args.for_user) if args.for_user else None
        if target is not None:
            purpose = args.purpose or _text(ctx, "default_purpose")
            sheet = session.appointments.day_sheet(first, purpose, user_id=worker, show_names=args.names)
            document = session.appointments.render_day_sheet(sheet)
            session.appointments.save_day_sheet(document, target, overwrite=args.force)
            ctx.console.out(_text(ctx, "sheet_done", path=target, count=len(sheet.rows)))
            return Exit.OK
        for entry in session.appointments.agenda(first, days, user_id=worker):
            ctx.console.out(agenda_line(entry, names))
        return Exit.OK

    return with_session(ctx, body)
