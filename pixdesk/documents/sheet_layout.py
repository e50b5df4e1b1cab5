"""The candidate list sheet ("Liste des candidats"): its columns and session block, as the platform's template
has them (reference section 3). Import matches headers by folded text; export writes the French or English label.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    field: str  # CandidateInput attribute
    fr: str
    en: str
    aliases: tuple[str, ...] = ()  # other spellings met in real sheets (older templates, mass import)

    def label(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr


CANDIDATE_COLUMNS: tuple[Column, ...] = (
    Column("last_name", "* Nom de naissance", "* Birth name", ("Nom", "NOM", "Last name", "Birth last name")),
    Column("first_name", "* Prénom", "* First name", ("Prénom", "First name")),
    Column("external_id", "Identifiant local", "Local ID", ("Identifiant externe", "External ID", "Local identifier")),
    Column("extra_time_percentage", "Temps majoré ?", "Extra time?",
           ("Temps majoré", "Temps majoré ? (exemple format: 33%)", "Extra time", "Extra time percentage")),
    Column("birthdate", "* Date de naissance (format : jj/mm/aaaa)", "* Date of birth (format: dd/mm/yyyy)",
           ("Date de naissance", "Date de naissance (format: JJ/MM/AAAA)", "Birth date", "Date of birth",
            "Birthdate")),
    Column("birth_city", "Nom de la commune", "Birth city",
           ("Nom de la commune de naissance", "Commune de naissance", "City", "Birth city name")),
    Column("birth_postal_code", "Code postal", "Postcode",
           ("Code postal de la commune de naissance", "Postal code", "Birth postal code")),
    Column("birth_insee_code", "Code Insee", "INSEE code",
           ("Code INSEE de la commune de naissance", "Birth INSEE code")),
    Column("birth_country", "Pays", "Country", ("Pays de naissance", "Birth country", "Country of birth")),
    Column("email", "E-mail de convocation", "Convocation e-mail",
           ("Adresse e-mail de convocation", "Adresse électronique de convocation", "E-mail", "Email")),
    Column("result_recipient_email", "E-mail du destinataire des résultats (formateur, enseignant…)",
           "Results recipient e-mail (trainer, teacher…)",
           ("E-mail du destinataire des résultats", "Result recipient email", "Results recipient e-mail")),
    Column("sex", "* Sexe (M ou F)", "* Sex (M or F)", ("Sexe", "Sex", "Gender")),
    Column("billing_mode", "Tarification part Pix", "Pix billing",
           ("* Tarification part Pix (Gratuite, Prépayée ou Payante)", "Billing mode", "Pix billing mode")),
    Column("prepayment_code", "Code de prépaiement", "Prepayment code",
           ("Code de prépaiement (si Tarification part Pix Prépayée)",)),
)
BILLING_FIELDS = ("billing_mode", "prepayment_code")
COMPLEMENTARY_HEADER_SUFFIX = ('("oui" ou laisser vide)', '("yes" or leave empty)')
EXTRA_EMPTY_ROWS = 20

SESSION_BLOCK = {
    "title": ("La session de certification", "The certification session"),
    "session_id": ("N° de session", "Session number"),
    "site": ("Nom du site", "Site name"),
    "room": ("Nom de la salle", "Room name"),
    "date": ("Date", "Date"),
    "time": ("Heure locale (début)", "Local time (start)"),
    "examiner": ("Session surveillée par :", "Session invigilated by:"),
    "signature": ("Signature des surveillant(s) :", "Invigilator signature(s):"),
    "participants": ("Participants", "Participants"),
    "list_title": ("Liste des candidats", "Candidate list"),
}


def session_label(key: str, lang: str = "fr") -> str:
    fr, en = SESSION_BLOCK[key]
    return en if lang == "en" else fr


# The 2021 attendance-sheet layout printed in seed 004 (template v1.1 to v1.3).
LEGACY_2021_COLUMNS: tuple[Column, ...] = (
    Column("last_name", "Nom de naissance", "Birth name", ("NOM",)),
    Column("first_name", "Prénom", "First name"),
    Column("birthdate", "Date de naissance (format : jj/mm/aaaa)", "Date of birth", ("Date de naissance",)),
    Column("birth_city", "Commune de naissance", "Birth city"),
    Column("birth_department", "Code du département de naissance", "Birth department code"),
    Column("birth_country", "Pays de naissance", "Birth country"),
    Column("email", "Adresse e-mail de convocation", "Convocation e-mail"),
    Column("external_id", "Identifiant local", "Local ID"),
    Column("extra_time_percentage", "Temps majoré ?", "Extra time?"),
)
