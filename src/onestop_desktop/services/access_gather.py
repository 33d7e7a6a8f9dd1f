"""Collecting the 열람 자료 of one person: every case of theirs and what each holds, their consents, the referrals
(what was sent to whom and when), the outputs and the access-log entries naming them, and their kept files.

Pure reading: `gather` takes an open connection and returns the `AccessRecord` the export draws. The printed
wording is Korean directly, like the other documents (export/labels.py); what may not be shown is decided in
`domain.access_record` (contact section, other people's data).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from datetime import UTC, datetime

from .. import export
from ..domain.access_record import AccessAttachment, AccessRecord, AccessTable, omissions, person_table
from ..domain.audit import AuditAction
from ..domain.case_status import CaseStatus
from ..domain.casework import Case, Client
from ..domain.consent import ConsentKind, ConsentMethod
from ..domain.documents import Production
from ..domain.subject_requests import RequestKind, RequestOutcome
from ..domain.taxonomy import GoalStatus
from ..storage import repos
from ..storage.db import Connection
from ..storage.repos import access_record as rows
from ..storage.repos import subject_requests as request_rows

CASE_STATUS = {
    CaseStatus.INTAKE: "접수",
    CaseStatus.ACTIVE: "진행",
    CaseStatus.ON_HOLD: "보류",
    CaseStatus.CLOSED: "종결",
}
CONSENT_KIND = {
    ConsentKind.COLLECTION: "수집·이용 (필수)",
    ConsentKind.COLLECTION_OPTIONAL: "수집·이용 (선택)",
    ConsentKind.SENSITIVE: "민감정보 처리",
    ConsentKind.UNIQUE_ID: "고유식별정보 처리",
    ConsentKind.THIRD_PARTY: "제3자 제공",
    ConsentKind.PROCEDURE_INFO: "형사절차 정보 수령",
}
CONSENT_METHOD = {
    ConsentMethod.SIGNED_PAPER: "서면 서명",
    ConsentMethod.PHONE: "전화",
    ConsentMethod.SIGNED_ON_SCREEN: "화면 서명",
    ConsentMethod.LEGAL_BASIS: "법령 근거",
}
GOAL_STATUS = {GoalStatus.OPEN: "진행", GoalStatus.ACHIEVED: "달성", GoalStatus.DROPPED: "중단"}
REQUEST_KIND = {RequestKind.ACCESS: "열람", RequestKind.CORRECTION: "정정·삭제", RequestKind.SUSPENSION: "처리정지"}
REQUEST_OUTCOME = {RequestOutcome.GRANTED: "이행", RequestOutcome.PARTLY: "일부 이행", RequestOutcome.REFUSED: "거절"}
ACTION = {
    AuditAction.VIEW: "조회",
    AuditAction.CREATE: "입력",
    AuditAction.UPDATE: "수정",
    AuditAction.DELETE: "삭제",
    AuditAction.PRINT: "출력",
    AuditAction.EXPORT: "파일 저장",
    AuditAction.IMPORT: "가져오기",
    AuditAction.DENIED: "거부된 접근",
}
DESTINATION = {"file": "파일", "print": "인쇄"}
DOCUMENT_KIND = {
    "referral_letter": "연계 의뢰서",
    "consent_form": "동의서",
    "packet": "연계 의뢰 문서",
    "batch": "연계 의뢰 문서 (일괄)",
    "safety_card": "안전 카드",
    "day_sheet": "외근 일정표",
    "access_record": "개인정보 열람 자료",
}


def _action(code: str) -> str:
    """An audit action in words (a code written by a newer version stays as it is)."""
    known = {str(action): label for action, label in ACTION.items()}
    return known.get(code, code)


def _day(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") and value is not None else ""


def _local(at: str) -> str:
    """`2026-12-07T09:15:00Z` (stored in UTC) → `2026-12-07 18:15`, this computer's time."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def _table(key: str, title: str, columns: Iterable[tuple[str, str]], body: Iterable[Iterable[str]],
           note: str = "") -> AccessTable:  # fmt: skip
    return AccessTable(key, title, tuple(columns), tuple(tuple(cell or "" for cell in row) for row in body), note)


