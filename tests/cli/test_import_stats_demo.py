"""`import`, `stats` and `seed-demo`: records brought in all or nothing, counted, and demo data at size."""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

import pytest

from onestop_desktop.cli import messages
from onestop_desktop.domain.validation import REQUIRED, TOO_LONG
from onestop_desktop.resources import resource
from onestop_desktop.services import demo

from ..conftest import ADMIN_PASSPHRASE
from .conftest import OWN_PASSPHRASE, TEMP_PASSPHRASE, Installation

EXAMPLE = resource("examples", "import-example.csv")
STAT_LINE = re.compile(r"^[a-z_]+(?:\.[a-z_]+)*: \d+$")
SECRET_NOTE = "비밀메모표식"  # a valid cell in a refused row: must never reach the terminal


def _rows() -> list[list[str]]:
    with EXAMPLE.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _write(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _stats(installed: Installation) -> dict[str, int]:
    result = installed.admin("stats")
    assert (result.code, result.err) == (0, ""), result
    return {name: int(value) for name, value in (line.split(": ") for line in result.out.splitlines())}


def _bad_file(tmp_path: Path) -> tuple[Path, int]:
    """The example plus new people plus one malformed row; returns the file and the bad row's line."""
    rows = _rows()
    header = rows[0]
    fresh = []
    for n, row in enumerate(rows[1:]):
        row = list(row)
        row[header.index("성명")] = "새로온" + "가나다라마바"[n]
        row[header.index("연락처")] = f"010-3300-{7000 + n}"
        fresh.append(row)
    bad = ["####"] * len(header)
    bad[header.index("성명")] = "x" * 5000
    bad[header.index("생년월일")] = "2099-13-45"
    bad[header.index("사건개요")] = SECRET_NOTE
    return _write(tmp_path / "bad.csv", [header, *fresh, bad]), len(fresh) + 2


def _counselor(installed: Installation) -> None:
    stdin = f"{ADMIN_PASSPHRASE}\n{TEMP_PASSPHRASE}\n"
    assert installed.admin("users", "add", "kim", "--name", "김상담", "--role", "counselor", stdin=stdin).code == 0
    assert installed.choose_own("kim").code == 0


# -- import ---------------------------------------------------------------------------------------
def test_import_the_example_then_stats(installed: Installation) -> None:
    result = installed.admin("import", str(EXAMPLE), lang="ko")
    assert (result.code, result.err) == (0, ""), result
    assert result.out == "가져오기 완료: 6명 추가, 0명은 이미 있음\n"
    stats = _stats(installed)
    assert stats["clients"] == 6 and stats["cases"] == 6
    assert stats["cases.status.closed"] == 2 and stats["cases.crime_type.stalking"] == 1


def test_importing_the_same_file_again_adds_nobody(installed: Installation) -> None:
    assert installed.admin("import", str(EXAMPLE)).code == 0
    before = _stats(installed)
    again = installed.admin("import", str(EXAMPLE))
    assert (again.code, again.err) == (0, "")
    assert again.out == "Import done: 0 added, 6 already present\n"
    assert _stats(installed) == before


def test_a_malformed_row_refuses_the_file_and_is_named(installed: Installation, tmp_path: Path) -> None:
    assert installed.admin("import", str(EXAMPLE)).code == 0
    before = _stats(installed)
    path, line = _bad_file(tmp_path)

    result = installed.admin("import", str(path))
    assert result.code == 2, result
    assert result.out == "" and "Traceback" not in result.err
    *problems, summary = result.err_lines
    assert summary.startswith("onestop-admin: bad.csv:") and "nothing was imported" in summary
    assert f"line {line}, 성명: At most 60 characters." in problems
    assert f"line {line}, 생년월일: 2099-13-45: there is no month 13." in problems  # says what is wrong
    assert all(p.startswith(f"line {line}, ") for p in problems)  # only the bad row, nothing about the others
    # only the problem's own message: no other cell of the row, no name of anyone in the file
    assert SECRET_NOTE not in result.err and "x" * 61 not in result.err and "새로온" not in result.err
    assert _stats(installed) == before

    korean = installed.admin("import", str(path), lang="ko")
    assert korean.code == 2
    texts = messages.Texts("ko")  # the shipped catalogue, or English where it has no translation yet
    assert f"{line}행 성명: {texts.validation(TOO_LONG, {'max': '60'})}" in korean.err_lines
    assert all(p.startswith(f"{line}행 ") for p in korean.err_lines[:-1])
    assert _stats(installed) == before


def test_problem_messages_come_from_the_catalogue(
    installed: Installation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts = tmp_path / "onestop_ko.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ko_KR">'
        f"<context><name>Validation</name><message><source>{REQUIRED}</source>"
        "<translation>이 칸은 비워둘 수 없습니다.</translation></message></context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(messages, "catalogue_path", lambda: ts)
    rows = _rows()
    rows[2][0] = ""  # line 3 has no name
    result = installed.admin("import", str(_write(tmp_path / "noname.csv", rows)), lang="ko")
    assert result.code == 2
    assert result.err_lines[:-1] == ["3행 성명: 이 칸은 비워둘 수 없습니다."]
    assert installed.admin("stats").out.startswith("clients: 0\n")


def test_a_missing_name_column_is_named_on_line_1(installed: Installation, tmp_path: Path) -> None:
    path = _write(tmp_path / "x.csv", [["이름아님", "연락처"], ["가상인", "010-1234-5678"]])
    result = installed.admin("import", str(path))
    assert result.code == 2
    assert result.err_lines[0] == "line 1: The file has no '성명' column."


def test_cp949_and_xlsx_files(installed: Installation, tmp_path: Path) -> None:
    from openpyxl import Workbook

    cp949 = installed.admin("import", str(_write(tmp_path / "cp949.csv", _rows(), encoding="cp949")))
    assert (cp949.code, cp949.out) == (0, "Import done: 6 added, 0 already present\n"), cp949
    assert _stats(installed)["clients"] == 6

    rows = _rows()
    rows[1][0] = "엑셀인"
    rows[1][4] = "010-9876-5432"  # another person: the same phone number would make them the same client
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(tmp_path / "clients.xlsx")
    xlsx = installed.admin("import", str(tmp_path / "clients.xlsx"))
    assert xlsx.out == "Import done: 1 added, 5 already present\n", xlsx


def test_missing_and_unreadable_files_are_one_line(installed: Installation, tmp_path: Path) -> None:
    missing = installed.admin("import", str(tmp_path / "nope.csv"))
    assert missing.code == 4 and "nope.csv" in missing.one_error_line()
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"\x00\x01 not a workbook")
    unreadable = installed.admin("import", str(garbage))
    assert unreadable.code == 4 and "garbage.xlsx" in unreadable.one_error_line()
    undecodable = tmp_path / "binary.csv"
    undecodable.write_bytes(bytes(range(128, 256)) * 4)
    assert installed.admin("import", str(undecodable)).code == 4


def test_a_counselor_may_not_import_or_seed(installed: Installation) -> None:
    _counselor(installed)
    refused = installed.as_user("kim", OWN_PASSPHRASE, "import", str(EXAMPLE))
    assert refused.code == 3
    assert "does not allow" in refused.one_error_line() and "import" in refused.err
    seed = installed.as_user("kim", OWN_PASSPHRASE, "seed-demo", "--clients", "5", "--sessions-per-case", "1")
    assert seed.code == 3 and "does not allow" in seed.one_error_line()
    counted = installed.as_user("kim", OWN_PASSPHRASE, "stats")  # everyone may count
    assert counted.code == 0 and counted.out.startswith("clients: 0\n")


def test_import_needs_a_user(installed: Installation) -> None:
    result = installed.run(
        "--lang", "en", "--data-dir", str(installed.data_dir), "import", str(EXAMPLE), stdin=f"{ADMIN_PASSPHRASE}\n"
    )
    assert result.code == 2 and "--user" in result.one_error_line()


# -- stats ----------------------------------------------------------------------------------------
def test_stats_are_name_value_lines_with_stable_english_names(installed: Installation) -> None:
    english = installed.admin("stats")
    korean = installed.admin("stats", lang="ko")
    assert english.out == korean.out  # script-friendly in every language
    lines = english.out.splitlines()
    assert all(STAT_LINE.match(line) for line in lines), lines
    names = [line.split(":")[0] for line in lines]
    session = installed.vault().login("admin", ADMIN_PASSPHRASE)
    try:
        assert names == [name for name, _ in session.stats.counts()]
    finally:
        session.logout()
    for name in ("clients", "cases", "cases.status.active", "cases.crime_type.stalking", "sessions",
                 "followups.open", "followups.overdue", "referrals"):  # fmt: skip
        assert name in names


# -- seed-demo ------------------------------------------------------------------------------------
def test_seed_demo_adds_the_counts_asked_for(installed: Installation) -> None:
    result = installed.admin("seed-demo", "--clients", "40", "--sessions-per-case", "2")
    assert (result.code, result.err) == (0, ""), result  # no progress when stderr is not a terminal
    assert result.out == "Demo data added: 40 clients with a case each, 80 sessions\n"
    stats = _stats(installed)
    assert (stats["clients"], stats["cases"], stats["sessions"]) == (40, 40, 80)
    assert installed.admin("check").code == 0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_seed_demo_shows_progress_at_a_terminal(installed: Installation, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "BATCH", 10)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)  # stdout stays captured
    result = installed.admin("seed-demo", "--clients", "25", "--sessions-per-case", "1", lang="ko")
    assert result.code == 0
    assert result.out == "데모 데이터 추가 완료: 내담자 25명(사건 각 1건), 상담 기록 25건\n"
    assert terminal.getvalue().splitlines() == ["데모 데이터 10/25명…", "데모 데이터 20/25명…", "데모 데이터 25/25명…"]


@pytest.mark.parametrize(
    ("clients", "per_case", "says"),
    [
        ("0", "1", "--clients"),
        ("-3", "1", "--clients"),
        ("abc", "1", "--clients"),
        ("1000001", "1", "--clients"),
        ("10", "0", "--sessions-per-case"),
        ("10", "1001", "--sessions-per-case"),
        ("100000", "101", "at most 10,000,000"),
    ],
)
def test_seed_demo_bounds(installed: Installation, clients: str, per_case: str, says: str) -> None:
    # refused before any passphrase is read or anything is written
    result = installed.admin("seed-demo", "--clients", clients, "--sessions-per-case", per_case, stdin="")
    assert result.code == 2
    assert says in result.one_error_line()
    assert _stats(installed)["clients"] == 0
