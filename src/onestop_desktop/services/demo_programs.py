"""Demo programs with meetings, enrolments, attendance and completions, and satisfaction surveys
(answered or declined) spread over the last two years, so the dashboard shows a living center.

Survey answers are written exactly as `Feedback.record_answers` writes them: a request on the
case, an anonymous answer with only its month.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain import demo_content as content
from ..domain.case_status import CaseStatus
from ..domain.feedback import (
    FeedbackAnswers,
    FeedbackMethod,
    FeedbackOutcome,
    QuestionKind,
    SurveySubject,
    SurveyVersion,
    month_of,
)
from ..domain.programs import (
    AttendanceStatus,
    EnrolmentStatus,
    FacilitatorKind,
    ProgramKind,
    ProgramStatus,
    status_on,
)
from ..domain.referrals import Agency
from ..domain.taxonomy import ServiceDomain
from ..storage import repos
from ..storage.store import WriteTx

SURVEY_WINDOW_DAYS = 730  # surveys began two years ago
_HELPS: dict[ProgramKind, tuple[ServiceDomain, ...]] = {
    ProgramKind.SELF_HELP: (ServiceDomain.PSYCH, ServiceDomain.SAFETY),
    ProgramKind.TRAUMA_RECOVERY: (ServiceDomain.PSYCH, ServiceDomain.MEDICAL),
    ProgramKind.LEGAL_INFO: (ServiceDomain.LEGAL, ServiceDomain.INVEST, ServiceDomain.ECON),
    ProgramKind.FAMILY: (ServiceDomain.PSYCH, ServiceDomain.WELFARE),
    ProgramKind.OTHER: (ServiceDomain.PSYCH,),
}


@dataclass
class _Program:
    id: str
    kind: ProgramKind
    starts_on: date
    ends_on: date
    status: ProgramStatus
    capacity: int
    meetings: list[tuple[str, date]]
    taken: int = 0


@dataclass
class DemoPrograms:
    rng: random.Random
    today: date
    staff: list[str]
    agencies: list[Agency]
    programs: list[_Program] = field(default_factory=list)
    surveys: dict[SurveySubject, SurveyVersion] = field(default_factory=dict)

    def create_programs(self, tx: WriteTx, count: int) -> None:
        rng, today = self.rng, self.today
        for subject in SurveySubject:
            survey = repos.feedback.current(tx.conn, subject)
            if survey is not None:
                self.surveys[subject] = survey
        for n in range(count):
            name, kind_code, topics = content.PROGRAMS[n % len(content.PROGRAMS)]
            kind = ProgramKind(kind_code)
            cohort = n // len(content.PROGRAMS) + 1
            # a quarter runs now (its last meeting still ahead) or starts soon: a living center, not only history
            if n % 4 == 0 and n % 8 == 0:
                starts = today - timedelta(days=rng.randint(0, 7 * len(topics) - 8))
            elif n % 4 == 0:
                starts = today + timedelta(days=rng.randint(3, 21))
            else:
                starts = today - timedelta(days=rng.randint(40, SURVEY_WINDOW_DAYS))
            days = [starts + timedelta(weeks=w) for w in range(len(topics))]
            status = status_on(starts, days[-1], today)
            if status is ProgramStatus.PLANNED and rng.random() < 0.15:
                status = ProgramStatus.CANCELLED
            agency = self._agency_for(kind)
            in_house = agency is None or rng.random() < 0.5
            capacity = rng.choice((8, 10, 12, 15, 20))
            online = kind is ProgramKind.LEGAL_INFO and rng.random() < 0.4
            program_id = repos.programs.insert(
                tx,
                {
                    "name": f"{name} {cohort}기" if count > len(content.PROGRAMS) else name,
                    "kind": str(kind),
                    "description": "",
                    "facilitator_kind": str(FacilitatorKind.IN_HOUSE if in_house else FacilitatorKind.AGENCY),
                    "facilitator_user_id": rng.choice(self.staff) if in_house else None,
                    "facilitator_agency_id": None if in_house or agency is None else agency.id,
                    "facilitator_name": "",
                    "place": "" if online else rng.choice(content.PROGRAM_PLACES),
                    "online": int(online),
                    "capacity": capacity,
                    "starts_on": starts.isoformat(),
                    "ends_on": days[-1].isoformat(),
                    "status": str(status),
                },
            )
            meetings = [
                (
                    repos.programs.insert_meeting(
                        tx, program_id, {"held_on": day.isoformat(), "start_time": "14:00", "topic": topic}
                    ),
                    day,
                )
                for day, topic in zip(days, topics, strict=True)
            ]
            self.programs.append(_Program(program_id, kind, starts, days[-1], status, capacity, meetings))

    def _agency_for(self, kind: ProgramKind) -> Agency | None:
        wanted = _HELPS[kind][0]
        found = [a for a in self.agencies if wanted in a.domains]
        return self.rng.choice(found) if found else None

    # -- per case ------------------------------------------------------------------------------------
    def enrol(self, tx: WriteTx, case_id: str, intake: date, status: CaseStatus) -> None:
        """Some clients join a program that started around or after their intake."""
        rng = self.rng
        open_to = [
            p
            for p in self.programs
            if p.status is not ProgramStatus.CANCELLED
            and intake - timedelta(days=14) <= p.starts_on <= intake + timedelta(days=240)
            and p.taken < p.capacity
        ]
        if not open_to and status in (CaseStatus.ACTIVE, CaseStatus.ON_HOLD):  # joins one that runs now
            open_to = [p for p in self.programs if p.status is ProgramStatus.RUNNING and p.taken < p.capacity]
        rng.shuffle(open_to)
        for program in open_to[: 2 if rng.random() < 0.25 else 1]:
            if rng.random() > (0.75 if status is not CaseStatus.INTAKE else 0.3):
                continue
            self._one_enrolment(tx, case_id, program, max(intake, program.starts_on - timedelta(days=7)))

    def _one_enrolment(self, tx: WriteTx, case_id: str, program: _Program, enrolled_on: date) -> None:
        rng, today = self.rng, self.today
        enrolled_on = min(enrolled_on, today)
        enrolment = repos.programs.enrol(tx, program.id, case_id, enrolled_on)
        program.taken += 1
        keen = rng.uniform(0.55, 1.0)
        held = [(sid, day) for sid, day in program.meetings if enrolled_on <= day <= today]
        present = 0
        for meeting_id, _day in held:
            if rng.random() < keen:
                mark = AttendanceStatus.PRESENT
                present += 1
            else:
                mark = AttendanceStatus.EXCUSED if rng.random() < 0.4 else AttendanceStatus.ABSENT
            repos.programs.set_attendance(tx, enrolment, meeting_id, mark)
        if program.status is not ProgramStatus.FINISHED:
            if held and rng.random() < 0.08:
                repos.programs.set_enrolment_status(tx, enrolment, EnrolmentStatus.DROPPED, None)
            return
        if held and present / len(held) >= 0.6:
            repos.programs.set_enrolment_status(tx, enrolment, EnrolmentStatus.COMPLETED, program.ends_on)
            self._survey(
                tx,
                SurveySubject.PROGRAM,
                case_id,
                enrolment,
                program.id,
                program.ends_on,
                _HELPS[program.kind],
                self._in_person(),
            )  # after the last meeting
        else:
            repos.programs.set_enrolment_status(tx, enrolment, EnrolmentStatus.DROPPED, None)

    def case_feedback(
        self, tx: WriteTx, case_id: str, closed_on: date | None, domains: tuple[ServiceDomain, ...]
    ) -> None:
        """A third are asked when the case closes (on this computer or on paper); the rest in the quarterly
        phone round (from the 10th of January, April, July and October) after their case closed."""
        if closed_on is None or (self.today - closed_on).days > SURVEY_WINDOW_DAYS:
            return
        if self.rng.random() < 0.33:
            on = closed_on + timedelta(days=self.rng.randint(0, 5))
            self._survey(tx, SurveySubject.CASE, case_id, None, None, on, domains, self._in_person())
            return
        quarter = (closed_on.month - 1) // 3 + 1
        year, month = (closed_on.year + 1, 1) if quarter == 4 else (closed_on.year, quarter * 3 + 1)
        on = date(year, month, 10) + timedelta(days=self.rng.randint(0, 14))
        if on <= self.today:  # the next round has not come yet otherwise
            self._survey(tx, SurveySubject.CASE, case_id, None, None, on, domains, FeedbackMethod.PHONE)

    def _in_person(self) -> FeedbackMethod:
        return FeedbackMethod.KIOSK if self.rng.random() < 0.6 else FeedbackMethod.PAPER

    def _survey(
        self,
        tx: WriteTx,
        subject: SurveySubject,
        case_id: str,
        enrolment: str | None,
        program_id: str | None,
        on: date,
        helps: tuple[ServiceDomain, ...],
        method: FeedbackMethod,
    ) -> None:
        rng = self.rng
        survey = self.surveys.get(subject)
        roll = rng.random()
        if survey is None or roll > 0.92:
            return  # not reached
        on = min(self.today, on)
        if roll > 0.8:
            repos.feedback.insert_request(tx, subject, case_id, enrolment, FeedbackOutcome.DECLINED, method, on)
            return
        repos.feedback.insert_request(tx, subject, case_id, enrolment, FeedbackOutcome.ANSWERED, method, on)
        mood = content.mood(rng)
        scores = {q.code: content.score(rng, mood) for q in survey.scale_questions if rng.random() < 0.96}
        answers = FeedbackAnswers(
            scores or {survey.scale_questions[0].code: mood},
            rng.choice(helps) if survey.question(QuestionKind.SERVICE) and rng.random() < 0.85 else None,
            rng.choice(content.COMMENTS) if survey.question(QuestionKind.TEXT) and rng.random() < 0.3 else "",
        )
        repos.feedback.insert_response(tx, survey, program_id, month_of(on), method, answers)
