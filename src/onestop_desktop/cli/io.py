"""Standard streams for the CLI: secrets from stdin (never from the command line), output lines.

A secret comes from its environment variable when that is set (for scripts), else from the
terminal without echo when stdin is a terminal, else from the next line of stdin. Lines are
taken as typed: only the line ending is removed.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from ..domain.errors import ErrorCode, OneStopError
from .messages import Texts

PASSPHRASE_ENV = "ONESTOP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ONESTOP_NEW_PASSPHRASE"


class UsageError(Exception):
    """The command line or the input cannot be used as given (exit 2); the message is ready to show."""


class Refused(Exception):
    """The CLI itself refuses the acting user (exit 3), e.g. until a temporary passphrase is changed;
    the message is ready to show."""


@dataclass
class Console:
    texts: Texts
    stdin: TextIO
    stdout: TextIO
    stderr: TextIO

    # -- input -------------------------------------------------------------------------------
    def _is_terminal(self) -> bool:
        try:
            return self.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def _line(self) -> str | None:
        """The next line of stdin without its line ending; None at the end of input."""
        try:
            line = self.stdin.readline()
        except (UnicodeDecodeError, OSError) as exc:
            raise UsageError(self.texts("bad_input", kind=type(exc).__name__)) from None
        if not line:
            return None
        return line.rstrip("\r\n")

    def secret(
        self, what: str, env: str | None, prompt: str, *, repeat: bool = False, second_line: bool = False
    ) -> str:
        """One secret.

        `repeat`: on a terminal, ask twice and require the same answer. `second_line`: on a pipe,
        an optional second line is a confirmation and must match the first.
        """
        if env and os.environ.get(env):
            return os.environ[env]
        if self._is_terminal():
            try:
                value = getpass.getpass(prompt)
                if repeat and getpass.getpass(self.texts("prompt_repeat")) != value:
                    raise OneStopError(ErrorCode.PASSPHRASE_MISMATCH)
            except EOFError:
                raise UsageError(self._missing(what, env)) from None
        else:
            line = self._line()
            if line is None:
                raise UsageError(self._missing(what, env))
            value = line
            if second_line:
                repeated = self._line()
                if repeated is not None and repeated != value:
                    raise OneStopError(ErrorCode.PASSPHRASE_MISMATCH)
        if not value:
            raise UsageError(self._missing(what, env))
        return value

    def new_secret(self, what: str, repeat_what: str, env: str, prompt: str) -> tuple[str, str]:
        """A new secret and its repetition, for the service to compare: $env used for both, or asked
        twice without echo at a terminal, or the next two lines of stdin (both required)."""
        if os.environ.get(env):
            return os.environ[env], os.environ[env]
        if self._is_terminal():
            try:
                first = getpass.getpass(prompt)
                second = first and getpass.getpass(self.texts("prompt_repeat"))
            except EOFError:
                raise UsageError(self._missing(what, env)) from None
        else:
            first = self._line() or ""
            second = (self._line() if first else "") or ""
            if first and not second:
                raise UsageError(self._missing(repeat_what, env))
        if not first:
            raise UsageError(self._missing(what, env))
        return first, second

    def _missing(self, what: str, env: str | None) -> str:
        label = self.texts(what)
        return self.texts("no_input", what=label, env=env) if env else self.texts("no_input_plain", what=label)

    # -- output ------------------------------------------------------------------------------
    def out(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def write(self, text: str) -> None:
        self.stdout.write(text)

    def err(self, text: str) -> None:
        """One line on stderr: line breaks inside a message are flattened."""
        self.stderr.write(" ".join(text.split("\n")) + "\n")
        self.stderr.flush()

    def note(self, text: str) -> None:
        """A progress note, shown only to a person at a terminal."""
        with contextlib.suppress(AttributeError, ValueError):
            if self.stderr.isatty():
                self.err(text)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Columns aligned for a terminal; Hangul counts as two columns wide."""
        widths = [max(display_width(row[i]) for row in (header, *rows)) for i in range(len(header))]
        for row in (header, *rows):
            cells = [cell + " " * (width - display_width(cell)) for cell, width in zip(row, widths, strict=True)]
            self.out("  ".join(cells).rstrip())


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def default_streams() -> tuple[TextIO, TextIO, TextIO]:
    """The process's streams, set to replace what the terminal's encoding cannot show."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")
    return sys.stdin, sys.stdout, sys.stderr
