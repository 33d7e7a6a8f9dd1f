"""Saving a dialog's form: one place for the wait cursor and for showing a refusal.

A refused form (`INVALID_INPUT`) shows each problem under its field and lists the ones with no field here in the
dialog's message line; any other error goes to the message line as it is. What was typed stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ...domain.errors import ErrorCode, OneStopError
from ..errors import error_text
from .field_errors import FieldErrors
from .text import problem_text
from .waiting import waiting
from .widgets import MessageLabel

T = TypeVar("T")


def submit_form(message: MessageLabel, errors: FieldErrors, save: Callable[[], T]) -> T | None:
    """Run `save`; its result, or None after showing why it was refused."""
    message.clear_message()
    errors.clear()
    try:
        with waiting():
            return save()
    except OneStopError as err:
        if err.code is ErrorCode.INVALID_INPUT:
            elsewhere = errors.show(list(err.params.get("problems", [])))
            message.show_error("\n".join([error_text(err), *(problem_text(p) for p in elsewhere)]))
        else:
            message.show_error(err)
        return None
