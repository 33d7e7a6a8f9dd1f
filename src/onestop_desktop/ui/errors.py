"""One place that turns a `OneStopError` into the sentence a person reads, in their language.

The domain and service layers mark their texts with `QT_TRANSLATE_NOOP`; some error
parameters are themselves such texts (a passphrase weakness, a role, a field name) and are
translated here before they are put into the translated template.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..domain.errors import MESSAGES, ErrorCode, OneStopError
from ..domain.roles import PERMISSION_LABELS, ROLE_LABELS, Permission, Role
from ..domain.text import QT_TRANSLATE_NOOP

# The services name the field and reason of INVALID_VALUE in plain English; these are the
# ones they use today. Anything not listed is shown as it came.
_FIELD_TEXT: dict[str, str] = {
    "center": QT_TRANSLATE_NOOP("Fields", "Center name"),
    "center_name": QT_TRANSLATE_NOOP("Fields", "Center name"),
    "device": QT_TRANSLATE_NOOP("Fields", "Device name"),
    "device code": QT_TRANSLATE_NOOP("Fields", "Device code"),
    "display name": QT_TRANSLATE_NOOP("Fields", "Display name"),
    "passphrase": QT_TRANSLATE_NOOP("Fields", "Passphrase"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("Fields", "Lock after idle minutes"),
}
_REASON_TEXT: dict[str, str] = {
    "1-100 characters": QT_TRANSLATE_NOOP("Fields", "enter 1 to 100 characters."),
    "2-8 letters A-Z or digits": QT_TRANSLATE_NOOP("Fields", "use 2 to 8 capital letters A-Z or digits."),
    "same as the current one": QT_TRANSLATE_NOOP("Fields", "the new passphrase is the same as the current one."),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _translated_params(err: OneStopError) -> dict[str, Any]:
    params = dict(err.params)
    if err.code is ErrorCode.WEAK_PASSPHRASE and "reason" in params:
        params["reason"] = _tr("Passphrase", str(params["reason"]))
    elif err.code is ErrorCode.PERMISSION_DENIED:
        for key in ("role", "action"):
            if key in params:
                params[key] = _tr("Roles", str(params[key]))
    elif err.code is ErrorCode.INVALID_VALUE:
        field, reason = str(params.get("field", "")), str(params.get("reason", ""))
        params["field"] = _tr("Fields", _FIELD_TEXT[field]) if field in _FIELD_TEXT else field
        params["reason"] = _tr("Fields", _REASON_TEXT[reason]) if reason in _REASON_TEXT else reason
    return params


def error_text(err: OneStopError) -> str:
    """The error's message in the current language, with its parameters filled in."""
    template = _tr("Errors", MESSAGES[err.code])
    try:
        return template.format(**_translated_params(err))
    except (KeyError, IndexError, ValueError):
        return template


def role_label(role: Role) -> str:
    return _tr("Roles", ROLE_LABELS[role])


def permission_label(permission: Permission) -> str:
    return _tr("Roles", PERMISSION_LABELS[permission])
