"""`onestop --self-test [--self-test-report FILE]`: does this installation work on this computer?

Runs the real code on a throwaway installation in a temporary folder: the encrypted database and
its migrations, Korean text through the full-text search, a referral letter PDF with the bundled
fonts, and the main window built offscreen. One line per step ("ok: …" or "FAILED: …"); exit code
0 only when every step passed. The report file is for Windows, where the windowed app has no console.
Nothing here is shown to counselors, so the lines are English only.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from . import APP_NAME, __version__
from .domain.casework import CaseQuery, ConsentForm, IntakeForm, ReferralForm
from .domain.consent import ConsentKind, DataItem
from .domain.taxonomy import CrimeType, ServiceDomain
from .export import PRODUCER
from .services.session import Session
from .services.vault import Vault
from .storage.key_wrap import KdfParams
from .storage.migrate import LATEST_VERSION, MIGRATIONS, current_version

FLAG, REPORT_FLAG = "--self-test", "--self-test-report"
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)  # a throwaway database needs no cost
KOREAN_NAME, KOREAN_QUERY = "한가람", "가람"


def wanted(argv: Sequence[str]) -> bool:
    return any(arg in (FLAG, REPORT_FLAG) or arg.startswith(REPORT_FLAG + "=") for arg in argv)


@dataclass
class Context:
    root: Path
    vault: Vault | None = None
    session: Session | None = None
    case_id: str = ""
    lines: list[str] = field(default_factory=list)

    def need_session(self) -> Session:
        if self.session is None:
            raise RuntimeError("not run: the database step failed")
        return self.session


def _version(ctx: Context) -> str:
    if getattr(sys, "frozen", False) and __version__.endswith("+source"):
        raise RuntimeError("the bundle lacks the package metadata (copy_metadata)")
    return f"{APP_NAME} {__version__}"


def _database(ctx: Context) -> str:
    ctx.vault = Vault(ctx.root / "data", kdf=CHEAP_KDF)
    passphrase = "Self-test-" + secrets.token_hex(8)
    ctx.session = ctx.vault.initialize("자가진단 센터", "자가진단 PC", "ST", "selftest", "자가진단", passphrase).session
    header = ctx.vault.data_dir.database.read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise RuntimeError("the database file is not encrypted")
    with ctx.session.store.read() as conn:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    return f"encrypted database created (SQLCipher {cipher})"


def _migrations(ctx: Context) -> str:
    session = ctx.need_session()
    with session.store.read() as conn:
        version = current_version(conn)
    if version != LATEST_VERSION:
        raise RuntimeError(f"schema version {version}, expected {LATEST_VERSION}")
    agencies = len(session.agencies.list())  # seeded by a Python migration step: its module was found
    if not agencies:
        raise RuntimeError("no partner agencies seeded")
    return f"{len(MIGRATIONS)} migrations ran (schema {version}), {agencies} agencies seeded"


def _korean_text(ctx: Context) -> str:
    session = ctx.need_session()
    ctx.case_id = session.intake.create(
        IntakeForm(
            name=KOREAN_NAME,
            birth_date="1990-03-15",
            phone="010-2345-6789",
            crime_types={CrimeType.STALKING},
            summary="퇴근길에 반복적으로 따라오는 사람이 있음.",
        )
    )
    rows = session.cases.page(CaseQuery(text=KOREAN_QUERY))
    names = [row.client_display_name for row in rows]
    if names != [KOREAN_NAME]:
        raise RuntimeError(f"full-text query {KOREAN_QUERY!r} found {names!r}")
    return f"Korean text written and found by full-text query ({KOREAN_QUERY!r} -> {KOREAN_NAME!r})"


def _pdf(ctx: Context) -> str:
    session = ctx.need_session()
    if not ctx.case_id:
        raise RuntimeError("not run: the Korean text step failed")
    agency = session.agencies.list()[0].id
    items = frozenset({DataItem.NAME, DataItem.CRIME_TYPE})
    given = (date.today() - timedelta(days=1)).isoformat()
    session.consents.record(ctx.case_id, ConsentForm(kind=ConsentKind.COLLECTION, given_on=given, purpose="자체 점검"))
    session.consents.record(
        ctx.case_id, ConsentForm(kind=ConsentKind.THIRD_PARTY, agency_id=agency, given_on=given, items=items)
    )
    referral = session.referrals.create(
        ctx.case_id, ReferralForm(agency_id=agency, domain=ServiceDomain.PSYCH, reason="심리치료 연계", items=items)
    )
    letter = session.documents.referral_letter(referral, "자가진단")
    data = letter.data
    if not data.startswith(b"%PDF-") or letter.pages < 1:
        raise RuntimeError("not a PDF")
    if b"NanumGothic" not in data:
        raise RuntimeError("the bundled Korean font is not embedded")
    if PRODUCER.encode() not in data:
        raise RuntimeError(f"producer is not {PRODUCER!r}")
    return f"referral letter PDF rendered ({letter.pages} page(s), {len(data) // 1024} KiB, NanumGothic embedded)"


def _main_window(ctx: Context) -> str:
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    from .app import Options, start

    if ctx.vault is None:
        raise RuntimeError("not run: the database step failed")
    if QApplication.instance() is None:
        QApplication([sys.argv[0] if sys.argv else "onestop", "-platform", "offscreen"])
    running = start(Options(ctx.vault.data_dir.root, []), vault=ctx.vault)
    try:
        window = running.controller.main_window
        if window is None:
            raise RuntimeError("the main window was not shown")
        running.app.processEvents()
        family = QFontInfo(window.font()).family()
        if "Nanum" not in family:
            raise RuntimeError(f"the window font is {family!r}, not the bundled NanumGothic")
        if running.translators.language == "ko" and running.translators.loaded < 2:
            raise RuntimeError("Qt's Korean catalogue (qtbase_ko.qm) or OneStop's was not loaded")
        if window.grab().isNull():
            raise RuntimeError("the window could not be drawn")
        return (
            f"main window built offscreen ({running.app.platformName()}, font {family}, "
            f"{running.translators.loaded} Korean translation file(s))"
        )
    finally:
        running.translators.remove()
        running.controller.shutdown()
        for widget in running.app.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        running.app.processEvents()


STEPS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("version", _version),
    ("database", _database),
    ("migrations", _migrations),
    ("korean text", _korean_text),
    ("pdf", _pdf),
    ("main window", _main_window),
)


class _Report:
    """Each line goes to the console (if there is one) and to the report file (if asked), at once."""

    def __init__(self, path: str | None) -> None:
        self.file: TextIO | None = open(path, "w", encoding="utf-8") if path else None  # noqa: SIM115

    def line(self, text: str) -> None:
        for stream in (sys.stdout, self.file):
            if stream is not None:
                stream.write(text + "\n")
                stream.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


def run(report_path: str | None = None) -> int:
    report = _Report(report_path)
    root = Path(tempfile.mkdtemp(prefix="onestop-self-test-"))
    ctx = Context(root)
    failures = 0
    try:
        for name, step in STEPS:
            try:
                report.line(f"ok: {name}: {step(ctx)}")
            except Exception as exc:
                failures += 1
                report.line(f"FAILED: {name}: {type(exc).__name__}: {exc}")
        if ctx.session is not None:
            ctx.session.logout()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if root.exists():
        failures += 1
        report.line(f"FAILED: cleanup: {root} remains")
    else:
        report.line("ok: cleanup: temporary folder removed")
    report.line("self-test passed" if not failures else f"self-test FAILED: {failures} step(s)")
    report.close()
    return 0 if not failures else 1


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="onestop", add_help=False)
    parser.add_argument(FLAG, action="store_true")
    parser.add_argument(REPORT_FLAG, metavar="FILE")
    known, _ = parser.parse_known_args(list(argv))
    return run(known.self_test_report)
