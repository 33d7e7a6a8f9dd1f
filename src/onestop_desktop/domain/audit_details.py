"""Audit details in words people read: `consent: third_party, agreed=True` becomes "동의 기록: 제3자 제공, 동의".

The audit trail stores short English details (they are hashed into the chain and must never change); the review
window shows each through one of the templates below. A template's {placeholders} come from the detail; those
named in `labels` are codes translated through their own label table (context, text). A detail no pattern knows
is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .case_status import CASE_STATUS_LABELS, CaseStatus
from .consent import CONSENT_KIND_LABELS
from .oversight import OUTPUT_KIND_LABELS
from .referrals import DISPATCH_MEANS_LABELS, REFERRAL_STATUS_LABELS, DispatchMeans
from .roles import PERMISSION_LABELS, ROLE_LABELS, Permission, Role
from .taxonomy import RISK_LEVEL_LABELS, SERVICE_DOMAIN_LABELS, RiskLevel, ServiceDomain
from .text import QT_TRANSLATE_NOOP

CONTEXT = "AuditDetail"


@dataclass(frozen=True)
class DetailText:
    template: str  # marked in CONTEXT; "" = show `params["raw"]` as written
    params: dict[str, str] = field(default_factory=dict)
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)  # param -> (context, text) to translate


Lookup = Callable[[str], tuple[str, str] | None]


def _table(context: str, table: Mapping[str, str]) -> Lookup:
    return lambda code: (context, table[code]) if code in table else None


_CONSENT = _table("Consent", {str(k): v for k, v in CONSENT_KIND_LABELS.items()})
_REFERRAL = _table("Referral", {str(k): v for k, v in REFERRAL_STATUS_LABELS.items()})
_MEANS = _table("Referral", {str(k): v for k, v in DISPATCH_MEANS_LABELS.items() if isinstance(k, DispatchMeans)})
_CASE = _table("Taxonomy", {str(k): v for k, v in CASE_STATUS_LABELS.items() if isinstance(k, CaseStatus)})
_RISK = _table("Taxonomy", {str(k): v for k, v in RISK_LEVEL_LABELS.items() if isinstance(k, RiskLevel)})
_ROLE = _table("Roles", {str(k): v for k, v in ROLE_LABELS.items() if isinstance(k, Role)})
_PERMISSION = _table("Roles", {str(k): v for k, v in PERMISSION_LABELS.items() if isinstance(k, Permission)})
_KIND = _table("Register", OUTPUT_KIND_LABELS)
_DOMAIN = _table("Taxonomy", {str(k): v for k, v in SERVICE_DOMAIN_LABELS.items() if isinstance(k, ServiceDomain)})
_AGREED = _table(
    CONTEXT, {"True": QT_TRANSLATE_NOOP("AuditDetail", "agreed"), "False": QT_TRANSLATE_NOOP("AuditDetail", "refused")}
)

# (pattern, template, {param: lookup}); the first pattern that matches the whole detail wins.
_PATTERNS: tuple[tuple[re.Pattern[str], str, dict[str, Lookup]], ...] = tuple(
    (re.compile(pattern), template, lookups)
    for pattern, template, lookups in (
        (
            r"consent: (?P<kind>\w+), agreed=(?P<agreed>True|False)",
            QT_TRANSLATE_NOOP("AuditDetail", "consent recorded: {kind}, {agreed}"),
            {"kind": _CONSENT, "agreed": _AGREED},
        ),
        (
            r"consent withdrawn: (?P<kind>\w+)",
            QT_TRANSLATE_NOOP("AuditDetail", "consent withdrawn: {kind}"),
            {"kind": _CONSENT},
        ),
        (r"signed consent form attached", QT_TRANSLATE_NOOP("AuditDetail", "signed consent form attached"), {}),
        (
            r"referral (?P<number>\S+): (?P<before>\w+) -> (?P<after>\w+) \((?P<means>\w+)\)",
            QT_TRANSLATE_NOOP("AuditDetail", "referral {number}: {before} → {after} ({means})"),
            {"before": _REFERRAL, "after": _REFERRAL, "means": _MEANS},
        ),
        (
            r"referral (?P<number>\S+): (?P<before>\w+) -> (?P<after>\w+)",
            QT_TRANSLATE_NOOP("AuditDetail", "referral {number}: {before} → {after}"),
            {"before": _REFERRAL, "after": _REFERRAL},
        ),
        (r"referral (?P<number>\S+) edited", QT_TRANSLATE_NOOP("AuditDetail", "referral {number} edited"), {}),
        (r"referral (?P<number>\S+)", QT_TRANSLATE_NOOP("AuditDetail", "referral {number} drafted"), {}),
        (
            r"(?P<kind>referral_letter|consent_form|packet|batch|period_report): (?P<purpose>.*)",
            QT_TRANSLATE_NOOP("AuditDetail", "{kind}, purpose: {purpose}"),
            {"kind": _KIND},
        ),
        (
            r"status: (?P<before>\w+) -> (?P<after>\w+)",
            QT_TRANSLATE_NOOP("AuditDetail", "case status: {before} → {after}"),
            {"before": _CASE, "after": _CASE},
        ),
        (r"risk: (?P<level>\w+)", QT_TRANSLATE_NOOP("AuditDetail", "risk level: {level}"), {"level": _RISK}),
        (r"intake", QT_TRANSLATE_NOOP("AuditDetail", "intake recorded"), {}),
        (r"need: (?P<domain>\w+)", QT_TRANSLATE_NOOP("AuditDetail", "needs assessed: {domain}"), {"domain": _DOMAIN}),
        (r"plan goal added", QT_TRANSLATE_NOOP("AuditDetail", "plan goal added"), {}),
        (r"plan goal changed", QT_TRANSLATE_NOOP("AuditDetail", "plan goal changed"), {}),
        (r"counseling session", QT_TRANSLATE_NOOP("AuditDetail", "counseling session recorded"), {}),
        (r"service", QT_TRANSLATE_NOOP("AuditDetail", "service recorded"), {}),
        (r"follow-up done", QT_TRANSLATE_NOOP("AuditDetail", "follow-up done"), {}),
        (r"follow-up reopened", QT_TRANSLATE_NOOP("AuditDetail", "follow-up reopened"), {}),
        (r"client details", QT_TRANSLATE_NOOP("AuditDetail", "client details edited"), {}),
        (r"phone added", QT_TRANSLATE_NOOP("AuditDetail", "phone number added"), {}),
        (r"crime types", QT_TRANSLATE_NOOP("AuditDetail", "crime types edited"), {}),
        (r"program enrolment \S+", QT_TRANSLATE_NOOP("AuditDetail", "enrolled in a program"), {}),
        (r"(?P<subject>\w+) survey declined", QT_TRANSLATE_NOOP("AuditDetail", "survey declined"), {}),
        (r"(?P<subject>\w+) survey answered", QT_TRANSLATE_NOOP("AuditDetail", "survey answered"), {}),
        (r"follow-up", QT_TRANSLATE_NOOP("AuditDetail", "follow-up scheduled"), {}),
        (r"case details", QT_TRANSLATE_NOOP("AuditDetail", "case details edited"), {}),
        (r"phone removed", QT_TRANSLATE_NOOP("AuditDetail", "phone number removed"), {}),
        (
            r"resident registration number recorded",
            QT_TRANSLATE_NOOP("AuditDetail", "resident registration number recorded"),
            {},
        ),
        (
            r"rrn revealed: (?P<reason>.*)",
            QT_TRANSLATE_NOOP("AuditDetail", "resident registration number shown, reason: {reason}"),
            {},
        ),
        (r"note search, (?P<count>\d+) hits", QT_TRANSLATE_NOOP("AuditDetail", "note search, {count} hits"), {}),
        (
            r"(?P<what>attempt|restore attempt) (?P<count>\d+)",
            QT_TRANSLATE_NOOP("AuditDetail", "failed attempt {count}"),
            {},
        ),
        (r"locked", QT_TRANSLATE_NOOP("AuditDetail", "account locked"), {}),
        (r"(?P<minutes>\d+) min", QT_TRANSLATE_NOOP("AuditDetail", "locked for {minutes} minutes"), {}),
        (
            r"role: (?P<before>\w+) -> (?P<after>\w+)",
            QT_TRANSLATE_NOOP("AuditDetail", "role: {before} → {after}"),
            {"before": _ROLE, "after": _ROLE},
        ),
        (r"granted: (?P<role>\w+)", QT_TRANSLATE_NOOP("AuditDetail", "access granted: {role}"), {"role": _ROLE}),
        (
            r"granted again: (?P<role>\w+)",
            QT_TRANSLATE_NOOP("AuditDetail", "access granted again: {role}"),
            {"role": _ROLE},
        ),
        (r"removed: account deactivated", QT_TRANSLATE_NOOP("AuditDetail", "access removed: account deactivated"), {}),
        (r"reset by an administrator", QT_TRANSLATE_NOOP("AuditDetail", "passphrase reset by an administrator"), {}),
        (r"changed by the user", QT_TRANSLATE_NOOP("AuditDetail", "passphrase changed by the user"), {}),
        (r"contact details", QT_TRANSLATE_NOOP("AuditDetail", "direct line and e-mail changed"), {}),
        (r"audit chain", QT_TRANSLATE_NOOP("AuditDetail", "audit chain verified"), {}),
        (r"(?P<count>\d+) problems", QT_TRANSLATE_NOOP("AuditDetail", "{count} problems found"), {}),
        (r"since (?P<day>[\d-]+)", QT_TRANSLATE_NOOP("AuditDetail", "entries since {day}"), {}),
        (
            r"access-log review (?P<month>[\d-]+) \(findings replaced\)",
            QT_TRANSLATE_NOOP("AuditDetail", "access-log review of {month} (findings replaced)"),
            {},
        ),
        (r"access-log review (?P<month>[\d-]+)", QT_TRANSLATE_NOOP("AuditDetail", "access-log review of {month}"), {}),
        (r"demo data: (?P<count>\d+) cases", QT_TRANSLATE_NOOP("AuditDetail", "demo data: {count} cases"), {}),
        (
            r"(?P<permission>[a-z_]+)",
            QT_TRANSLATE_NOOP("AuditDetail", "refused: {permission}"),
            {"permission": _PERMISSION},
        ),
    )
)


def describe(detail: str) -> DetailText:
    """The template and parameters that put `detail` in words; DetailText("", {"raw": detail}) when none fits."""
    for pattern, template, lookups in _PATTERNS:
        found = pattern.fullmatch(detail)
        if found is None:
            continue
        params = {k: v for k, v in found.groupdict().items() if v is not None}
        labels: dict[str, tuple[str, str]] = {}
        for name, lookup in lookups.items():
            label = lookup(params.get(name, ""))
            if label is None:
                break  # a code this table does not know: not this pattern
            labels[name] = label
        else:
            return DetailText(template, params, labels)
    return DetailText("", {"raw": detail})
