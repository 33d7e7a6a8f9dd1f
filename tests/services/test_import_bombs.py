"""An .xlsx that unpacks to far more than it weighs is refused before it is parsed (finding 10).

A 488 KB workbook once took 68 s and 900 MB before it was refused; a 4.9 MB one grew past 2.8 GB.
`services/workbook_gate.py` reads the zip directory (entries, declared sizes, ratio) and streams each
sheet's `<row` elements with an early stop, before openpyxl sees the file.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.import_format import MAX_COLUMNS, MAX_ROWS, MAX_UNPACKED_BYTES
from onestop_desktop.services.session import Session
from onestop_desktop.services.vault import Vault

from ..conftest import ADMIN_PASSPHRASE, CENTER

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}"><Relationship Id="rId1" '
        f'Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>'
        '<sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}"><Relationship Id="rId1" '
        f'Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}
HEADER_ROW = b'<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>'
BARE_ROW = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'  # no r=: nothing says how many there are


def _workbook(path: Path, sheet_parts: list[bytes], *, dimension: bytes = b"", extra_entries: int = 0) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        for number in range(extra_entries):
            archive.writestr(f"xl/media/pad{number}.xml", "<x/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'.encode())
            sheet.write(dimension + b"<sheetData>")
            for part in sheet_parts:
                sheet.write(part)
            sheet.write(b"</sheetData></worksheet>")
    return path


def acceptance_bomb(path: Path) -> Path:
    """The acceptance script's workbook: 3,000,001 rows, ~147 MB of XML (under the size limit) in ~430 KB."""
    return _workbook(path, [HEADER_ROW, *([BARE_ROW * 1000] * 3000)])


def test_the_acceptance_bomb_is_refused_in_seconds_and_small(vault: Vault, data_dir: Path, tmp_path: Path) -> None:
    bomb = acceptance_bomb(tmp_path / "bomb.xlsx")
    assert bomb.stat().st_size < 1_000_000
    with zipfile.ZipFile(bomb) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size < MAX_UNPACKED_BYTES  # the row gate must act
    vault.initialize(CENTER, "데스크", "D1", "admin", "관리자", ADMIN_PASSPHRASE).session.logout()
    # A child measures its own child: the import as an administrator would run it, timed and with its peak RSS.
    probe = (
        "import json, resource, subprocess, sys, time\n"
        "start = time.monotonic()\n"
        "done = subprocess.run(sys.argv[1:], input=sys.stdin.read(), capture_output=True, text=True)\n"
        "print(json.dumps({'code': done.returncode, 'err': done.stderr, 'out': done.stdout,"
        " 'seconds': time.monotonic() - start,"
        " 'rss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))\n"
    )
    command = [sys.executable, "-m", "onestop_desktop.cli", "--lang", "en", "--data-dir", str(data_dir)]
    command += ["--user", "admin", "import", str(bomb)]
    result = json.loads(
        subprocess.run(
            [sys.executable, "-c", probe, *command],
            input=f"{ADMIN_PASSPHRASE}\n",
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
    )
    assert result["code"] == 2, result
    assert "Traceback" not in result["err"] and len(result["err"].splitlines()) == 1, result
    assert "too big to import" in result["err"] and "200,000" in result["err"]
    assert result["seconds"] < 5, result
    assert result["rss_kb"] < 300 * 1024, result


def _refused(session: Session, path: Path) -> None:
    with pytest.raises(OneStopError) as refused:
        session.importer.run(path)
    assert refused.value.code is ErrorCode.IMPORT_WORKBOOK_TOO_BIG
    assert path.name in str(refused.value)


def test_rows_numbered_far_apart_are_counted_by_their_numbers(admin_session: Session, tmp_path: Path) -> None:
    # Two rows, but openpyxl would hand back every empty row in between.
    far = f'<row r="{MAX_ROWS * 10}"><c t="inlineStr"><is><t>x</t></is></c></row>'.encode()
    _refused(admin_session, _workbook(tmp_path / "far.xlsx", [HEADER_ROW, far]))


def test_a_declared_dimension_over_the_limit_is_refused(admin_session: Session, tmp_path: Path) -> None:
    dimension = f'<dimension ref="A1:Q{MAX_ROWS + 5}"/>'.encode()
    _refused(admin_session, _workbook(tmp_path / "dim.xlsx", [HEADER_ROW], dimension=dimension))


def test_declared_sizes_entries_and_ratio_are_the_first_gate(admin_session: Session, tmp_path: Path) -> None:
    # 250 MB of one repeated row: over the unpacked limit, packed about a thousand to one.
    padding = b"<row/>" * (1 << 20)
    _refused(admin_session, _workbook(tmp_path / "huge.xlsx", [HEADER_ROW, *([padding] * 40)]))
    _refused(admin_session, _workbook(tmp_path / "many.xlsx", [HEADER_ROW], extra_entries=1_500))
    # 30 MB that packs 1,000:1 although it holds no more rows than allowed
    spaces = b" " * (1 << 20)
    _refused(admin_session, _workbook(tmp_path / "ratio.xlsx", [HEADER_ROW, *([spaces] * 30)]))


def test_a_csv_larger_than_the_limit_is_not_read(admin_session: Session, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.write("성명,성별\n".encode())
        handle.truncate(MAX_UNPACKED_BYTES + 1)  # sparse: no disk used, nothing to read
    _refused(admin_session, big)


def test_an_ordinary_workbook_still_imports(admin_session: Session, tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "import-example.csv"
    rows = list(csv.reader(io.StringIO(example.read_text("utf-8-sig"), newline="")))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    notes = [f"메모{i}" for i in range(MAX_COLUMNS + 20)]  # more columns than are read: ignored, as unknown ones
    sheet.append([*rows[0], *notes])
    for row in rows[1:]:
        sheet.append([*row, *notes])
    workbook.save(tmp_path / "ordinary.xlsx")
    assert admin_session.importer.run(tmp_path / "ordinary.xlsx").created == len(rows) - 1
