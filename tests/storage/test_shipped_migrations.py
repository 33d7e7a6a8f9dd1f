"""Shipped migrations are frozen: databases in the field have already run them, so an edit would never reach them.

`shipped_migrations.json` holds the sha256 of every file in storage/migrations/ (the steps and the data a step
reads, e.g. agencies_seed.json) as it reached main. A change to a shipped step is a new step; a new file is
listed here when it lands on main, and from then on it is frozen as well.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from onestop_desktop.storage import migrate

MIGRATIONS_DIR = Path(migrate.__file__).resolve().parent / "migrations"
MANIFEST = Path(__file__).resolve().parent / "shipped_migrations.json"
NOT_MIGRATIONS = {"__init__.py"}  # the package marker; it is not read by any step


def _on_disk() -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(MIGRATIONS_DIR.iterdir())
        if path.is_file() and path.name not in NOT_MIGRATIONS
    }


def _shipped() -> dict[str, str]:
    listed = json.loads(MANIFEST.read_text("utf-8"))
    assert isinstance(listed, dict)
    return {str(name): str(digest) for name, digest in listed.items()}


def test_shipped_migrations_are_unchanged() -> None:
    on_disk, shipped = _on_disk(), _shipped()
    changed = sorted(name for name, digest in shipped.items() if name in on_disk and on_disk[name] != digest)
    removed = sorted(name for name in shipped if name not in on_disk)
    assert not changed, (
        f"shipped migrations are frozen, add a new step instead of editing {changed}: "
        "databases that already ran them would never see the change"
    )
    assert not removed, f"shipped migrations are frozen, add a new step instead of removing {removed}"


def test_every_migration_file_is_listed() -> None:
    unlisted = {name: digest for name, digest in _on_disk().items() if name not in _shipped()}
    assert not unlisted, (
        "shipped migrations are frozen, add a new step; list new files in tests/storage/shipped_migrations.json "
        f"when they land: {json.dumps(unlisted, indent=2)}"
    )


def test_the_manifest_lists_every_step_migrate_runs() -> None:
    """The manifest covers what `migrate` discovers, so a step cannot hide under a name the test skips."""
    steps = {f"{m.version:04d}_{m.name}" for m in migrate.MIGRATIONS}
    listed = {name.rsplit(".", 1)[0] for name in _shipped()}
    assert steps <= listed
