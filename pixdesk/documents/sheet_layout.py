"""The candidate list sheet ("Liste des candidats"): its columns and session block, as the platform's template
has them (reference section 3). Import matches headers by folded text; export writes the French or English label.
"""

from __future__ import annotations

from dataclasses import dataclass

from pixdesk import language
from pixdesk.texts import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Column:
    field: str  # CandidateInput attribute
    header: str  # the French template's header; other languages' templates from the catalogue (context "sheet")
    aliases: tuple[str, ...] = ()  # other spellings met in real sheets (older templates, mass import)

    def label(self, lang: str | None = None) -> str:
        return translate("sheet", self.header, lang)

    def labels(self) -> tuple[str, ...]:
        """The header in every language PixDesk speaks: what an imported sheet may say."""
        return tuple(dict.fromkeys(self.label(lang) for lang in language.SUPPORTED))


CANDIDATE_COLUMNS: tuple[Column, ...] = (
    Column("last_name", QT_TRANSLATE_NOOP("sheet", "* Nom de naissance"),
           ("Nom", "NOM", "Last name", "Birth last name")),
    Column("first_name", QT_TRANSLATE_NOOP("sheet", "* Prénom"), ("Prénom", "First name")),
    Column("external_id", QT_TRANSLATE_NOOP("sheet", "Identifiant local"),
           ("Identifiant externe", "External ID", "Local identifier")),
    Column("extra_time_percentage", QT_TRANSLATE_NOOP("sheet", "Temps majoré ?"),
           ("Temps majoré", "Temps majoré ? (exemple format: 33%)", "Extra time", "Extra time percentage")),
    Column("birthdate", QT_TRANSLATE_NOOP("sheet", "* Date de naissance (format : jj/mm/aaaa)"),
           ("Date de naissance", "Date de naissance (format: JJ/MM/AAAA)", "Birth date", "Date of birth",
            "Birthdate")),
    Column("birth_city", QT_TRANSLATE_NOOP("sheet", "Nom de la commune"),
           ("Nom de la commune de naissance", "Commune de naissance", "City", "Birth city name")),
    Column("birth_postal_code", QT_TRANSLATE_NOOP("sheet", "Code postal"),
           ("Code postal de la commune de naissance", "Postal code", "Birth postal code")),
    Column("birth_insee_code", QT_TRANSLATE_NOOP("sheet", "Code Insee"),
           ("Code INSEE de la commune de naissance", "Birth INSEE code")),
    Column("birth_country", QT_TRANSLATE_NOOP("sheet", "Pays"),
           ("Pays de naissance", "Birth country", "Country of birth")),
    Column("email", QT_TRANSLATE_NOOP("sheet", "E-mail de convocation"),
           ("Adresse e-mail de convocation", "Adresse électronique de convocation", "E-mail", "Email")),
    Column("result_recipient_email",
           QT_TRANSLATE_NOOP("sheet", "E-mail du destinataire des résultats (formateur, enseignant…)"),
           ("E-mail du destinataire des résultats", "Result recipient email", "Results recipient e-mail")),
    Column("sex", QT_TRANSLATE_NOOP("sheet", "* Sexe (M ou F)"), ("Sexe", "Sex", "Gender")),
    Column("billing_mode", QT_TRANSLATE_NOOP("sheet", "Tarification part Pix"),
           ("* Tarification part Pix (Gratuite, Prépayée ou Payante)", "Billing mode", "Pix billing mode")),
    Column("prepayment_code", QT_TRANSLATE_NOOP("sheet", "Code de prépaiement"),
           ("Code de prépaiement (si Tarification part Pix Prépayée)",)),
)
BILLING_FIELDS = ("billing_mode", "prepayment_code")
COMPLEMENTARY_HEADER_SUFFIX = QT_TRANSLATE_NOOP("sheet", "(\"oui\" ou laisser vide)")
EXTRA_EMPTY_ROWS = 20

SESSION_BLOCK = {
    "title": QT_TRANSLATE_NOOP("sheet", "La session de certification"),
    "session_id": QT_TRANSLATE_NOOP("sheet", "N° de session"),
    "site": QT_TRANSLATE_NOOP("sheet", "Nom du site"),
    "room": QT_TRANSLATE_NOOP("sheet", "Nom de la salle"),
    "date": QT_TRANSLATE_NOOP("sheet", "Date"),
    "time": QT_TRANSLATE_NOOP("sheet", "Heure locale (début)"),
    "examiner": QT_TRANSLATE_NOOP("sheet", "Session surveillée par :"),
    "signature": QT_TRANSLATE_NOOP("sheet", "Signature des surveillant(s) :"),
    "participants": QT_TRANSLATE_NOOP("sheet", "Participants"),
    "list_title": QT_TRANSLATE_NOOP("sheet", "Liste des candidats"),
}


def session_label(key: str, lang: str | None = None) -> str:
    return translate("sheet", SESSION_BLOCK[key], lang)


# The 2021 attendance-sheet layout printed in seed 004 (template v1.1 to v1.3).
LEGACY_2021_COLUMNS: tuple[Column, ...] = (
    Column("last_name", QT_TRANSLATE_NOOP("sheet", "Nom de naissance"), ("NOM",)),
    Column("first_name", QT_TRANSLATE_NOOP("sheet", "Prénom")),
    Column("birthdate", QT_TRANSLATE_NOOP("sheet", "Date de naissance (format : jj/mm/aaaa)"), ("Date de naissance",)),
    Column("birth_city", QT_TRANSLATE_NOOP("sheet", "Commune de naissance")),
    Column("birth_department", QT_TRANSLATE_NOOP("sheet", "Code du département de naissance")),
    Column("birth_country", QT_TRANSLATE_NOOP("sheet", "Pays de naissance")),
    Column("email", QT_TRANSLATE_NOOP("sheet", "Adresse e-mail de convocation")),
    Column("external_id", QT_TRANSLATE_NOOP("sheet", "Identifiant local")),
    Column("extra_time_percentage", QT_TRANSLATE_NOOP("sheet", "Temps majoré ?")),
)