def _cases(cases: list[Case], names: dict[str, str]) -> AccessTable:
    columns = (("case_number", "사례번호"), ("intake_date", "접수일"), ("crime_types", "피해 유형"),
               ("incident_date", "사건일"), ("incident", "사건 개요"), ("police", "경찰 신고"),
               ("status", "상태"), ("closed_on", "종결일"), ("lead", "담당 상담원"))  # fmt: skip
    body = [(c.case_number, _day(c.intake_date), ", ".join(sorted(export.labels.CRIME_TYPE[t] for t in c.crime_types)),
             _day(c.incident_date), c.incident_summary, export.labels.POLICE_REPORT.get(c.police_report, ""),
             CASE_STATUS[c.status], _day(c.closed_on), names.get(c.lead_counselor_id or "", ""))
            for c in cases]  # fmt: skip
    return _table("cases", "2. 사례", columns, body)


def _consents(conn: Connection, client_id: str, agencies: dict[str, str]) -> AccessTable:
    columns = (("kind", "종류"), ("agreed", "동의 여부"), ("given_on", "일자"), ("method", "방법"),
               ("recipient", "제공받는 자"), ("items", "항목"), ("purpose", "목적"), ("retention", "보유 기간"),
               ("withdrawn_on", "철회일"))  # fmt: skip
    body = [(CONSENT_KIND[c.kind], "동의" if c.agreed else "동의하지 않음", _day(c.given_on), CONSENT_METHOD[c.method],
             agencies.get(c.agency_id or "", ""), ", ".join(export.labels.DATA_ITEM[i] for i in sorted(c.items)),
             c.purpose, c.retention, _day(c.withdrawn_on))
            for c in repos.consents.for_client(conn, client_id)]  # fmt: skip
    return _table("consents", "3. 동의", columns, body)


def _referrals(conn: Connection, cases: list[Case], agencies: dict[str, str]) -> AccessTable:
    columns = (("number", "문서번호"), ("case_number", "사례번호"), ("agency", "제공받는 기관"),
               ("items", "제공한 항목"), ("status", "상태"), ("events", "경과 (일자·상태)"))  # fmt: skip
    body = []
    for case in cases:
        for r in repos.referrals.for_case(conn, case.id):
            items = [export.labels.DATA_ITEM[i] for i in sorted(r.items)]
            events = "; ".join(f"{e.on.isoformat()} {export.labels.REFERRAL_STATUS[e.status]}" for e in r.events)
            body.append((r.number, case.case_number, agencies.get(r.agency_id, ""), ", ".join(items),
                         export.labels.REFERRAL_STATUS[r.status], events))  # fmt: skip
    return _table("referrals", "4. 연계 (제3자 제공): 무엇을 누구에게 언제", columns, body)


def _sessions(conn: Connection, cases: list[Case]) -> AccessTable:
    columns = (("case_number", "사례번호"), ("started_at", "일시"), ("mode", "방식"), ("counselor", "상담원"),
               ("place", "장소"), ("note", "상담 내용"), ("next_steps", "다음 계획"))  # fmt: skip
    held = [(case, s) for case in cases for s in repos.case_items.counseling_sessions(conn, case.id, with_notes=True)]
    body = [(case.case_number, s.started_at.replace("T", " "), export.labels.COUNSELING_MODE[s.mode], s.counselor_name,
             s.place, s.note, s.next_steps) for case, s in held]  # fmt: skip
    return _table("sessions", "5. 상담 기록", columns, body)


def _services(conn: Connection, cases: list[Case]) -> AccessTable:
    columns = (("case_number", "사례번호"), ("domain", "분야"), ("service", "서비스"), ("provider", "제공 기관"),
               ("provided_on", "제공일"), ("amount", "금액(원)"), ("status", "상태"))  # fmt: skip
    body = [(case.case_number, export.labels.SERVICE_DOMAIN[s.domain], s.service, s.provider_name, _day(s.provided_on),
             f"{s.amount_krw:,}" if s.amount_krw is not None else "", export.labels.SERVICE_STATUS[s.status])
            for case in cases for s in repos.case_items.services(conn, case.id)]  # fmt: skip
    return _table("services", "6. 제공 서비스", columns, body)


