"""An .xlsx file is checked cheaply before openpyxl parses it: a tiny file can unpack to gigabytes.

First gate, the zip directory alone (declared sizes are binding: `zipfile` never unpacks more than
an entry declares): number of entries, total unpacked size, and the packing ratio of large entries.
Second gate, each worksheet's `<dimension>` (if any) and a streaming count of its `<row` elements
(or the highest `r=` they name), stopping as soon as the limit is passed: a sheet whose rows carry
no `r=` and no dimension (3,000,001 rows in 150 MB of XML, under the size limit) is refused after
reading its first few megabytes.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..domain.errors import ErrorCode, OneStopError
from ..domain.import_format import MAX_ENTRIES, MAX_RATIO, MAX_ROWS, MAX_UNPACKED_BYTES, RATIO_FLOOR

CHUNK = 1 << 20
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])([^>]*)>")
_ROW_NUMBER = re.compile(rb"""\br\s*=\s*["'](\d{1,12})["']""")
_DIMENSION = re.compile(rb"""<(?:[A-Za-z_][\w.-]*:)?dimension\s[^>]*?ref\s*=\s*["'][A-Z]*\d*:?[A-Z]*(\d{1,12})["']""")
_KEEP = 256  # bytes carried between chunks, so a tag split across two chunks is still seen (once)


def too_big(path: Path) -> OneStopError:
    return OneStopError(
        ErrorCode.IMPORT_WORKBOOK_TOO_BIG,
        file=path.name,
        rows=f"{MAX_ROWS:,}",
        megabytes=MAX_UNPACKED_BYTES // (1024 * 1024),
    )


def check_workbook(path: Path) -> None:
    """Refuse (OneStopError) a workbook over the limits; a file that is not a zip is left to the reader."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a workbook at all: openpyxl's refusal says so
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
            raise too_big(path)
        for entry in entries:
            if entry.file_size > RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
                raise too_big(path)
        sheets = [e for e in entries if e.filename.startswith("xl/worksheets/") and e.filename.endswith(".xml")]
        if any(_rows_over_limit(archive, sheet) for sheet in sheets):
            raise too_big(path)


def _rows_over_limit(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    """True as soon as the sheet is seen to hold more than the header and MAX_ROWS rows."""
    limit = MAX_ROWS + 1
    count = highest = 0
    carry = b""
    first = True
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(CHUNK):
                data = carry + chunk
                if first:
                    first = False
                    dimension = _DIMENSION.search(data)
                    if dimension and int(dimension.group(1)) > limit:
                        return True
                carry_from = max(0, len(data) - _KEEP)
                for match in _ROW.finditer(data):
                    if match.end() > len(data) - _KEEP and len(chunk) == CHUNK:
                        carry_from = min(carry_from, match.start())  # may be cut: counted with the next chunk
                        break
                    carry_from = max(carry_from, match.end())
                    count += 1
                    number = _ROW_NUMBER.search(match.group(1))
                    if number:
                        highest = max(highest, int(number.group(1)))
                    if count > limit or highest > limit:
                        return True
                carry = data[carry_from:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False  # damaged: openpyxl's refusal says so
    return False
