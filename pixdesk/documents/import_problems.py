"""How import problems are reported: the whole file refused, or one line of it ("Ligne 14 : Code postal : …")."""

from __future__ import annotations

from pixdesk import language
from pixdesk.models.errors import DomainError, Problem
from pixdesk.models.messages import message

# Short column names for line messages; the sheet's own headers are longer ("* Date de naissance (format : …)").
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "last_name": ("Nom de naissance", "Birth name"),
    "first_name": ("Prénom", "First name"),
    "sex": ("Sexe", "Sex"),
    "birthdate": ("Date de naissance", "Date of birth"),
    "birth_country": ("Pays de naissance", "Birth country"),
    "birth_insee_code": ("Code INSEE", "INSEE code"),
    "birth_postal_code": ("Code postal", "Postcode"),
    "birth_city": ("Commune de naissance", "Birth city"),
    "birth_department": ("Code du département de naissance", "Birth department code"),
    "email": ("E-mail de convocation", "Convocation e-mail"),
    "result_recipient_email": ("E-mail du destinataire des résultats", "Results recipient e-mail"),
    "external_id": ("Identifiant local", "Local ID"),
    "extra_time_percentage": ("Temps majoré", "Extra time"),
    "billing_mode": ("Tarification part Pix", "Pix billing"),
    "prepayment_code": ("Code de prépaiement", "Prepayment code"),
    "complementary_certification": ("Certification complémentaire", "Complementary certification"),
    "session_id": ("Numéro de session préexistante", "Existing session number"),
    "site": ("Nom du site", "Site name"),
    "room": ("Nom de la salle", "Room name"),
    "date": ("Date de début", "Start date"),
    "time": ("Heure de début", "Start time"),
    "examiner": ("Surveillant(s)", "Invigilator(s)"),
    "description": ("Observations", "Observations"),
}


def field_label(field: str | None, lang: str | None = None) -> str | None:
    labels = FIELD_LABELS.get(field or "")
    if labels is None:
        return None
    return labels[1] if (lang or language.current()) == "en" else labels[0]


class LineProblem(Problem):
    """A problem on one spreadsheet line; `params["line"]` is the line number the user sees in their sheet."""

    @property
    def line(self) -> int:
        return int(self.params["line"])

    def message(self, lang: str | None = None) -> str:
        detail = message(self.code, lang, **self.params)
        if "same_as_line" in self.params:
            detail += message("IMPORT_SAME_AS_LINE", lang, line=self.params["same_as_line"])
        label = field_label(self.field, lang)
        if label:
            return message("IMPORT_LINE_FIELD", lang, line=self.line, field=label, detail=detail)
        return message("IMPORT_LINE", lang, line=self.line, detail=detail)

    def as_json(self) -> dict:
        return {"line": self.line, "field": self.field, "code": self.code, "message": self.message()}


def line_problem(line: int, problem: Problem) -> LineProblem:
    return LineProblem(problem.code, problem.field, {**problem.params, "line": line})


class FileRefused(DomainError):
    """The whole file cannot be imported (unreadable, hostile, unknown layout): nothing was read into the store."""


def refuse(code: str, **params: object) -> FileRefused:
    return FileRefused(Problem(code, "file", params))


class ImportCancelled(Exception):
    """The user cancelled: nothing was changed."""
