"""Text bound for a spreadsheet is never a formula (OWASP "CSV injection").

An agency named `=HYPERLINK(...)` became a live formula in a workbook sent to partners. Every writer
of .xlsx and CSV passes its cells through `cell_value`: text starting with `=`, `+`, `-`, `@`, a tab
or a carriage return gets a leading `'`, so no spreadsheet program evaluates it; numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text: str) -> str:
    """`text` as a spreadsheet shows it, never as a formula."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def cell_value(value: T) -> T | str:
    """Text made safe with `safe_text`; numbers, dates and empty cells unchanged."""
    return safe_text(value) if isinstance(value, str) else value


def csv_text(rows: Iterable[Iterable[object]], delimiter: str = ",", lineterminator: str = "\r\n") -> str:
    """CSV of `rows` with every text field made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator)
    writer.writerows([cell_value(value) for value in row] for row in rows)
    return buffer.getvalue()
