"""The case's facts on the overview tab: intake, channel, crime types, incident, police report,
relationship to the offender, the lead counselor and the team."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QListWidget, QListWidgetItem, QWidget

from ...domain.casework import Case, CaseDetailsForm, CaseFile, FieldProblem
from ...domain.errors import ErrorCode, OneStopError
from ...domain.taxonomy import INTAKE_CHANNEL_LABELS, POLICE_REPORT_LABELS, CrimeType, IntakeChannel, PoliceReport
from ...domain.validation import NEED_CRIME_TYPE
from ...services.session import Session
from ..common.fields import CrimeTypeBoxes, choice, date_edit, enum_combo, note_edit, set_choice, text_edit, value_label
from ..common.forms import buddy_label
from ..common.text import iso_day
from .editor import FormEditor
from .people import CASE_ROLES, People, chosen_user, select_user


@dataclass(frozen=True)
class CaseDetails:
    details: CaseDetailsForm
    crime_types: frozenset[CrimeType]
    team: frozenset[str]


def case_details(case: Case) -> CaseDetails:
    form = CaseDetailsForm(
        intake_date=iso_day(case.intake_date), intake_channel=case.intake_channel,
        referring_agency=case.referring_agency or "", incident_date=iso_day(case.incident_date),
        incident_summary=case.incident_summary, police_report=case.police_report,
        police_station=case.police_station or "", police_case_number=case.police_case_number or "",
        offender_relationship=case.offender_relationship or "", lead_counselor_id=case.lead_counselor_id,
    )  # fmt: skip
    return CaseDetails(form, case.crime_types, case.team_ids)


class CaseDetailsEditor(FormEditor[CaseDetails]):
    def __init__(self, session: Session, case_id: str, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.people = people
        self._stamp = ""
        self.number = value_label(self, "caseNumber")
        self.intake_date = date_edit(self, "caseIntakeDate", self.tr("Intake date"))
        self.channel = enum_combo(self, "caseChannel", self.tr("Intake channel"), INTAKE_CHANNEL_LABELS)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.agency = text_edit(self, "caseAgency", self.tr("Referring agency"), max_length=100)
        self.crime_types = CrimeTypeBoxes(self, object_prefix="caseCrime")
        self.incident_date = date_edit(self, "caseIncidentDate", self.tr("Incident date"))
        self.summary = note_edit(self, "caseSummary", self.tr("Incident summary"), lines=3)
        self.police_report = enum_combo(self, "casePoliceReport", self.tr("Police report"), POLICE_REPORT_LABELS)
        self.police_station = text_edit(self, "casePoliceStation", self.tr("Police station"), max_length=100)
        self.police_case = text_edit(self, "casePoliceCaseNumber", self.tr("Police case number"), max_length=50)
        self.relationship = text_edit(
            self,
            "caseRelationship",
            self.tr("Relationship to the offender"),
            placeholder=self.tr("e.g. ex-partner, stranger, relative"),
            max_length=50,
        )
        self.lead = people.combo(
            self, "caseLead", self.tr("Lead counselor"), roles=CASE_ROLES, none_text=self.tr("Nobody yet")
        )
        self.team = QListWidget(self)
        self.team.setObjectName("caseTeam")
        self.team.setAccessibleName(self.tr("Team members"))
        self.team.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._fill_team(frozenset())
        self._layout()
        self.watch(
            self.intake_date,
            self.channel,
            self.agency,
            *self.crime_types.boxes.values(),
            self.incident_date,
            self.summary,
            self.police_report,
            self.police_station,
            self.police_case,
            self.relationship,
            self.lead,
            self.team,
        )

    def _layout(self) -> None:
        e = self.errors
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Case no.:"), self.number)
        form.addRow(
            buddy_label(self.tr("&Intake date:"), self.intake_date, self), e.wrap("intake_date", self.intake_date, self)
        )
        form.addRow(buddy_label(self.tr("Channel:"), self.channel, self), self.channel)
        form.addRow(
            buddy_label(self.tr("Referred by:"), self.agency, self), e.wrap("referring_agency", self.agency, self)
        )
        form.addRow(self.tr("Crime types:"), e.wrap("crime_types", self.crime_types, self))
        form.addRow(
            buddy_label(self.tr("Incident date:"), self.incident_date, self),
            e.wrap("incident_date", self.incident_date, self),
        )
        form.addRow(
            buddy_label(self.tr("Summary:"), self.summary, self), e.wrap("incident_summary", self.summary, self)
        )
        form.addRow(buddy_label(self.tr("Police report:"), self.police_report, self), self.police_report)
        form.addRow(
            buddy_label(self.tr("Police station:"), self.police_station, self),
            e.wrap("police_station", self.police_station, self),
        )
        form.addRow(
            buddy_label(self.tr("Police case no.:"), self.police_case, self),
            e.wrap("police_case_number", self.police_case, self),
        )
        form.addRow(
            buddy_label(self.tr("Offender is:"), self.relationship, self),
            e.wrap("offender_relationship", self.relationship, self),
        )
        form.addRow(buddy_label(self.tr("Lead counselor:"), self.lead, self), self.lead)
        form.addRow(buddy_label(self.tr("Team:"), self.team, self), self.team)

    def _fill_team(self, members: frozenset[str]) -> None:
        self.team.blockSignals(True)
        self.team.clear()
        active = [u.id for u in self.people.active(CASE_ROLES)]
        shown = active + sorted(m for m in members if m not in active)
        for user_id in dict.fromkeys(shown):
            item = QListWidgetItem(self.people.name(user_id) or self.tr("(former staff)"), self.team)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if user_id in members else Qt.CheckState.Unchecked)
        self.team.blockSignals(False)

    def _team(self) -> frozenset[str]:
        return frozenset(
            str(self.team.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.team.count())
            if self.team.item(i).checkState() == Qt.CheckState.Checked
        )

    def _channel_changed(self) -> None:
        self.agency.setEnabled(self.editable and choice(self.channel) == IntakeChannel.AGENCY)

    def title(self) -> str:
        return self.tr("Case")

    def current_form(self) -> CaseDetails:
        details = CaseDetailsForm(
            intake_date=self.intake_date.text(), intake_channel=IntakeChannel(choice(self.channel)),
            referring_agency=self.agency.text(), incident_date=self.incident_date.text(),
            incident_summary=self.summary.toPlainText(), police_report=PoliceReport(choice(self.police_report)),
            police_station=self.police_station.text(), police_case_number=self.police_case.text(),
            offender_relationship=self.relationship.text(), lead_counselor_id=chosen_user(self.lead),
        )  # fmt: skip
        return CaseDetails(details, frozenset(self.crime_types.chosen()), self._team())

    def show_form(self, form: CaseDetails) -> None:
        d = form.details
        self.intake_date.setText(d.intake_date)
        set_choice(self.channel, d.intake_channel)
        self.agency.setText(d.referring_agency)
        self.crime_types.choose(form.crime_types)
        self.incident_date.setText(d.incident_date)
        self.summary.setPlainText(d.incident_summary)
        set_choice(self.police_report, d.police_report)
        self.police_station.setText(d.police_station)
        self.police_case.setText(d.police_case_number)
        self.relationship.setText(d.offender_relationship)
        select_user(self.lead, d.lead_counselor_id, self.people.name(d.lead_counselor_id))
        self._fill_team(form.team)
        self._channel_changed()

    def refresh(self, case_file: CaseFile) -> None:
        self.number.setText(case_file.case.case_number)
        if self.adopt(case_details(case_file.case)):
            self._stamp = case_file.case.updated_at

    def commit(self) -> None:
        form = self.current_form()
        before = self._baseline
        if not form.crime_types:
            raise OneStopError(
                ErrorCode.INVALID_INPUT, count=1, problems=[FieldProblem("crime_types", NEED_CRIME_TYPE)]
            )
        cases = self.session.cases
        if before is None or form.details != before.details:
            cases.update_details(self.case_id, form.details, self._stamp or None)
        if before is None or form.crime_types != before.crime_types:
            cases.set_crime_types(self.case_id, set(form.crime_types))
        if before is None or form.team != before.team:
            cases.set_team(self.case_id, set(form.team))

    def set_editable(self, editable: bool, *widgets: QWidget) -> None:
        super().set_editable(
            editable,
            self.intake_date,
            self.channel,
            self.agency,
            self.crime_types,
            self.incident_date,
            self.summary,
            self.police_report,
            self.police_station,
            self.police_case,
            self.relationship,
            self.lead,
            self.team,
            *widgets,
        )
        self._channel_changed()
