"""Import clients and cases from a spreadsheet (CSV in UTF-8 or CP949, or .xlsx): all rows or none.

Every row is read and checked before anything is written; one bad row refuses the file
with every problem and its line number. A row whose person (or legacy case number) was
imported before is skipped, so importing the same file twice adds nobody.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..domain.audit import AuditAction
from ..domain.case_status import CaseStatus
from ..domain.casework import FieldProblem
from ..domain.client_matching import Identity, matches, phone_set
from ..domain.errors import ErrorCode, OneStopError
from ..domain.import_format import (
    COLUMNS,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    MISSING_COLUMN,
    REQUIRED_COLUMNS,
    ImportRecord,
    map_header,
    parse_row,
)
from ..domain.roles import Permission
from ..domain.taxonomy import IntakeChannel
from ..storage import repos
from ..storage.audit_log import AuditRecord
from ..storage.store import WriteTx
from ._auth import requires
from .session import Session
from .workbook_gate import check_workbook, too_big


@dataclass(frozen=True)
class RowProblem:
    row: int  # line number in the file; 0 for the file as a whole
    column: str  # the header as written in the file
    problem: FieldProblem


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int  # already imported before (or twice in this file)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def check_size(path: Path) -> None:
    """Refuse a file over the import limits without parsing it (a workbook: `check_workbook`); cheap enough
    to run before the passphrase's key derivation. A file that cannot be read is left to `read_table`."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        check_workbook(path)
        return
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size > MAX_UNPACKED_BYTES:
        raise too_big(path)


def _trimmed(cells: list[str]) -> list[str]:
    """Without trailing empty cells (a sheet's formatting can stretch every row to its last column)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def read_table(path: Path) -> list[list[str]]:
    """The rows of a CSV (UTF-8 with or without BOM, or CP949) or of an .xlsx file's first sheet."""
    check_size(path)  # before anything is unpacked or read
    is_workbook = path.suffix.lower() in (".xlsx", ".xlsm")
    try:
        if is_workbook:
            from openpyxl import load_workbook

            workbook = load_workbook(path, read_only=True, data_only=True)
            sheet = workbook.worksheets[0]
            # bounded even if a sheet lies about itself: one row past the limit is enough to refuse
            cells = sheet.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS, values_only=True)
            rows = [_trimmed([_cell(v) for v in row]) for row in cells]
            workbook.close()
            return rows
        raw = path.read_bytes()
    except FileNotFoundError:
        raise OneStopError(ErrorCode.FILE_NOT_FOUND, path=str(path)) from None
    except OSError as exc:
        raise OneStopError(ErrorCode.IO_ERROR, path=str(path), detail=exc.strerror or type(exc).__name__) from None
    except OneStopError:
        raise
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise OneStopError(ErrorCode.IMPORT_UNREADABLE, path=str(path)) from None
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise OneStopError(ErrorCode.IMPORT_UNREADABLE, path=str(path))
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        raise OneStopError(ErrorCode.IMPORT_UNREADABLE, path=str(path)) from None


_SAME_INTAKE = ""  # returning_client's answer for a row that is an intake the center already has


def returning_client(tx: WriteTx, record: ImportRecord) -> str | None:
    """For a row without a legacy number: the client it is by the matching rule (domain/client_matching.py), or
    None for a new person; `_SAME_INTAKE` when that client already has a case with this intake date (the row was
    imported before, so importing it again adds nothing)."""
    if not record.import_key.startswith("person:"):
        return None
    if repos.client_merges.case_by_import_key(tx.conn, record.import_key) is not None:
        return _SAME_INTAKE
    phones = phone_set([record.phone] if record.phone else [])
    person = Identity("", record.name, record.birth_date, phones)
    found = matches(person, repos.client_merges.candidates(tx.conn, person))
    if not found:
        return None
    client_id = found[0][0].id
    intake = record.intake_date.isoformat()
    if any(c.intake_date == intake for c in repos.client_merges.cases_of(tx.conn, client_id)):
        return _SAME_INTAKE
    return client_id


