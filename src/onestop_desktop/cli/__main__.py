"""`python -m onestop_desktop.cli`: the same as the `onestop-admin` command."""

import sys

from . import main

sys.exit(main())