def _plan(conn: Connection, cases: list[Case]) -> AccessTable:
    columns = (("case_number", "사례번호"), ("kind", "구분"), ("text", "내용"), ("date", "목표일·예정일"),
               ("status", "상태"))  # fmt: skip
    body: list[tuple[str, ...]] = []
    for case in cases:
        body += [(case.case_number, "지원 계획 목표", g.goal, _day(g.target_date), GOAL_STATUS[g.status])
                 for g in repos.case_items.goals(conn, case.id)]  # fmt: skip
        body += [(case.case_number, "후속 조치", f.title, _day(f.due_date), "완료" if f.done_on else "예정")
                 for f in repos.case_items.followups(conn, case.id)]  # fmt: skip
    return _table("plan", "7. 지원 계획과 후속 조치", columns, body)


def _requests(conn: Connection, cases: list[Case]) -> AccessTable:
    columns = (("case_number", "사례번호"), ("kind", "요구"), ("received_on", "접수일"), ("due_on", "처리 기한"),
               ("outcome", "결과"), ("answered_on", "답변일"), ("answer", "답변 내용"))  # fmt: skip
    body = [(case.case_number, REQUEST_KIND[r.kind], _day(r.received_on), _day(r.due_on),
             REQUEST_OUTCOME[r.outcome] if r.outcome else "처리 중", _day(r.answered_on), r.answer)
            for case in cases for r in request_rows.for_case(conn, case.id)]  # fmt: skip
    return _table("requests", "8. 열람·정정·삭제·처리정지 요구", columns, body)


def _outputs(conn: Connection, client_id: str, case_ids: tuple[str, ...]) -> AccessTable:
    columns = (("at", "일시"), ("kind", "문서"), ("case_number", "사례번호"), ("recipient", "수신·대상"),
               ("purpose", "출력 사유"), ("destination", "형태"), ("by", "출력자"))  # fmt: skip
    body = [
        (_local(at), DOCUMENT_KIND.get(kind, kind), number, recipient, purpose, DESTINATION.get(dest, dest), by)
        for at, kind, number, recipient, purpose, dest, by in rows.documents_about(conn, client_id, case_ids)
    ]
    return _table("outputs", "9. 출력·제공 기록 (문서 대장)", columns, body)


def _access_log(conn: Connection, client_id: str, case_ids: tuple[str, ...]) -> AccessTable:
    columns = (("at", "일시"), ("account", "계정"), ("action", "수행 업무"), ("case_number", "사례번호"))
    body = [(_local(at), account, _action(action), number)
            for at, account, action, number in rows.access_entries(conn, client_id, case_ids)]  # fmt: skip
    note = "개인정보처리시스템 접속기록 중 본인 또는 본인 사례를 처리한 기록입니다 (안전성 확보조치 기준 제8조)."
    return _table("access_log", "10. 접속 기록", columns, body, note)


def _attachments(conn: Connection, client_id: str) -> tuple[AccessAttachment, ...]:
    kept = []
    for number, (_, purpose, media_type, data) in enumerate(rows.attachments_of(conn, client_id), start=1):
        suffix = mimetypes.guess_extension(media_type) or ".bin"
        kept.append(AccessAttachment(f"{number:02d}-{purpose}{suffix}", media_type, data))
    return tuple(kept)


def gather(conn: Connection, case_id: str, center_name: str, production: Production) -> AccessRecord:
    """The whole 열람 자료 of the person whose case `case_id` is (the caller checked access)."""
    client_id = repos.cases.client_id_of(conn, case_id) or ""
    client: Client | None = repos.clients.get(conn, client_id)
    requested = repos.cases.get(conn, case_id)
    assert client is not None and requested is not None
    case_ids = rows.case_ids_of_client(conn, client_id)
    cases = [c for c in (repos.cases.get(conn, i) for i in case_ids) if c is not None]
    names = {u.id: u.display_name for u in repos.users.list_users(conn, include_inactive=True)}
    agencies = {a.id: a.name for a in repos.agencies.list_agencies(conn, active_only=False)}
    person = person_table(client, gender=export.labels.GENDER[client.gender])
    tables = (
        person,
        _cases(cases, names),
        _consents(conn, client_id, agencies),
        _referrals(conn, cases, agencies),
        _sessions(conn, cases),
        _services(conn, cases),
        _plan(conn, cases),
        _requests(conn, cases),
        _outputs(conn, client_id, case_ids),
        _access_log(conn, client_id, case_ids),
    )
    offender_named = any(c.offender_relationship for c in cases)
    return AccessRecord(center_name, client.name, requested.case_number, production, tables,
                        omissions(client, offender_named=offender_named), _attachments(conn, client_id))  # fmt: skip