class Importer:
    def __init__(self, session: Session) -> None:
        self.session = session

    def check(self, path: Path, today: date | None = None) -> tuple[list[ImportRecord], list[RowProblem]]:
        """Read and check the whole file; write nothing."""
        today = today or date.today()
        table = read_table(path)
        if not table:
            return [], [RowProblem(0, "", FieldProblem("file", MISSING_COLUMN, {"column": COLUMNS["name"][0]}))]
        header, body = table[0], table[1:]
        columns = map_header(header)
        problems = [
            RowProblem(1, "", FieldProblem(name, MISSING_COLUMN, {"column": COLUMNS[name][0]}))
            for name in REQUIRED_COLUMNS
            if name not in columns
        ]
        if problems:
            return [], problems
        if len(body) > MAX_ROWS:
            raise OneStopError(ErrorCode.IMPORT_TOO_LARGE, rows=len(body), limit=MAX_ROWS)
        with self.session.store.read() as conn:
            known = {u.username for u in repos.users.list_users(conn, include_inactive=False)}
        records = []
        for offset, cells in enumerate(body):
            if not any(c.strip() for c in cells):
                continue  # spreadsheets end with empty rows
            values = {name: cells[index] if index < len(cells) else "" for name, index in columns.items()}
            record = parse_row(offset + 2, values, today, known)
            for problem in record.problems:
                header_name = header[columns[problem.field]] if problem.field in columns else problem.field
                problems.append(RowProblem(record.row, header_name.lstrip("\ufeff"), problem))
            records.append(record)
        return records, problems

    @requires(Permission.IMPORT)
    def run(self, path: Path, today: date | None = None) -> ImportResult:
        records, problems = self.check(path, today)
        if problems:
            raise OneStopError(ErrorCode.IMPORT_REJECTED, count=len(problems), file=path.name, problems=problems)
        store = self.session.store
        created = skipped = 0
        with store.write(self.session.actor) as tx:
            users = {u.username: u.id for u in repos.users.list_users(tx.conn)}
            device_code = repos.devices.code_of(tx.conn, store.device.device_id)
            seen: set[str] = set()
            for record in records:
                if record.import_key in seen or repos.clients.by_import_key(tx.conn, record.import_key):
                    skipped += 1
                    continue
                seen.add(record.import_key)
                returning = returning_client(tx, record)
                if returning == _SAME_INTAKE:
                    skipped += 1
                    continue
                self._write(tx, record, users, device_code, returning)
                created += 1
            tx.audit(
                AuditRecord(
                    self.session.user.id,
                    self.session.user.username,
                    AuditAction.IMPORT,
                    "file",
                    "",
                    f"{path.name}: {created} created, {skipped} already present",
                )
            )
        return ImportResult(created, skipped)

    def _write(
        self, tx: WriteTx, record: ImportRecord, users: dict[str, str], device_code: str, client_id: str | None
    ) -> None:
        if client_id is not None:  # a returning person: a new case of the client the center has
            known = {p.digits for p in repos.clients.phones(tx.conn, client_id)}
            if record.phone and record.phone not in known:
                repos.clients.add_phone(tx, client_id, record.phone, label="휴대전화", sms_ok=record.sms_ok)
        else:
            client_id = self._new_client(tx, record)
        self._write_case(tx, record, users, device_code, client_id)

    def _new_client(self, tx: WriteTx, record: ImportRecord) -> str:
        client_id = repos.clients.insert(
            tx,
            {
                "name": record.name,
                "alias": record.alias,
                "gender": str(record.gender),
                "birth_date": record.birth_date.isoformat() if record.birth_date else None,
                "import_key": record.import_key,
            },
        )
        if record.phone:
            repos.clients.add_phone(
                tx, client_id, record.phone, label="휴대전화", sms_ok=record.sms_ok, is_primary=True
            )
        return client_id

    def _write_case(
        self, tx: WriteTx, record: ImportRecord, users: dict[str, str], device_code: str, client_id: str
    ) -> None:
        number = repos.cases.next_case_number(tx, device_code, record.intake_date.year)
        case_id = repos.cases.insert(
            tx,
            {
                "case_number": number,
                "client_id": client_id,
                "intake_date": record.intake_date.isoformat(),
                "intake_channel": str(record.channel),
                "referring_agency": record.referring_agency if record.channel is IntakeChannel.AGENCY else None,
                "incident_date": record.incident_date.isoformat() if record.incident_date else None,
                "incident_summary": record.summary,
                "import_key": record.import_key,
                "lead_counselor_id": users.get(record.lead_username or "", self.session.user.id),
            },
        )
        repos.cases.set_crime_types(tx, case_id, record.crime_types)
        if record.risk_level is not None:
            repos.cases.set_risk(tx, case_id, record.risk_level, record.intake_date, self.session.user.id)
        if record.status is not CaseStatus.INTAKE:
            closed = record.status is CaseStatus.CLOSED
            repos.cases.set_status(
                tx,
                case_id,
                record.status,
                record.intake_date if closed else None,
                record.closing_reason if closed else None,
            )
