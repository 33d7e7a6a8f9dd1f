"""`onestop-admin`: administration from a terminal, through the same services as the app.

`main()` never lets a traceback through: a `OneStopError` becomes its (translated) message,
a usage error one line, anything else one line naming only the exception's type (its text
might hold data that must not reach a terminal or a CI log). See `exits.Exit` for the codes.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TextIO

from ..domain.errors import OneStopError
from ..services.vault import DEFAULT_KDF, KdfParams, Vault, resolve_data_dir
from .commands import Context
from .exits import Exit, exit_for
from .io import Console, Refused, UsageError, default_streams
from .messages import Texts, choose_language
from .parser import build_parser

PROG = "onestop-admin"

__all__ = ["Exit", "main"]


def _language_hint(argv: list[str]) -> str | None:
    """--lang from a command line that may not parse (for the language of a usage error)."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None, kdf: KdfParams = DEFAULT_KDF) -> int:
    """Run one command; returns the exit code. Tests pass `stdin` and a cheap `kdf`."""
    if stdin is None:
        stdin, stdout, stderr = default_streams()
    else:
        stdout, stderr = sys.stdout, sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    console = Console(Texts(choose_language(_language_hint(argv), None)), stdin, stdout, stderr)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        console.err(f"{exc}  ({console.texts('usage_hint')})")
        return Exit.USAGE
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else Exit.OK

    try:
        data_dir = resolve_data_dir(args.data_dir)
        device_language = Vault(data_dir).language if data_dir.is_dir() else None
        console.texts = Texts(choose_language(args.lang, device_language))
        return int(args.handler(Context(args, console, data_dir, kdf)))
    except OneStopError as exc:
        console.err(f"{PROG}: {console.texts.error(exc)}")
        return exit_for(exc.code)
    except UsageError as exc:
        console.err(f"{PROG}: {exc}  ({console.texts('usage_hint')})")
        return Exit.USAGE
    except Refused as exc:
        console.err(f"{PROG}: {exc}")
        return Exit.AUTH
    except KeyboardInterrupt:
        console.err(f"{PROG}: {console.texts('interrupted')}")
        return Exit.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); stop quietly and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(devnull, sys.stdout.fileno())
        return Exit.OK
    except Exception as exc:
        console.err(f"{PROG}: {console.texts('internal', kind=type(exc).__name__)}")
        return Exit.INTERNAL
