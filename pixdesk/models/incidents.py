"""The incident codes an invigilator picks, in two grids, each code with the platform category it is sent as.

- The printed PV d'incident's grid (seed 004 legend: C1–C6, E1–E7, A1–A2): what invigilators have on paper, and
  PixDesk's default.
- Pix's current grid (C1, C2, C4, C6, C7, C8, E1–E5, E8–E12; reference section 5, `certif/app/models/
  certification-issue-report.js`): a centre setting, for centres that work from the platform's own list.

Each code carries the platform's category and subcategory (for the printed grid, the ones the platform used when
that grid was current, some of them now deprecated), and what it needs: a question number (1–500, the API's
range), a description (at most 500 characters, the front end's cap) or, for C3, the time the candidate left.
`current_equivalent` is the code of the current grid a printed-grid code is best sent as, since the platform now
refuses the deprecated categories; the finalisation step shows it and lets the manager change it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pixdesk.texts import QT_TRANSLATE_NOOP, translate

PV_GRID = "pv"
PIX_GRID = "pix"
GRIDS = (PV_GRID, PIX_GRID)
DEFAULT_GRID = PV_GRID

CANDIDATE_GROUP = "candidate"
QUESTION_GROUP = "question"
OTHER_GROUP = "other"
GROUP_TITLES = {
    CANDIDATE_GROUP: QT_TRANSLATE_NOOP("incidents", "Signalements liés au candidat"),
    QUESTION_GROUP: QT_TRANSLATE_NOOP("incidents",
                                      "Signalements sur une épreuve - précisez le numéro de l'épreuve"),
    OTHER_GROUP: QT_TRANSLATE_NOOP("incidents", "Autres signalements"),
}
_GRID_NAMES = {
    PV_GRID: QT_TRANSLATE_NOOP("incidents", "Grille du PV d'incident imprimé"),
    PIX_GRID: QT_TRANSLATE_NOOP("incidents", "Grille actuelle de Pix"),
}
LEGEND_NOTES = (
    QT_TRANSLATE_NOOP("incidents", "Si le candidat a quitté temporairement, sous surveillance, la salle d'examen ou "
                                   "est arrivé en retard, il n'est pas nécessaire de l'indiquer"),
    QT_TRANSLATE_NOOP("incidents", "Si le candidat a rencontré des difficultés pour se connecter à la session ou a "
                                   "dû se reconnecter à la session, il n'est pas nécessaire de l'indiquer"),
)

MAX_QUESTION_NUMBER = 500
MAX_DESCRIPTION_LENGTH = 500
MAX_GLOBAL_COMMENT_LENGTH = 500


@dataclass(frozen=True)
class IncidentCode:
    code: str
    grid: str
    group: str
    label_source: str  # French; translated with context "incidents"
    details_source: str
    category: str
    subcategory: str | None
    needs_question_number: bool = False
    needs_description: bool = False
    needs_exit_time: bool = False
    current_equivalent: str | None = None  # printed-grid codes only: the current-grid code to send it as

    def label(self, lang: str | None = None) -> str:
        return translate("incidents", self.label_source, lang)

    def details(self, lang: str | None = None) -> str:
        return translate("incidents", self.details_source, lang) if self.details_source else ""


def _code(code: str, grid: str, group: str, label: str, details: str, category: str, subcategory: str | None, *,
          question: bool = False, description: bool = False, exit_time: bool = False,
          current: str | None = None) -> IncidentCode:
    return IncidentCode(code, grid, group, label, details, category, subcategory, question, description, exit_time,
                        current)


_NOTE = QT_TRANSLATE_NOOP("incidents", "Précisez")
_DESCRIBE = QT_TRANSLATE_NOOP("incidents", "Décrivez l'incident")

PV_CODES: tuple[IncidentCode, ...] = (
    _code("C1", PV_GRID, CANDIDATE_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Modification des prénom/nom/date de naissance"),
          QT_TRANSLATE_NOOP("incidents", "Précisez l'information à modifier"), "CANDIDATE_INFORMATIONS_CHANGES",
          "NAME_OR_BIRTHDATE", description=True, current="C1"),
    _code("C2", PV_GRID, CANDIDATE_GROUP, QT_TRANSLATE_NOOP("incidents", "Ajout/modification du temps majoré"),
          QT_TRANSLATE_NOOP("incidents", "Précisez le temps majoré"), "CANDIDATE_INFORMATIONS_CHANGES",
          "EXTRA_TIME_PERCENTAGE", description=True, current="C2"),
    _code("C3", PV_GRID, CANDIDATE_GROUP, QT_TRANSLATE_NOOP("incidents", "Écran de fin de test non vu"),
          QT_TRANSLATE_NOOP("incidents", "Précisez et indiquez l'heure de sortie"), "LATE_OR_LEAVING",
          "LEFT_EXAM_ROOM", description=True, exit_time=True, current="C8"),
    _code("C4", PV_GRID, CANDIDATE_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne"),
          _NOTE, "SIGNATURE_ISSUE", None, description=True, current="C4"),
    _code("C5", PV_GRID, CANDIDATE_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le candidat n'a pas pu terminer, faute de temps"), "",
          "CONNECTION_OR_END_SCREEN", None, current="C8"),
    _code("C6", PV_GRID, CANDIDATE_GROUP, QT_TRANSLATE_NOOP("incidents", "Suspicion de fraude"),
          QT_TRANSLATE_NOOP("incidents", "PV de fraude"), "FRAUD", None, current="C6"),
    _code("E1", PV_GRID, QUESTION_GROUP, QT_TRANSLATE_NOOP("incidents", "L'image ne s'affiche pas"), "",
          "IN_CHALLENGE", "IMAGE_NOT_DISPLAYING", question=True, current="E1"),
    _code("E2", PV_GRID, QUESTION_GROUP, QT_TRANSLATE_NOOP("incidents", "Le simulateur/l'application ne s'affiche pas"),
          "", "IN_CHALLENGE", "EMBED_NOT_WORKING", question=True, current="E2"),
    _code("E3", PV_GRID, QUESTION_GROUP, QT_TRANSLATE_NOOP("incidents", "Le fichier à télécharger ne s'ouvre pas"), "",
          "IN_CHALLENGE", "FILE_NOT_OPENING", question=True, current="E3"),
    _code("E4", PV_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le site à visiter est indisponible/en maintenance/inaccessible"), "",
          "IN_CHALLENGE", "WEBSITE_UNAVAILABLE", question=True, current="E4"),
    _code("E5", PV_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le site est bloqué par les restrictions réseau de l'établissement"), "",
          "IN_CHALLENGE", "WEBSITE_BLOCKED", question=True, current="E5"),
    _code("E6", PV_GRID, QUESTION_GROUP, QT_TRANSLATE_NOOP("incidents", "Le lien ne fonctionne pas"), "",
          "IN_CHALLENGE", "LINK_NOT_WORKING", question=True, current="E4"),
    _code("E7", PV_GRID, QUESTION_GROUP, QT_TRANSLATE_NOOP("incidents", "Autre incident lié à une question"), _NOTE,
          "IN_CHALLENGE", "OTHER", question=True, description=True, current="C7"),
    _code("A1", PV_GRID, OTHER_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Problème technique (ex : l'ordinateur s'est éteint, lenteur significative "
                                         "du réseau et/ou de l'appareil, etc...)"),
          _DESCRIBE, "TECHNICAL_PROBLEM", None, description=True, current="C7"),
    _code("A2", PV_GRID, OTHER_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Autre (si aucune des catégories ci-dessus ne correspond au signalement)"),
          _DESCRIBE, "OTHER", None, description=True, current="C8"),
)

PIX_CODES: tuple[IncidentCode, ...] = (
    _code("C1", PIX_GRID, CANDIDATE_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Modification des prénom/nom/date de naissance"),
          QT_TRANSLATE_NOOP("incidents", "Renseignez les informations correctes"), "CANDIDATE_INFORMATIONS_CHANGES",
          "NAME_OR_BIRTHDATE", description=True),
    _code("C2", PIX_GRID, CANDIDATE_GROUP, QT_TRANSLATE_NOOP("incidents", "Ajout/modification du temps majoré"),
          QT_TRANSLATE_NOOP("incidents", "Précisez le temps majoré"), "CANDIDATE_INFORMATIONS_CHANGES",
          "EXTRA_TIME_PERCENTAGE", description=True),
    _code("C4", PIX_GRID, CANDIDATE_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne"),
          _NOTE, "SIGNATURE_ISSUE", None, description=True),
    _code("C6", PIX_GRID, CANDIDATE_GROUP, QT_TRANSLATE_NOOP("incidents", "Suspicion de fraude"), "", "FRAUD", None),
    _code("C7", PIX_GRID, CANDIDATE_GROUP, QT_TRANSLATE_NOOP("incidents", "Incident technique non bloquant"),
          _DESCRIBE, "NON_BLOCKING_TECHNICAL_ISSUE", None, description=True),
    _code("C8", PIX_GRID, CANDIDATE_GROUP, QT_TRANSLATE_NOOP("incidents", "Incident lié au candidat non bloquant"),
          _DESCRIBE, "NON_BLOCKING_CANDIDATE_ISSUE", None, description=True),
    _code("E1", PIX_GRID, QUESTION_GROUP, QT_TRANSLATE_NOOP("incidents", "L'image ne s'affiche pas"), "",
          "IN_CHALLENGE", "IMAGE_NOT_DISPLAYING", question=True),
    _code("E2", PIX_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le simulateur/l'application ne s'affiche pas"),
          "", "IN_CHALLENGE", "EMBED_NOT_WORKING", question=True),
    _code("E3", PIX_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le fichier à télécharger ne se télécharge pas ou ne s'ouvre pas"), "",
          "IN_CHALLENGE", "FILE_NOT_OPENING", question=True),
    _code("E4", PIX_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le site à visiter est indisponible/en maintenance/inaccessible"), "",
          "IN_CHALLENGE", "WEBSITE_UNAVAILABLE", question=True),
    _code("E5", PIX_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le site est bloqué par les restrictions réseau de l'établissement (réseaux "
                                         "sociaux par ex.)"), "",
          "IN_CHALLENGE", "WEBSITE_BLOCKED", question=True),
    _code("E8", PIX_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le candidat bénéficie d'un temps majoré et n'a pas pu répondre à la "
                                         "question dans le temps imparti"), "",
          "IN_CHALLENGE", "EXTRA_TIME_EXCEEDED", question=True),
    _code("E9", PIX_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le logiciel installé sur l'ordinateur n'a pas fonctionné"), "",
          "IN_CHALLENGE", "SOFTWARE_NOT_WORKING", question=True),
    _code("E10", PIX_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Le candidat a été contraint de cliquer en dehors du cadre autorisé pour une "
                                         "question en mode focus"), "",
          "IN_CHALLENGE", "UNINTENTIONAL_FOCUS_OUT", question=True),
    _code("E11", PIX_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Une page «Oups une erreur est survenue» ou tout autre problème technique lié "
                                         "à la plateforme a empêché le candidat de répondre à la question"), "",
          "IN_CHALLENGE", "SKIP_ON_OOPS", question=True),
    _code("E12", PIX_GRID, QUESTION_GROUP,
          QT_TRANSLATE_NOOP("incidents", "Problème avec l’accessibilité de la question (ex : daltonisme)"), "",
          "IN_CHALLENGE", "ACCESSIBILITY_ISSUE", question=True),
)

GRID_CODES: dict[str, tuple[IncidentCode, ...]] = {PV_GRID: PV_CODES, PIX_GRID: PIX_CODES}
_BY_GRID = {grid: {c.code: c for c in codes} for grid, codes in GRID_CODES.items()}
# The printed grid's codes by code, as the blank PV d'incident's legend prints them.
INCIDENT_CODES = PV_CODES
BY_CODE = _BY_GRID[PV_GRID]
_CODE_SHAPE = re.compile(r"^\s*([A-Za-z])\s*-?\s*(\d{1,2})\s*$")


def normalise_code(text: str) -> str | None:
    """"e3", "E 3", "e-03" -> "E3"; None when it is not shaped like a code."""
    match = _CODE_SHAPE.match(text or "")
    if not match:
        return None
    return f"{match.group(1).upper()}{int(match.group(2))}"


def find_code(code: str, grid: str) -> IncidentCode | None:
    """The code in the chosen grid first, then in the other: a code Pix accepts is never refused because the
    centre works from the printed grid, and a printed-grid code (C3, A1…) is understood under the current one."""
    key = normalise_code(code)
    if key is None:
        return None
    for candidate_grid in (grid, *(g for g in GRIDS if g != grid)):
        found = _BY_GRID.get(candidate_grid, {}).get(key)
        if found is not None:
            return found
    return None


def get_code(code: str, grid: str) -> IncidentCode:
    """A code known to be in that grid (an incident stored earlier)."""
    return _BY_GRID[grid][code]


def codes_in_group(group: str, grid: str = PV_GRID) -> list[IncidentCode]:
    return [c for c in GRID_CODES[grid] if c.group == group]


def groups_of(grid: str) -> list[str]:
    return [g for g in (CANDIDATE_GROUP, QUESTION_GROUP, OTHER_GROUP) if codes_in_group(g, grid)]


def group_title(group: str, lang: str | None = None) -> str:
    return translate("incidents", GROUP_TITLES[group], lang)


def grid_name(grid: str, lang: str | None = None) -> str:
    return translate("incidents", _GRID_NAMES[grid], lang)


def legend_notes(lang: str | None = None) -> list[str]:
    return [translate("incidents", note, lang) for note in LEGEND_NOTES]


def current_equivalent(code: IncidentCode) -> IncidentCode:
    """The current-grid code an incident is sent as (itself when it is already a current code)."""
    if code.grid == PIX_GRID:
        return code
    return _BY_GRID[PIX_GRID][code.current_equivalent or code.code]
