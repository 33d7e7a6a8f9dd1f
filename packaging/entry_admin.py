"""PyInstaller entry point of `onestop-admin` (the terminal tool): `onestop_desktop.cli:main`."""

import sys

from onestop_desktop.cli import main

sys.exit(main())
