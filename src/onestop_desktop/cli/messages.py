"""The CLI's words: Qt's Korean catalogue read without Qt, plus the few texts only the CLI has.

Domain and service messages are marked with `QT_TRANSLATE_NOOP(context, text)` and translated
in `translations/onestop_ko.ts`. The UI loads that catalogue through Qt; the CLI must not
import Qt, so `Catalogue` reads the same `.ts` file with `xml.etree` and looks texts up by
(context, source) the way `QCoreApplication.translate` does. A missing or unreadable file
means English (nothing is translated), never an error.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from .. import resources
from ..domain.errors import MESSAGES, ErrorCode, OneStopError
from ..domain.passphrase_policy import WEAKNESS_TEXT, Weakness
from ..domain.roles import ROLE_LABELS, Role

LANGUAGES: Final = ("ko", "en")
DEFAULT_LANGUAGE: Final = "ko"
LANG_ENV: Final = "ONESTOP_LANG"
CATALOGUE_FILE: Final = "onestop_ko.ts"
VALIDATION_CONTEXT: Final = "Validation"

# Error parameters that carry a marked text of their own, and the context it was marked in.
_PARAM_CONTEXTS: Final = {"role": "Roles", "action": "Roles"}


class Catalogue:
    """(context, source) → translation, as in a Qt `.ts` file; unknown texts come back unchanged."""

    def __init__(self, entries: Mapping[tuple[str, str], str] | None = None) -> None:
        self._entries = dict(entries or {})

    def __len__(self) -> int:
        return len(self._entries)

    def translate(self, context: str, source: str) -> str:
        return self._entries.get((context, source), source)

    @classmethod
    def from_ts(cls, path: Path) -> Catalogue:
        """Read a Qt Linguist file. Like `lrelease` by default, unfinished but non-empty
        translations count; vanished and obsolete ones do not."""
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            return cls()
        entries: dict[tuple[str, str], str] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("vanished", "obsolete"):
                    continue
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = next((form for form in forms if form), "") if forms else "".join(translation.itertext())
                if text and (message.findtext("comment") is None or (name, source) not in entries):
                    entries[(name, source)] = text
        return cls(entries)


def catalogue_path() -> Path:
    return resources.translation(CATALOGUE_FILE)


def load_catalogue(language: str) -> Catalogue:
    return Catalogue.from_ts(catalogue_path()) if language == "ko" else Catalogue()


def choose_language(explicit: str | None, device_language: str | None) -> str:
    """`--lang`, then ONESTOP_LANG, then the device setting, then Korean."""
    for candidate in (explicit, os.environ.get(LANG_ENV, "").strip().lower(), device_language):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


# Texts only the CLI shows: (Korean, English). Kept small on purpose.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    "error": ("오류", "error"),
    "usage_hint": ("도움말: onestop-admin --help", "see: onestop-admin --help"),
    "internal": (
        "내부 오류({kind})가 발생했습니다. 변경된 내용이 없는지 'check'로 확인하고 관리자에게 알려 주십시오.",
        "internal error ({kind}). Run 'check' to make sure nothing was changed and report this.",
    ),
    "interrupted": ("중단되었습니다.", "interrupted."),
    "need_user": ("'{command}'에는 --user 사용자 이름이 필요합니다.", "'{command}' needs --user USER."),
    "no_input": (
        "표준 입력에 {what}이(가) 없습니다. 첫 줄에 입력하거나 {env}를 설정하십시오.",
        "no {what} on standard input: give it as a line on stdin or set {env}.",
    ),
    "no_input_plain": ("표준 입력에 {what}이(가) 없습니다.", "no {what} on standard input."),
    "bad_input": ("표준 입력을 읽을 수 없습니다({kind}).", "cannot read standard input ({kind})."),
    "passphrase": ("암호", "passphrase"),
    "new_passphrase": ("새 임시 암호", "new temporary passphrase"),
    "own_new_passphrase": ("새 암호", "new passphrase"),
    "own_new_repeated": ("새 암호 확인(같은 암호를 한 번 더)", "new passphrase repeated"),
    "recovery_key": ("복구 키", "recovery key"),
    "prompt_passphrase": ("{user}의 암호: ", "Passphrase for {user}: "),
    "prompt_new": ("{user}의 새 임시 암호: ", "New temporary passphrase for {user}: "),
    "prompt_own_new": ("{user}의 새 암호: ", "New passphrase for {user}: "),
    "prompt_repeat": ("한 번 더 입력: ", "Repeat: "),
    "prompt_recovery": ("복구 키: ", "Recovery key: "),
    "waiting": ("실패한 시도 뒤라 {seconds}초 기다립니다…", "waiting {seconds} s after failed attempts…"),
    "init_done": (
        "설정 완료: {folder}\n센터: {center} / 기기: {device} ({code}) / 관리자: {admin}",
        "Set up in {folder}\nCenter: {center} / device: {device} ({code}) / administrator: {admin}",
    ),
    "recovery_banner": (
        "복구 키 — 지금 한 번만 표시됩니다",
        "RECOVERY KEY — shown this once only",
    ),
    "recovery_warning": (
        "모든 암호를 잊었을 때 데이터를 여는 유일한 방법입니다. 종이에 적어 잠금장치가 있는 곳에 오프라인으로\n"
        "보관하고, 이 컴퓨터나 메일·메신저·클라우드에는 저장하지 마십시오.",
        "It is the only way into the data if every passphrase is forgotten. Write it down and keep it\n"
        "offline under lock; do not store it on this computer, in e-mail, chat or cloud storage.",
    ),
    "users_header": ("사용자 이름|표시 이름|역할|상태|비고", "user name|display name|role|status|note"),
    "active": ("사용 중", "active"),
    "inactive": ("비활성", "deactivated"),
    "must_change": ("다음 로그인 때 암호 변경", "must change passphrase"),
    "user_added": (
        "사용자를 추가했습니다: {user} ({role}). 첫 로그인 때 본인 암호로 바꿔야 합니다.",
        "Added {user} ({role}). They choose their own passphrase at first login.",
    ),
    "role_set": ("{user}의 역할: {role}", "{user} now has the role {role}."),
    "disabled": (
        "{user} 계정을 비활성화하고 이 기기의 키 항목을 지웠습니다.",
        "Deactivated {user}; their key entry on this device was removed.",
    ),
    "enabled": (
        "{user} 계정을 임시 암호로 다시 활성화했습니다. 다음 로그인 때 암호를 바꿔야 합니다.",
        "Re-activated {user} with a temporary passphrase; they change it at next login.",
    ),
    "reset": (
        "{user}의 암호를 임시 암호로 재설정했습니다. 다음 로그인 때 암호를 바꿔야 합니다.",
        "Reset the passphrase of {user}; they choose a new one at next login.",
    ),
    "passphrase_changed": (
        "{user}의 암호를 바꿨습니다. 다음 로그인부터 새 암호를 쓰십시오.",
        "The passphrase of {user} is changed; use the new one from now on.",
    ),
    "must_change_first": (
        "{user}의 암호는 임시 암호입니다. 먼저 'onestop-admin --user {user} passphrase'로 본인 암호를 정하십시오.",
        "{user} has a temporary passphrase: run 'onestop-admin --user {user} passphrase' first to choose your own.",
    ),
    "check_ok": (
        "이상 없음: 암호화 무결성, SQLite 무결성, 외래 키, 감사 기록 체인, 변경 기록",
        "OK: cipher integrity, SQLite integrity, foreign keys, audit chain, change capture",
    ),
    "problem": ("문제", "problem"),
    "problems_found": ("문제 {count}건이 발견되었습니다.", "{count} problem(s) found."),
    "audit_ok": ("감사 기록 체인 이상 없음: {count}건 확인", "Audit chain intact: {count} entries checked"),
    "audit_problem": ("감사 기록 {seq}번: {reason}", "audit entry {seq}: {reason}"),
    "exported": (
        "{since} 이후 감사 기록을 {path}에 저장했습니다({size}바이트).",
        "Audit log since {since} written to {path} ({size} bytes).",
    ),
    "review_done": (
        "{month} 접속기록 점검을 기록했습니다({start}~{end}, 점검자 {user}). 감사 기록에 남았습니다.",
        "The access-log review of {month} ({start} to {end}) is recorded for {user}, and in the audit trail.",
    ),
    "packet_done": (
        "출력 완료: {path} ({pages}쪽, 의뢰 {count}건). 출력·복사 대장과 감사 기록에 남았습니다.",
        "Written: {path} ({pages} pages, {count} referrals). Recorded in the document register and the audit trail.",
    ),
    "default_purpose": ("기관 발송", "sending to the agency"),
    "default_report_reason": ("실적 보고", "실적 보고"),  # printed on a Korean report in every language
    "report_done": (
        "{period} 실적 보고를 {path}에 저장했습니다. 출력·복사 대장과 감사 기록에 남았습니다.",
        "The activity report for {period} was written to {path}. Recorded in the document register and the "
        "audit trail.",
    ),
    "backup_done": (
        "백업 완료: {path} ({size}바이트). 복구 키나 백업 당시 계정의 암호로 열 수 있습니다.",
        "Backup written: {path} ({size} bytes). It opens with the recovery key or the passphrase "
        "of any account at backup time.",
    ),
    "restored": (
        "{created} 백업을 복원했습니다. 암호는 백업 당시의 것입니다.",
        "Restored the backup of {created}. Passphrases are as they were at backup time.",
    ),
    "previous_kept": ("이전 데이터베이스는 {path}에 보관했습니다.", "The previous database was kept at {path}."),
    "import_done": (
        "가져오기 완료: {created}명 추가, {skipped}명은 이미 있음",
        "Import done: {created} added, {skipped} already present",
    ),
    # one line per problem in a refused import file: its line number and the column as written in it
    "import_problem": ("{row}행 {column}: {message}", "line {row}, {column}: {message}"),
    "import_problem_row": ("{row}행: {message}", "line {row}: {message}"),
    "import_problem_file": ("{file}: {message}", "{file}: {message}"),
    "seed_progress": ("데모 데이터 {done}/{total}명…", "demo data: {done} of {total} clients…"),
    "seed_done": (
        "데모 데이터 추가 완료: 내담자 {clients}명(사건 각 1건), 상담 기록 {sessions}건",
        "Demo data added: {clients} clients with a case each, {sessions} sessions",
    ),
    "seed_too_big": (
        "--clients × --sessions-per-case는 {limit:,} 이하여야 합니다(지금 {total:,}).",
        "--clients × --sessions-per-case must be at most {limit:,} (it is {total:,}).",
    ),
    "scope_all": ("전체 사건", "all cases"),
    "scope_field": ("현장용(배정 사건만)", "field kit (assigned cases)"),
    "device_active": ("사용 중", "active"),
    "device_lost": ("분실(폐기됨)", "lost (revoked)"),
    "device_retired": ("퇴역(폐기됨)", "retired (revoked)"),
    "col_device": ("기기", "device"),
    "col_code": ("코드", "code"),
    "col_scope": ("범위", "scope"),
    "col_status": ("상태", "status"),
    "col_users": ("사용자", "users"),
    "col_last_seq": ("받은 마지막 번들", "last bundle applied"),
    "col_this": ("이 기기", "this"),
    "enrolled": (
        "기기 {name}의 등록 파일을 {path}에 만들었습니다. 24시간 안에 한 번만 쓸 수 있습니다.",
        "Enrolment file for {name} written to {path}. It works once, within 24 hours.",
    ),
    "enrol_code_note": (
        "새 기기에서 입력할 일회용 코드(파일과 따로 전달하십시오):",
        "One-time code to type on the new device (hand it over separately from the file):",
    ),
    "revoked": (
        "기기 {name}을(를) 폐기했습니다. 이제 어떤 기기도 이 기기에 데이터를 암호화해 보내지 않으며, "
        "이 기기가 동기화하면 자신의 데이터를 지웁니다.",
        "Device {name} revoked. No device encrypts data to it any more, and it wipes its data when it next syncs.",
    ),
    "revoke_limits": (
        "주의: 이미 그 기기에 있는 데이터는 기기의 암호화와 사용자 암호로만 보호됩니다.",
        "Note: data already on that device is protected only by its encryption and its users' passphrases.",
    ),
    "prompt_code": ("일회용 코드: ", "One-time code: "),
    "joined": ("{folder}이(가) 기기 {device}(으)로 준비되었습니다.", "{folder} is now the device {device}."),
    "bundle_refused": ("거부한 번들 {file}: {reason}", "refused bundle {file}: {reason}"),
    "refusal_damaged": ("손상되었거나 변조됨", "damaged or altered"),
    "refusal_truncated": ("파일이 잘림(복사 중일 수 있음)", "truncated (still being copied?)"),
    "refusal_unknown_sender": ("등록되지 않은 기기가 보냄", "from a device not enrolled here"),
    "refusal_not_for_this_device": ("다른 기기용", "addressed to another device"),
    "refusal_bad_signature": ("서명이 맞지 않음", "signature does not verify"),
    "refusal_format_too_new": ("더 새로운 버전의 형식", "written by a newer version"),
    "refusal_misnamed": (
        "파일 이름이 서명된 헤더와 다름(이름이 바뀜). 데이터 폴더에 따로 보관함",
        "its name disagrees with its signed header (renamed); kept aside in the data folder",
    ),
    "quarantine_changes_refused": (
        "격리: 기기 {device}이(가) 보낸 변경 {detail}건은 작성자나 기기에 권한이 없어 적용하지 않았습니다. "
        "나머지는 적용했습니다.",
        "quarantined: {detail} change(s) from device {device} were not applied (their author or device may not make "
        "them); the rest was applied.",
    ),
    "quarantine_joined_twice": (
        "격리: {device}이(가) 두 번 등록되었습니다(같은 등록 파일을 두 컴퓨터에서 사용). 나중 컴퓨터({detail})의 "
        "번들은 관리자가 확인할 때까지 보관합니다.",
        "quarantined: {device} joined twice (one enrolment file used on two computers); the bundles of the later one "
        "({detail}) are kept for an administrator.",
    ),
    "quarantine_audit_truncated": (
        "경고: 기기 {device}의 접속기록이 잘렸습니다(본 번호 → 지금 끝 번호: {detail}).",
        "warning: the audit trail of device {device} was cut (highest seen -> where it now ends: {detail}).",
    ),
    "quarantine_relayed_by_field_kit": (
        "격리: 현장 기기 {device}이(가) 다른 기기의 변경을 전달함 ({detail})",
        "quarantined: field kit {device} passed on another device's change ({detail})",
    ),
    "quarantine_not_enrolled": (
        "격리: 작성자가 기기 {device}의 사용자가 아님 ({detail})",
        "quarantined: its author is not a user of device {device} ({detail})",
    ),
    "quarantine_field_kit_table": (
        "격리: 현장 기기 {device}은(는) 계정·기기·설정·목록을 바꿀 수 없음 ({detail})",
        "quarantined: field kit {device} may not change accounts, devices, settings or the directory ({detail})",
    ),
    "quarantine_out_of_scope": (
        "격리: 현장 기기 {device}이(가) 가지고 있지 않은 사례를 바꿈 ({detail})",
        "quarantined: field kit {device} changed a case it does not hold ({detail})",
    ),
    "quarantine_unsigned": (
        "격리: 관리자 서명이 없는 권한 변경, 기기 {device} ({detail})",
        "quarantined: an access change without an administrator's signature, device {device} ({detail})",
    ),
    "quarantine_bad_signature": (
        "격리: 서명이 맞지 않는 권한 변경, 기기 {device} ({detail})",
        "quarantined: an access change whose signature does not match, device {device} ({detail})",
    ),
    "quarantine_not_admin": (
        "격리: 관리자가 아닌 사람의 권한 변경, 기기 {device} ({detail})",
        "quarantined: an access change by someone who was not an administrator, device {device} ({detail})",
    ),
    "quarantine_revoked": (
        "격리: 폐기된 기기 {device}이(가) 폐기 후 보낸 번들입니다. 관리자가 확인해야 합니다.",
        "quarantined: written by the revoked device {device} after its revocation; an administrator must review it.",
    ),
    "quarantine_clock": (
        "격리: 기기 {device}의 시계가 이 컴퓨터보다 {detail}초 앞서 있습니다. 틀린 쪽 시계를 맞추면 "
        "다음 동기화 때 적용됩니다.",
        "quarantined: the clock of device {device} is {detail} s ahead of this computer's; once the wrong clock "
        "is fixed, the next sync applies it.",
    ),
    "quarantine_schema": (
        "보류: 기기 {device}이(가) 더 새로운 버전(스키마 {detail})으로 썼습니다. 이 기기를 업데이트하면 적용됩니다.",
        "kept: device {device} writes a newer schema ({detail}); it is applied once this device is upgraded.",
    ),
    "gap": ("{device}: 번들 {seq}이(가) 없습니다", "{device}: bundle {seq} missing"),
    "sync_summary": (
        "동기화: 번들 {written}개 씀, {applied}개 적용, 변경 {changes}건, 충돌 {conflicts}건, "
        "격리 {quarantined}개, 누락 {gaps}개, 거부 {refused}개",
        "sync: {written} bundles written, {applied} applied, {changes} changes, {conflicts} conflicts, "
        "{quarantined} quarantined, {gaps} gaps, {refused} refused",
    ),
    "status_last_sync": ("마지막 동기화: {at}", "last sync: {at}"),
    "status_pending": ("보낼 변경: {count}건", "changes waiting to go out: {count}"),
    "status_device": (
        "기기 {device} ({code}, {status}): 받은 마지막 번들 {seq}",
        "device {device} ({code}, {status}): last bundle applied {seq}",
    ),
    "status_conflicts": ("충돌 {count}건, 대기 중인 행 {waiting}건", "conflicts: {count}, rows waiting: {waiting}"),
}


class Texts:
    """The CLI's texts and the catalogue, for one language."""

    def __init__(self, language: str, catalogue: Catalogue | None = None) -> None:
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        self.catalogue = catalogue if catalogue is not None else load_catalogue(self.language)

    def __call__(self, key: str, **params: object) -> str:
        korean, english = TEXTS[key]
        template = korean if self.language == "ko" else english
        return template.format(**params) if params else template

    def translated(self, context: str, message: str, params: Mapping[str, object]) -> str:
        """Any catalogue message of `context`, filled with `params`; English when untranslated."""
        for template in (self.catalogue.translate(context, message), message):
            try:
                return template.format(**params)
            except (KeyError, IndexError, ValueError):
                continue
        return message

    def validation(self, message: str, params: Mapping[str, object]) -> str:
        """A field problem (context "Validation"), translated when the catalogue has it, else English."""
        for template in (self.catalogue.translate(VALIDATION_CONTEXT, message), message):
            try:
                return template.format(**params)
            except (KeyError, IndexError, ValueError):
                continue
        return message

    def role(self, role: Role) -> str:
        return self.catalogue.translate("Roles", ROLE_LABELS[role])

    def error(self, err: OneStopError) -> str:
        """The error's message in this language; parameters that are marked texts are translated too."""
        template = self.catalogue.translate("Errors", MESSAGES[err.code])
        params = dict(err.params)
        for name, context in _PARAM_CONTEXTS.items():
            if isinstance(params.get(name), str):
                params[name] = self.catalogue.translate(context, params[name])
        if err.code is ErrorCode.WEAK_PASSPHRASE and params.get("weakness") in set(Weakness):
            params["reason"] = self.catalogue.translate("Passphrase", WEAKNESS_TEXT[Weakness(params["weakness"])])
        return OneStopError(err.code, **params).render(template) if params != err.params else err.render(template)
