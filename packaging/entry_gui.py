"""PyInstaller entry point of `onestop` (the desktop app): `onestop_desktop.__main__:main`."""

import sys

from onestop_desktop.__main__ import main

sys.exit(main())
