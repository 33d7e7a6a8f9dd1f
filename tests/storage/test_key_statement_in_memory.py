"""No copy of the `PRAGMA key` text outlives the connection (trust-boundaries finding 11).

The key statement used to be an f-string run with `execute`: its str (and the str of the key's hex) stayed in
the connection's statement cache until close and in freed memory afterwards. The test scans this process's
readable memory (Linux /proc/self/mem) for the key's hex digits after a connection was opened and closed.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from onestop_desktop.storage import db
from onestop_desktop.storage.key_wrap import new_data_key

pytestmark = pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc/self/mem")


def _hex_digits(key: bytes) -> bytes:
    """The key's hex as a bytes object (itself one copy in memory, which `_copies` does not count)."""
    digits = b"0123456789abcdef"
    return bytes(digits[b >> (4 * (1 - i % 2)) & 0x0F] for b in key for i in range(2))


def _copies(needle: bytes) -> int:
    hits = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as mem:
        for line in maps:
            fields = line.split()
            if "r" not in fields[1] or line.rstrip().endswith(("[vvar]", "[vsyscall]", "[vvar_vclock]")):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                mem.seek(start)
                hits += mem.read(end - start).count(needle)
            except (OSError, ValueError, OverflowError):
                continue
    return hits - 1  # the needle itself


def test_the_scan_finds_a_key_left_in_a_python_string() -> None:
    """The control: the scanner does see a str copy of the key's hex."""
    key = new_data_key()
    leaked = "PRAGMA key = \"x'" + key.hex() + "'\""  # what the old code built
    assert _copies(_hex_digits(key)) >= 1
    del leaked


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="the str is overwritten on CPython only")
def test_no_copy_of_the_key_statement_outlives_the_connection(tmp_path: Path) -> None:
    key = new_data_key()
    needle = _hex_digits(key)
    conn = db.connect(tmp_path / "x.db", key)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    del conn
    gc.collect()
    assert _copies(needle) == 0


def test_only_a_32_byte_key_is_accepted(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        db.connect(tmp_path / "x.db", b"short")
