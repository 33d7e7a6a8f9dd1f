"""The data folder: where it is and what lives in it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .errors import os_error

ENV_VAR = "ONESTOP_DATA_DIR"
APP_DIR_NAME = "OneStop"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then ONESTOP_DATA_DIR, then the platform's per-user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().resolve()
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
