"""Map operating-system failures to errors a person can act on (never a traceback)."""

from __future__ import annotations

import errno
from pathlib import Path

from ..domain.errors import ErrorCode, OneStopError


def os_error(exc: OSError, path: Path | str) -> OneStopError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return OneStopError(ErrorCode.DISK_FULL, path=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OneStopError(ErrorCode.NOT_WRITABLE, path=str(path))
    if exc.errno == errno.ENOENT:
        return OneStopError(ErrorCode.FILE_NOT_FOUND, path=str(path))
    return OneStopError(ErrorCode.IO_ERROR, path=str(path), detail=exc.strerror or type(exc).__name__)
