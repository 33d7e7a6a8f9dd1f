"""Write a file so that a crash never leaves half of it at the destination (Electrum's sequence).

Temp file beside the target → owner-only permissions before any byte goes in → write →
flush + fsync → os.replace → fsync the folder. On any failure the temp file is removed and
the destination is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import os_error


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; it replaces `target` only if the block finishes without error."""
    target = Path(target)
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise os_error(exc, folder) from None
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o600)  # before any data is written
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_dir(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error(exc, target) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(target: Path, data: bytes) -> None:
    with atomic_writer(target) as handle:
        handle.write(data)


def write_atomic_stream(target: Path, produce: Callable[[BinaryIO], None]) -> None:
    with atomic_writer(target) as handle:
        produce(handle)
