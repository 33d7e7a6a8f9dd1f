"""`onestop` / `python -m onestop_desktop`: start the desktop application."""

from __future__ import annotations

import sys


def main() -> int:
    from .app import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
