"""Words for the dashboard: figure titles, and the labels of each axis's codes, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.dashboard import MULTIPLE, NO_ONE, Axis, Figure, FigureKey, Unit
from ...domain.population import AGE_BAND_TEXT, AgeBand
from ...domain.referrals import REFERRAL_STATUS_LABELS, ReferralStatus
from ...domain.taxonomy import CRIME_TYPE_LABELS, SERVICE_DOMAIN_LABELS, CrimeType, ServiceDomain

translate = QCoreApplication.translate


def title(key: FigureKey) -> str:
    texts = {
        FigureKey.NEW_CASES: QCoreApplication.translate("Dashboard", "New cases per month by crime type"),
        FigureKey.NEW_PEOPLE: QCoreApplication.translate("Dashboard", "New cases and people per month"),
        FigureKey.CASELOAD: QCoreApplication.translate("Dashboard", "Open caseload per counselor (now)"),
        FigureKey.SERVICES: QCoreApplication.translate("Dashboard", "Services given per domain"),
        FigureKey.REFERRALS: QCoreApplication.translate(
            "Dashboard", "Referral outcomes per agency (sent in the period)"),
        FigureKey.REFERRAL_DAYS: QCoreApplication.translate(
            "Dashboard", "Average days from sent to received and to completed"),
        FigureKey.OVERDUE: QCoreApplication.translate("Dashboard", "Overdue follow-ups (now)"),
        FigureKey.COVERAGE: QCoreApplication.translate(
            "Dashboard", "Intake against Seoul's population by age and gender (%)"),
        FigureKey.FEEDBACK: QCoreApplication.translate("Dashboard", "Feedback: average score (1–5) per month"),
    }  # fmt: skip
    return texts[key]


def unit(figure: Figure) -> str:
    texts = {
        Unit.COUNT: QCoreApplication.translate("Dashboard", "count"),
        Unit.DAYS: QCoreApplication.translate("Dashboard", "days"),
        Unit.PERCENT: QCoreApplication.translate("Dashboard", "%"),
        Unit.SCORE: QCoreApplication.translate("Dashboard", "score"),
    }
    return texts[figure.unit]


def _measure(code: str) -> str:
    texts = {
        "open": QCoreApplication.translate("Dashboard", "Open cases"),
        "cases": QCoreApplication.translate("Dashboard", "New cases"),
        "people": QCoreApplication.translate("Dashboard", "People (each once)"),
        "in_house": QCoreApplication.translate("Dashboard", "By the center"),
        "agency": QCoreApplication.translate("Dashboard", "Through an agency"),
        "to_received": QCoreApplication.translate("Dashboard", "Days to received"),
        "to_completed": QCoreApplication.translate("Dashboard", "Days to completed"),
        "F_intake": QCoreApplication.translate("Dashboard", "Women: intake"),
        "F_population": QCoreApplication.translate("Dashboard", "Women: Seoul"),
        "M_intake": QCoreApplication.translate("Dashboard", "Men: intake"),
        "M_population": QCoreApplication.translate("Dashboard", "Men: Seoul"),
    }
    return texts.get(code, code)


def _lateness(code: str) -> str:
    texts = {
        "1-7": QCoreApplication.translate("Dashboard", "1–7 days late"),
        "8-30": QCoreApplication.translate("Dashboard", "8–30 days late"),
        "31+": QCoreApplication.translate("Dashboard", "over 30 days late"),
    }
    return texts[code]


def short(axis: Axis, code: str, count: int = 1) -> str:
    """A label short enough for a chart axis of `count` categories: months as "3월" (as the number alone when
    there are more than six: "10월" did not fit under a twelfth of the chart), agencies without their
    department."""
    if axis is Axis.MONTH:
        month = int(code.split("-")[1])
        return str(month) if count > 6 else QCoreApplication.translate("Dashboard", "{month}").format(month=month)
    if axis is Axis.AGE_BAND and code != AgeBand.UNKNOWN:  # "19–29", "70+": the axis title says 나이
        return code.replace("-", "–")
    text = label(axis, code)
    if axis in (Axis.AGENCY, Axis.SERIES):
        text = text.split(" (")[0]
        return text if len(text) <= 14 else text[:13] + "…"
    return text


def label(axis: Axis, code: str) -> str:
    if axis is Axis.CRIME:
        if code == MULTIPLE:
            return QCoreApplication.translate("Dashboard", "Several types")
        return translate("Taxonomy", CRIME_TYPE_LABELS[CrimeType(code)])
    if axis is Axis.DOMAIN:
        return translate("Taxonomy", SERVICE_DOMAIN_LABELS[ServiceDomain(code)])
    if axis is Axis.STATUS:
        return translate("Referral", REFERRAL_STATUS_LABELS[ReferralStatus(code)])
    if axis is Axis.AGE_BAND:
        return translate("Reports", AGE_BAND_TEXT[AgeBand(code)])
    if axis is Axis.LATENESS:
        return _lateness(code)
    if axis is Axis.MEASURE:
        return _measure(code)
    if axis is Axis.PERSON and code == NO_ONE:
        return QCoreApplication.translate("Dashboard", "(nobody assigned)")
    if axis is Axis.SERIES and code == "case":
        return QCoreApplication.translate("Dashboard", "Support received (case)")
    return code  # months as YYYY-MM in tables, names as they are


def title_of_rows(figure: Figure) -> str:
    texts = {
        Axis.MONTH: QCoreApplication.translate("Dashboard", "Month"),
        Axis.PERSON: QCoreApplication.translate("Dashboard", "Staff member"),
        Axis.DOMAIN: QCoreApplication.translate("Dashboard", "Service domain"),
        Axis.AGENCY: QCoreApplication.translate("Dashboard", "Agency"),
        Axis.AGE_BAND: QCoreApplication.translate("Dashboard", "Age"),
        Axis.CRIME: QCoreApplication.translate("Dashboard", "Crime type"),
    }
    return texts.get(figure.row_axis, "")
