"""The contact method a user chose last, offered again: a new counseling session note and a new intake start
with the user's previous choice (phone contact is common; not everyone works face to face).

Kept per user on this computer in the device settings (settings.json): a user id and a method name, nothing
about a client. A value that is no longer a method falls back to the form's own default.
"""

from __future__ import annotations

import json

from ..domain.settings import LAST_CONTACT_METHODS
from ..domain.taxonomy import CounselingMode, IntakeChannel
from ..storage import local_settings
from .session import Session

COUNSELING = "counseling_session"
INTAKE = "intake"


class ContactDefaults:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._path = session.vault.data_dir.local_settings

    def _all(self) -> dict[str, dict[str, str]]:
        try:
            stored = json.loads(str(local_settings.get(self._path, LAST_CONTACT_METHODS)))
        except ValueError:
            return {}
        return stored if isinstance(stored, dict) else {}

    def _mine(self, form: str) -> str:
        mine = self._all().get(self.session.user.id)
        value = mine.get(form) if isinstance(mine, dict) else None
        return value if isinstance(value, str) else ""

    def _remember(self, form: str, value: str) -> None:
        every = self._all()
        mine = every.get(self.session.user.id)
        mine = dict(mine) if isinstance(mine, dict) else {}
        if mine.get(form) == value:
            return
        mine[form] = value
        every[self.session.user.id] = mine
        local_settings.put(self._path, LAST_CONTACT_METHODS, json.dumps(every, sort_keys=True))

    def counseling_mode(self) -> CounselingMode:
        value = self._mine(COUNSELING)
        return CounselingMode(value) if value in set(CounselingMode) else CounselingMode.VISIT

    def remember_counseling_mode(self, mode: CounselingMode) -> None:
        self._remember(COUNSELING, str(mode))

    def intake_channel(self) -> IntakeChannel:
        value = self._mine(INTAKE)
        return IntakeChannel(value) if value in set(IntakeChannel) else IntakeChannel.VISIT

    def remember_intake_channel(self, channel: IntakeChannel) -> None:
        self._remember(INTAKE, str(channel))
