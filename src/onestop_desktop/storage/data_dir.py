"""The data folder: where it is and what lives in it."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .errors import os_error

ENV_VAR = "ONESTOP_DATA_DIR"
APP_DIR_NAME = "OneStop"
PORTABLE_MARKER = "portable"  # a file of this name beside the bundle's executable: portable mode
PORTABLE_DATA = "data"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def executable_dir() -> Path | None:
    """The folder of the bundled executable (PyInstaller), None when running from Python."""
    return Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else None


def is_portable(exe_dir: Path | None = None) -> bool:
    """Portable mode (outreach laptops, encrypted external drives): a `portable` file beside the executable."""
    exe_dir = exe_dir or executable_dir()
    return exe_dir is not None and (exe_dir / PORTABLE_MARKER).is_file()


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None, exe_dir: Path | None = None) -> Path:
    """`--data-dir` wins, then ONESTOP_DATA_DIR, then `data/` beside the executable in portable mode,
    then the platform's per-user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    exe_dir = exe_dir or executable_dir()
    if exe_dir is not None and is_portable(exe_dir):
        return exe_dir / PORTABLE_DATA
    return default_data_dir()


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "onestop.db"

    @property
    def keyring(self) -> Path:
        return self.root / "keys.json"

    @property
    def auth_state(self) -> Path:
        return self.root / "auth-state.json"

    @property
    def auth_lock(self) -> Path:
        """Held while a login reads, counts and writes auth-state.json (one process at a time)."""
        return self.root / "auth-state.lock"

    @property
    def audit_head(self) -> Path:
        return self.root / "audit-head.json"

    @property
    def local_settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def sidecars(self) -> list[Path]:
        """SQLite's companion files of the database (WAL, shared memory, rollback journal)."""
        return [self.database.with_name(self.database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]

    def is_initialized(self) -> bool:
        return self.keyring.exists() or self.database.exists()

    def ensure(self) -> None:
        """Create the folder readable by its owner only (umask-independent)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            if os.name == "posix":
                os.chmod(self.root, 0o700)
        except OSError as exc:
            raise os_error(exc, self.root) from None
