"""What each field is called where PixDesk names it to a user: error lines, column headers, the command line.

Short names; a spreadsheet's own headers are longer ("* Date de naissance (format : …)") and live with the sheet
layout. French source, other languages from the catalogue (context "fields").
"""

from __future__ import annotations

from pixdesk.texts import QT_TRANSLATE_NOOP, translate

FIELD_LABELS: dict[str, str] = {
    "last_name": QT_TRANSLATE_NOOP("fields", "Nom de naissance"),
    "first_name": QT_TRANSLATE_NOOP("fields", "Prénom"),
    "sex": QT_TRANSLATE_NOOP("fields", "Sexe"),
    "birthdate": QT_TRANSLATE_NOOP("fields", "Date de naissance"),
    "birth_country": QT_TRANSLATE_NOOP("fields", "Pays de naissance"),
    "birth_insee_code": QT_TRANSLATE_NOOP("fields", "Code INSEE"),
    "birth_postal_code": QT_TRANSLATE_NOOP("fields", "Code postal"),
    "birth_city": QT_TRANSLATE_NOOP("fields", "Commune de naissance"),
    "birth_department": QT_TRANSLATE_NOOP("fields", "Code du département de naissance"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail de convocation"),
    "result_recipient_email": QT_TRANSLATE_NOOP("fields", "E-mail du destinataire des résultats"),
    "external_id": QT_TRANSLATE_NOOP("fields", "Identifiant local"),
    "extra_time_percentage": QT_TRANSLATE_NOOP("fields", "Temps majoré"),
    "billing_mode": QT_TRANSLATE_NOOP("fields", "Tarification part Pix"),
    "prepayment_code": QT_TRANSLATE_NOOP("fields", "Code de prépaiement"),
    "complementary_certification": QT_TRANSLATE_NOOP("fields", "Certification complémentaire"),
    "session_id": QT_TRANSLATE_NOOP("fields", "Numéro de session préexistante"),
    "site": QT_TRANSLATE_NOOP("fields", "Nom du site"),
    "room": QT_TRANSLATE_NOOP("fields", "Nom de la salle"),
    "date": QT_TRANSLATE_NOOP("fields", "Date de début"),
    "time": QT_TRANSLATE_NOOP("fields", "Heure de début"),
    "examiner": QT_TRANSLATE_NOOP("fields", "Surveillant(s)"),
    "description": QT_TRANSLATE_NOOP("fields", "Observations"),
}


def field_label(field: str | None, lang: str | None = None) -> str | None:
    label = FIELD_LABELS.get(field or "")
    if label is None:
        return None
    return translate("fields", label, lang)
