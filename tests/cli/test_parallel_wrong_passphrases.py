"""Twenty wrong passphrases started at once are counted one after another: the account ends locked.

The attack (trust-boundaries finding 3): 19 wrong passphrases and the right one, started together, were
each counted as "1 failure in a row" (every process read the same counters and wrote back 1), nothing was
locked, no failed login reached the audit trail, and the right passphrase logged in. Here twenty real
`onestop-admin stats` processes run at once against a real encrypted data folder, as the acceptance script
does.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onestop_desktop.domain.errors import ErrorCode, OneStopError
from onestop_desktop.domain.roles import Role
from onestop_desktop.services.vault import Vault
from onestop_desktop.storage import file_lock
from onestop_desktop.storage.key_wrap import KdfParams

from ..conftest import ADMIN_PASSPHRASE, FAST_KDF

COUNSELOR_PASSPHRASE = "Byeol-4-Nara-8"
# Slow enough (~0.1 s a try) that attempts started together all read the counters before the first one
# writes them back, as with the real parameters; with the test suite's cheapest KDF they rarely overlap.
RACE_KDF = KdfParams(time_cost=3, memory_kib=16384, parallelism=1)


def _cli(data_dir: Path, user: str, *argv: str, stdin: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONESTOP_")}
    return subprocess.Popen(
        [sys.executable, "-m", "onestop_desktop.cli", "--lang", "en", "--data-dir", str(data_dir), "--user", user,
         *argv],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


@pytest.fixture
def center(data_dir: Path) -> Path:
    vault = Vault(data_dir, kdf=RACE_KDF)
    session = vault.initialize("센터", "desk1", "D1", "admin", "관리자", ADMIN_PASSPHRASE).session
    session.users.add("couns1", "상담원1", Role.COUNSELOR, COUNSELOR_PASSPHRASE)
    session.logout()
    return data_dir


def test_twenty_parallel_wrong_passphrases_lock_the_account_and_reach_the_audit_trail(center: Path) -> None:
    runs = [_cli(center, "couns1", "stats", stdin="") for _ in range(20)]
    for i, process in enumerate(runs, 1):
        assert process.stdin is not None
        process.stdin.write(f"wrong-guess-{i}\n")
        process.stdin.close()
    results = [(process.wait(timeout=300), process.stderr.read() if process.stderr else "") for process in runs]
    assert all(code == 3 for code, _ in results), results
    assert all(len(err.splitlines()) == 1 and "Traceback" not in err for _, err in results), results
    assert any("locked" in err for _, err in results)

    with pytest.raises(OneStopError) as refused:  # the right passphrase, after the batch
        Vault(center, kdf=FAST_KDF).login("couns1", COUNSELOR_PASSPHRASE)
    assert refused.value.code is ErrorCode.ACCOUNT_LOCKED

    exported = _cli(center, "admin", "audit", "export", "--since", "2000-01-01", stdin="")
    out, err = exported.communicate(f"{ADMIN_PASSPHRASE}\n", timeout=120)
    assert exported.returncode == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    failed = [r for r in rows if r["action"] == "login_failed" and r["account"] == "couns1"]
    assert len(failed) >= 5
    # counted one after another: attempts 1..5 in a row, then the lockout
    assert [r["detail"] for r in failed[:5]] == [f"attempt {n}" for n in range(1, 6)]
    assert any(r["action"] == "lockout" and r["account"] == "couns1" for r in rows)


def test_an_attempt_waits_for_the_lock_before_trying_its_passphrase(center: Path) -> None:
    """While another process holds the lock, an attempt neither reads the counters nor tries its passphrase: it
    ends only after the lock is released (a CLI run takes about a second; the lock is held for six)."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from onestop_desktop.storage import file_lock\n"
         "with file_lock.exclusive(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(6)\n"
         "print(time.time(), flush=True)",
         str(center / "auth-state.lock")],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    attempt = _cli(center, "couns1", "stats", stdin="")
    attempt.communicate("wrong-guess\n", timeout=120)
    ended = time.time()
    released = float(holder.stdout.readline())
    holder.wait(timeout=10)
    assert attempt.returncode == 3
    assert ended >= released
    with file_lock.exclusive(center / "auth-state.lock"):  # both let go of it
        pass
