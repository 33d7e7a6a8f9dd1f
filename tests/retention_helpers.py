"""Reading a SQLCipher database the way someone holding its key could: every page of the file decrypted, free pages
and pages no table uses included (SQLCipher 4 defaults with a raw key: 4096-byte pages, the first page starting with
a 16-byte salt, 80 reserved bytes per page holding the 16-byte IV and the HMAC; AES-256-CBC)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from onestop_desktop.domain.casework import CounselingSessionForm, IntakeForm
from onestop_desktop.domain.taxonomy import CrimeType
from onestop_desktop.services.session import Session

PAGE = 4096
RESERVE = 80
SALT = 16


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    data = path.read_bytes()
    pages = []
    for start in range(0, len(data) - len(data) % PAGE, PAGE):
        page = data[start : start + PAGE]
        offset = SALT if start == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain = decryptor.update(page[offset : PAGE - RESERVE]) + decryptor.finalize()
        pages.append((b"SQLite format 3\x00" if start == 0 else b"") + plain)
    return pages


WAL_HEADER = 32
FRAME_HEADER = 24


def decrypted_wal_pages(path: Path, key: bytes) -> list[bytes]:
    """The pages in the write-ahead log's frames, decrypted like the file's (every frame, checkpointed or not)."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return []
    data = wal.read_bytes()
    pages = []
    for start in range(WAL_HEADER, len(data) - FRAME_HEADER - PAGE + 1, FRAME_HEADER + PAGE):
        number = int.from_bytes(data[start : start + 4], "big")
        page = data[start + FRAME_HEADER : start + FRAME_HEADER + PAGE]
        offset = SALT if number == 1 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[offset : PAGE - RESERVE]) + decryptor.finalize())
    return pages


def fts_terms(session: Session, index: str) -> set[str]:
    """The terms a full-text index still holds in its pages (deleted documents' terms until a merge)."""
    with session.store.read() as conn:
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index}_terms USING fts5vocab(main, {index}, 'row')")
        return {str(r[0]) for r in conn.execute(f"SELECT term FROM temp.{index}_terms")}


def _closed(session: Session, case_id: str, on: date) -> None:
    with session.store.write(session.actor) as tx:
        tx.update("cases", case_id, {"status": "closed", "closed_on": on.isoformat(), "closing_reason": "goals_met"})


def case_with_content(
    session: Session, name: str, phone: str, note: str, *, closed_on: date | None = None, client_of: str | None = None
) -> str:
    """A case with the client's name, a phone number and a counseling note; closed on `closed_on` when given."""
    case_id = session.intake.create(
        IntakeForm(name=name, birth_date="1990-03-15", phone=phone, crime_types={CrimeType.STALKING})
    )
    if client_of is not None:  # a second case of an existing client: move it to that client
        with session.store.write(session.actor) as tx:
            client = tx.conn.execute("SELECT client_id FROM cases WHERE id = ?", (client_of,)).fetchone()[0]
            tx.update("cases", case_id, {"client_id": client})
    session.cases.add_counseling_session(
        case_id, CounselingSessionForm(started_at="2026-01-05 10:00", duration_minutes="30", note=note)
    )
    if closed_on is not None:
        _closed(session, case_id, closed_on)
    return case_id


def case_number(session: Session, case_id: str) -> str:
    with session.store.read() as conn:
        return str(conn.execute("SELECT case_number FROM cases WHERE id = ?", (case_id,)).fetchone()[0])
