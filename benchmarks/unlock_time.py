"""Unlock time: passphrase typed → data key unwrapped (Argon2id) → database open → first query.

Run:  python benchmarks/unlock_time.py [--runs 7]
Reports the median and worst of several unlocks with the production KDF parameters, and the
Argon2id share of it, so a change to `KdfParams` can be judged against the 0.3–1.0 s target.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw

from onestop_desktop.services.vault import Vault
from onestop_desktop.storage.key_wrap import DEFAULT_KDF

PASSPHRASE = "Haneul-9-Baram-7"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    kdf = DEFAULT_KDF
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault(Path(tmp) / "data", kdf=kdf)
        vault.initialize("벤치마크센터", "bench", "B1", "admin", "관리자", PASSPHRASE).session.logout()
        unlock, kdf_only = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            session = vault.login("admin", PASSPHRASE)
            session.users.list()  # first query
            unlock.append(time.perf_counter() - start)
            session.logout()
            start = time.perf_counter()
            hash_secret_raw(PASSPHRASE.encode(), b"0" * 16, kdf.time_cost, kdf.memory_kib, kdf.parallelism, 32, Type.ID)
            kdf_only.append(time.perf_counter() - start)
    print(f"Argon2id time_cost={kdf.time_cost} memory={kdf.memory_kib // 1024} MiB parallelism={kdf.parallelism}")
    print(f"unlock (passphrase to first query): median {statistics.median(unlock):.3f} s, max {max(unlock):.3f} s")
    print(f"  of which Argon2id: median {statistics.median(kdf_only):.3f} s")
    print(f"  rest (open, migrate check, audit write): {statistics.median(unlock) - statistics.median(kdf_only):.3f} s")


if __name__ == "__main__":
    main()
