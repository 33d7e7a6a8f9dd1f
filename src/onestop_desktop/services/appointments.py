"""`session.appointments`: scheduling case appointments, the calendar's date-range reads, conflicts, reminders and
the outreach day sheet.

Like every case edit: permission (decorator), access to the case, the whole form validated at once, one transaction
with its audit entry. Reads are limited to the cases this user may see.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from .. import export
from ..domain.appointments import (
    MAX_INTERVAL_WEEKS,
    MAX_MINUTES,
    MAX_OCCURRENCES,
    PLACE_SHORT,
    AgendaEntry,
    Appointment,
    AppointmentKind,
    Conflict,
    OccurrenceChange,
    PlaceKind,
    Series,
    agenda,
    conflicts,
    day_span,
    expand,
    expand_all,
    format_start,
    parse_start,
)
from ..domain.audit import AuditAction
from ..domain.casework import CounselingSessionForm, FieldProblem
from ..domain.day_sheet import DaySheet, day_sheet_rows
from ..domain.documents import Production
from ..domain.errors import ErrorCode, OneStopError
from ..domain.ids import new_id
from ..domain.outputs import OutputKind
from ..domain.roles import Permission
from ..domain.settings import CENTER_NAME
from ..domain.taxonomy import CounselingMode
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.validation import BAD_DATETIME, FUTURE_DATE, Validator
from ..storage import repos
from ..storage.atomic_file import write_atomic
from ._auth import requires
from .case_access import record, require_case, visibility
from .case_editing import refuse
from .documents import NEED_PURPOSE, RenderedDocument, register_output
from .output_target import check_output_target
from .session import Session

BAD_MINUTES = QT_TRANSLATE_NOOP("Validation", "Minutes between 1 and 1440.")
BAD_COUNT = QT_TRANSLATE_NOOP("Validation", "Between 1 and 104 weekly occurrences.")
BAD_INTERVAL = QT_TRANSLATE_NOOP("Validation", "Every 1 to 8 weeks.")
NEED_STAFF = QT_TRANSLATE_NOOP("Validation", "Choose who goes.")
DAY_SHEET_KIND = "day_sheet"
COUNSELING_MODES = {AppointmentKind.PHONE: CounselingMode.PHONE, AppointmentKind.VISIT: CounselingMode.OUTREACH,
                 AppointmentKind.ACCOMPANY: CounselingMode.OUTREACH}  # fmt: skip
ALL_SKIPPED = QT_TRANSLATE_NOOP("Validation", "Every occurrence would be skipped.")


@dataclass(frozen=True)
class AppointmentForm:
    start: str  # 'YYYY-MM-DD HH:MM'
    minutes: int
    kind: AppointmentKind
    place_kind: PlaceKind = PlaceKind.NONE
    place: str = ""
    note: str = ""
    staff: tuple[str, ...] = ()  # user ids; empty = the person scheduling it
    weekly_count: int = 1
    interval_weeks: int = 1


@dataclass(frozen=True)
class Scheduled:
    appointment_id: str
    conflicts: list[Conflict] = field(default_factory=list)  # with what was already scheduled (never refused)


def day_range(first: date, days: int) -> tuple[datetime, datetime]:
    return datetime.combine(first, time()), datetime.combine(first + timedelta(days=days), time())


class Appointments:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- scheduling --------------------------------------------------------------------------------------
    def _series(self, appointment_id: str, form: AppointmentForm) -> Series:
        v = Validator(date.today())
        start = parse_start(form.start)
        if start is None:
            v.fail("start", BAD_DATETIME)
        if not 1 <= form.minutes <= MAX_MINUTES:
            v.fail("minutes", BAD_MINUTES)
        if not 1 <= form.weekly_count <= MAX_OCCURRENCES:
            v.fail("weekly_count", BAD_COUNT)
        if not 1 <= form.interval_weeks <= MAX_INTERVAL_WEEKS:
            v.fail("interval_weeks", BAD_INTERVAL)
        v.text("place", form.place, max_length=200)
        v.text("note", form.note, max_length=500)
        refuse(v.problems)
        assert start is not None
        return Series(appointment_id, start, form.minutes, form.weekly_count, form.interval_weeks)

    @requires(Permission.FOLLOWUPS_EDIT)
    def add(self, case_id: str, form: AppointmentForm) -> Scheduled:
        """Schedule an appointment (or a weekly series); conflicts with the staff's other appointments are
        returned to be shown, never refused: people decide."""
        appointment_id = new_id()
        series = self._series(appointment_id, form)
        staff = tuple(dict.fromkeys(form.staff)) or (self.session.user.id,)
        span = day_span(series)
        assert span is not None  # a new series has no exceptions
        with self.session.store.read() as conn:
            require_case(self.session, conn, case_id)
            known = {u.id for u in repos.users.list_users(conn, include_inactive=False)}
        if not set(staff) <= known:
            refuse([FieldProblem("staff", NEED_STAFF)])
        values = {"case_id": case_id, "kind": str(form.kind), "first_start": format_start(series.first_start),
                  "minutes": form.minutes, "weekly_count": form.weekly_count, "interval_weeks": form.interval_weeks,
                  "place_kind": str(form.place_kind), "place": " ".join(form.place.split()),
                  "note": form.note.strip()}  # fmt: skip
        with self.session.store.write(self.session.actor) as tx:
            repos.appointments.add(tx, appointment_id, values, staff, span)
            repos.cases.touch(tx, case_id)
            record(tx, self.session, AuditAction.CREATE, case_id, f"appointment ({form.kind}, {form.weekly_count}x)")
        return Scheduled(appointment_id, self.conflicts_of(appointment_id))

    @requires(Permission.FOLLOWUPS_EDIT)
    def change_occurrence(self, appointment_id: str, index: int, moved_to: datetime | None) -> None:
        """Skip one occurrence of a series (`moved_to` None) or move it."""
        with self.session.store.read() as conn:
            appointment = repos.appointments.get(conn, appointment_id)
        if appointment is None or not 0 <= index < appointment.series.count:
            raise OneStopError(ErrorCode.NOT_FOUND)
        change = OccurrenceChange(index, moved_to)
        others = tuple(c for c in appointment.series.changes if c.index != index)
        span = day_span(dataclasses.replace(appointment.series, changes=(*others, change)))
        if span is None:
            refuse([FieldProblem("occurrence", ALL_SKIPPED)])
        assert span is not None
        with self.session.store.read() as conn:
            require_case(self.session, conn, appointment.case_id)
        with self.session.store.write(self.session.actor) as tx:
            repos.appointments.set_change(tx, appointment_id, change, span)
            repos.cases.touch(tx, appointment.case_id)
            detail = "appointment skipped" if moved_to is None else "appointment moved"
            record(tx, self.session, AuditAction.UPDATE, appointment.case_id, detail)

    @requires(Permission.FOLLOWUPS_EDIT)
    def cancel(self, appointment_id: str) -> None:
        """Remove the whole appointment (every occurrence)."""
        with self.session.store.read() as conn:
            case_id = repos.appointments.case_of(conn, appointment_id)
            if case_id is None:
                raise OneStopError(ErrorCode.NOT_FOUND)
            require_case(self.session, conn, case_id)
        with self.session.store.write(self.session.actor) as tx:
            repos.appointments.remove(tx, appointment_id)
            record(tx, self.session, AuditAction.DELETE, case_id, "appointment cancelled")

    # -- reading -------------------------------------------------------------------------------------------
    def _appointments(self, since: datetime, until: datetime, *, user_id: str | None = None,
                      case_id: str | None = None) -> list[Appointment]:  # fmt: skip
        last = (until - timedelta(minutes=1)).date()
        scope_sql, scope_params = visibility(self.session).sql()
        with self.session.store.read() as conn:
            if case_id is not None:
                require_case(self.session, conn, case_id)
            return repos.appointments.in_range(conn, since.date(), last, scope_sql, scope_params, user_id=user_id,
                                               case_id=case_id)  # fmt: skip

    @requires(Permission.USE_APP)
    def agenda(self, first: date, days: int = 1, *, user_id: str | None = None, team: bool = False,
               case_id: str | None = None) -> list[AgendaEntry]:  # fmt: skip
        """The occurrences on `days` days from `first`: of one worker (default: this user), of the whole team
        (`team`), or of one case."""
        since, until = day_range(first, days)
        worker = None if team or case_id is not None else (user_id or self.session.user.id)
        return agenda(self._appointments(since, until, user_id=worker, case_id=case_id), since, until)

    @requires(Permission.USE_APP)
    def conflicts_of(self, appointment_id: str) -> list[Conflict]:
        """The conflicts of an appointment's occurrences with the other appointments of its staff."""
        with self.session.store.read() as conn:
            appointment = repos.appointments.get(conn, appointment_id)
        if appointment is None or appointment.series.count == 0:
            return []
        span = day_span(appointment.series)
        if span is None:
            return []
        since, until = day_range(span[0], (span[1] - span[0]).days + 1)
        mine = {(appointment_id, o.index) for o in expand(appointment.series, since, until)}
        bookings = []
        for user_id in appointment.staff:
            for other in self._appointments(since, until, user_id=user_id):
                bookings += [other.booking(o) for o in expand(other.series, since, until)]
        unique = {(b.occurrence.series_id, b.occurrence.index): b for b in bookings}
        return [
            c
            for c in conflicts(unique.values())
            if ((c.first.occurrence.series_id, c.first.occurrence.index) in mine)
            != ((c.second.occurrence.series_id, c.second.occurrence.index) in mine)
        ]

    @requires(Permission.USE_APP)
    def reminders(self, today: date | None = None) -> list[AgendaEntry]:
        """This user's appointments today and tomorrow (내 할 일)."""
        return self.agenda(today or date.today(), 2)

    @requires(Permission.USE_APP)
    def missed(self, today: date | None = None, days: int = 14) -> list[AgendaEntry]:
        """This user's appointments of the last `days` days that have passed with no counseling session recorded
        for the case on that day, for follow-up."""
        today = today or date.today()
        now = datetime.now()
        entries = [e for e in self.agenda(today - timedelta(days=days), days + 1) if e.end <= now]
        if not entries:
            return []
        with self.session.store.read() as conn:
            kept = repos.appointments.counseling_session_days(conn, {e.appointment.case_id for e in entries},
                                                   today - timedelta(days=days))  # fmt: skip
        return [e for e in entries if (e.appointment.case_id, e.start.date()) not in kept]

    # -- the outreach day sheet ----------------------------------------------------------------------------
    @requires(Permission.DOCUMENTS)
    def day_sheet(self, day: date, purpose: str, *, user_id: str | None = None, show_names: bool = False) -> DaySheet:
        """One worker's appointments of `day` as the day sheet holds them (see domain/day_sheet.py)."""
        cleaned = purpose.strip()
        if not cleaned:
            refuse([FieldProblem("purpose", NEED_PURPOSE)])
        worker_id = user_id or self.session.user.id
        entries = self.agenda(day, 1, user_id=worker_id)
        with self.session.store.read() as conn:
            clients = {}
            for case_id in {e.appointment.case_id for e in entries}:
                client_id = repos.cases.client_id_of(conn, case_id)
                client = repos.clients.get(conn, client_id) if client_id else None
                if client is not None:
                    clients[case_id] = client
            worker = repos.users.by_id(conn, worker_id)
        production = Production(self.session.user.display_name, datetime.now().replace(microsecond=0), cleaned[:200])
        return DaySheet(day, worker.display_name if worker else "", str(self.session.settings.get(CENTER_NAME)),
                        day_sheet_rows(entries, clients, show_names=show_names), production)  # fmt: skip

    @requires(Permission.DOCUMENTS)
    def render_day_sheet(self, sheet: DaySheet) -> RenderedDocument:
        try:
            pdf = export.render_day_sheet(sheet)
        except export.FontMissing as missing:
            raise OneStopError(ErrorCode.FONT_MISSING, font=str(missing)) from None
        recipient = f"{sheet.day.isoformat()} 외근 일정표 ({sheet.worker})"
        return RenderedDocument(DAY_SHEET_KIND, bytes(pdf), pdf.pages, recipient, sheet.production.purpose, (), None)

    @requires(Permission.DOCUMENTS)
    def save_day_sheet(self, document: RenderedDocument, target: Path, *, overwrite: bool = False) -> None:
        """Write the sheet where the user chose (atomically), register it and audit the export."""
        check_output_target(target, self.session.vault.data_dir.root, OutputKind.PDF, overwrite=overwrite)
        write_atomic(target, document.data)
        register_output(self.session, document, "file")

    @requires(Permission.DOCUMENTS)
    def record_printed(self, document: RenderedDocument) -> None:
        register_output(self.session, document, "print")

    # -- from appointment to session record ------------------------------------------------------------------
    @requires(Permission.NOTES_WRITE)
    def record_counseling_session(self, appointment_id: str, index: int) -> str:
        """The counseling session record of a past occurrence, in one step (time, duration, mode and place from
        the appointment; the note is written afterwards). It stops counting as missed."""
        with self.session.store.read() as conn:
            appointment = repos.appointments.get(conn, appointment_id)
        found = [o for o in expand_all(appointment.series) if o.index == index] if appointment else []
        if appointment is None or not found:
            raise OneStopError(ErrorCode.NOT_FOUND)
        occurrence = found[0]
        if occurrence.start > datetime.now():
            refuse([FieldProblem("started_at", FUTURE_DATE)])
        mode = COUNSELING_MODES.get(appointment.kind, CounselingMode.VISIT)
        place = appointment.place or PLACE_SHORT.get(appointment.place_kind, "")
        form = CounselingSessionForm(started_at=format_start(occurrence.start), mode=mode, place=place,
                           duration_minutes=str(appointment.series.minutes))  # fmt: skip
        return self.session.cases.add_counseling_session(appointment.case_id, form)
