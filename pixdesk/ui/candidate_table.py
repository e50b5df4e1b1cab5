"""A session's candidates with every field of the candidate model, plus their state (joined, to complete)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pixdesk.models.candidate_rules import billing_label, certification_label
from pixdesk.services.candidates import CandidateRecord
from pixdesk.models.formats import format_date, format_percent
from pixdesk.ui.table_model import ColumnSpec, RecordFilterProxy, RecordTableModel

BILLING_COLUMNS = (13, 14)


def _complementary(record: CandidateRecord) -> str:
    return certification_label(record.complementary_certification)


def state_text(record: CandidateRecord) -> str:
    translate = QCoreApplication.translate
    if record.has_joined:
        return translate("CandidateTable", "A rejoint la session")
    if record.incomplete:
        return translate("CandidateTable", "à compléter")
    return ""


def candidate_columns() -> list[ColumnSpec]:
    translate = QCoreApplication.translate
    headers = [
        translate("CandidateTable", "Nom de naissance"), translate("CandidateTable", "Prénom"),
        translate("CandidateTable", "Sexe"), translate("CandidateTable", "Date de naissance"),
        translate("CandidateTable", "Commune de naissance"), translate("CandidateTable", "Code postal"),
        translate("CandidateTable", "Code INSEE"), translate("CandidateTable", "Pays de naissance"),
        translate("CandidateTable", "E-mail de convocation"),
        translate("CandidateTable", "E-mail du destinataire des résultats"),
        translate("CandidateTable", "Identifiant local"), translate("CandidateTable", "Temps majoré"),
        translate("CandidateTable", "Certification complémentaire"),
        translate("CandidateTable", "Tarification part Pix"), translate("CandidateTable", "Code de prépaiement"),
        translate("CandidateTable", "État"),
    ]
    return [
        ColumnSpec(headers[0], lambda c: c.last_name),
        ColumnSpec(headers[1], lambda c: c.first_name),
        ColumnSpec(headers[2], lambda c: c.sex or ""),
        ColumnSpec(headers[3], lambda c: format_date(c.birthdate), lambda c: c.birthdate),
        ColumnSpec(headers[4], lambda c: c.birth_city_name or ""),
        ColumnSpec(headers[5], lambda c: c.birth_postal_code or ""),
        ColumnSpec(headers[6], lambda c: c.birth_insee_code or ""),
        ColumnSpec(headers[7], lambda c: c.birth_country or ""),
        ColumnSpec(headers[8], lambda c: c.email or ""),
        ColumnSpec(headers[9], lambda c: c.result_recipient_email or ""),
        ColumnSpec(headers[10], lambda c: c.external_id or ""),
        ColumnSpec(headers[11], lambda c: format_percent(c.extra_time_percentage), lambda c: c.extra_time_percentage, align_right=True),
        ColumnSpec(headers[12], _complementary),
        ColumnSpec(headers[13], lambda c: billing_label(c.billing_mode)),
        ColumnSpec(headers[14], lambda c: c.prepayment_code or ""),
        ColumnSpec(headers[15], state_text),
    ]


class CandidateTableModel(RecordTableModel):
    def __init__(self, parent=None):
        super().__init__(candidate_columns(), parent)

    def candidate_at(self, row: int) -> CandidateRecord:
        return self.record_at(row)


CandidateFilterProxy = RecordFilterProxy
