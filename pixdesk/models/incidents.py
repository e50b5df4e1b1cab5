"""The incident codes invigilators write on the PV d'incident (seed 004 legend), with the platform categories
each one is sent as (reference section 5, legacy codes)."""

from __future__ import annotations

from dataclasses import dataclass

from pixdesk.texts import QT_TRANSLATE_NOOP, translate

CANDIDATE_GROUP = "candidate"
QUESTION_GROUP = "question"
OTHER_GROUP = "other"
GROUP_TITLES = {
    CANDIDATE_GROUP: QT_TRANSLATE_NOOP("incidents", "Signalements liés au candidat"),
    QUESTION_GROUP: QT_TRANSLATE_NOOP("incidents", "Signalements sur une épreuve - précisez le numéro de l'épreuve"),
    OTHER_GROUP: QT_TRANSLATE_NOOP("incidents", "Autres signalements"),
}
LEGEND_NOTES = (
    QT_TRANSLATE_NOOP(
        "incidents",
        "Si le candidat a quitté temporairement, sous surveillance, la salle d'examen ou est arrivé en retard, "
        "il n'est pas nécessaire de l'indiquer"),
    QT_TRANSLATE_NOOP(
        "incidents",
        "Si le candidat a rencontré des difficultés pour se connecter à la session ou a dû se reconnecter à la "
        "session, il n'est pas nécessaire de l'indiquer"),
)


@dataclass(frozen=True)
class IncidentCode:
    code: str
    group: str
    # French source texts; label() and details() give them in the user's language.
    title: str
    hint: str
    category: str
    subcategory: str | None
    needs_question_number: bool = False
    needs_description: bool = False

    def label(self, lang: str | None = None) -> str:
        return translate("incidents", self.title, lang)

    def details(self, lang: str | None = None) -> str:
        return translate("incidents", self.hint, lang) if self.hint else ""


INCIDENT_CODES: tuple[IncidentCode, ...] = (
    IncidentCode("C1", CANDIDATE_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Modification des prénom/nom/date de naissance"),
                 QT_TRANSLATE_NOOP("incidents", "Précisez l'information à modifier"),
                 "CANDIDATE_INFORMATIONS_CHANGES", "NAME_OR_BIRTHDATE", needs_description=True),
    IncidentCode("C2", CANDIDATE_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Ajout/modification du temps majoré"),
                 QT_TRANSLATE_NOOP("incidents", "Précisez le temps majoré"),
                 "CANDIDATE_INFORMATIONS_CHANGES", "EXTRA_TIME_PERCENTAGE", needs_description=True),
    IncidentCode("C3", CANDIDATE_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Écran de fin de test non vu"),
                 QT_TRANSLATE_NOOP("incidents", "Précisez et indiquez l'heure de sortie"),
                 "LATE_OR_LEAVING", "LEFT_EXAM_ROOM", needs_description=True),
    IncidentCode("C4", CANDIDATE_GROUP,
                 QT_TRANSLATE_NOOP(
                                  "incidents",
                                  "Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne"),
                 QT_TRANSLATE_NOOP("incidents", "Précisez"),
                 "SIGNATURE_ISSUE", None, needs_description=True),
    IncidentCode("C5", CANDIDATE_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Le candidat n'a pas pu terminer, faute de temps"),
                 "",
                 "CONNECTION_OR_END_SCREEN", None),
    IncidentCode("C6", CANDIDATE_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Suspicion de fraude"),
                 QT_TRANSLATE_NOOP("incidents", "PV de fraude"),
                 "FRAUD", None),
    IncidentCode("E1", QUESTION_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "L'image ne s'affiche pas"),
                 "",
                 "IN_CHALLENGE", "IMAGE_NOT_DISPLAYING", needs_question_number=True),
    IncidentCode("E2", QUESTION_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Le simulateur/l'application ne s'affiche pas"),
                 "",
                 "IN_CHALLENGE", "EMBED_NOT_WORKING", needs_question_number=True),
    IncidentCode("E3", QUESTION_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Le fichier à télécharger ne s'ouvre pas"),
                 "",
                 "IN_CHALLENGE", "FILE_NOT_OPENING", needs_question_number=True),
    IncidentCode("E4", QUESTION_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Le site à visiter est indisponible/en maintenance/inaccessible"),
                 "",
                 "IN_CHALLENGE", "WEBSITE_UNAVAILABLE", needs_question_number=True),
    IncidentCode("E5", QUESTION_GROUP,
                 QT_TRANSLATE_NOOP("incidents",
                                   "Le site est bloqué par les restrictions réseau de l'établissement"),
                 "",
                 "IN_CHALLENGE", "WEBSITE_BLOCKED", needs_question_number=True),
    IncidentCode("E6", QUESTION_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Le lien ne fonctionne pas"),
                 "",
                 "IN_CHALLENGE", "LINK_NOT_WORKING", needs_question_number=True),
    IncidentCode("E7", QUESTION_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Autre incident lié à une question"),
                 QT_TRANSLATE_NOOP("incidents", "Précisez"),
                 "IN_CHALLENGE", "OTHER", needs_question_number=True, needs_description=True),
    IncidentCode("A1", OTHER_GROUP,
                 QT_TRANSLATE_NOOP("incidents", "Problème technique (ex : l'ordinateur s'est éteint, lenteur "
                                                "significative du réseau et/ou de l'appareil, etc...)"),
                 QT_TRANSLATE_NOOP("incidents", "Décrivez l'incident"),
                 "TECHNICAL_PROBLEM", None, needs_description=True),
    IncidentCode("A2", OTHER_GROUP,
                 QT_TRANSLATE_NOOP("incidents",
                                   "Autre (si aucune des catégories ci-dessus ne correspond au signalement)"),
                 QT_TRANSLATE_NOOP("incidents", "Décrivez l'incident"),
                 "OTHER", None, needs_description=True),
)
BY_CODE = {c.code: c for c in INCIDENT_CODES}
MAX_QUESTION_NUMBER = 500
MAX_DESCRIPTION_LENGTH = 500
MAX_GLOBAL_COMMENT_LENGTH = 500


def codes_in_group(group: str) -> list[IncidentCode]:
    return [c for c in INCIDENT_CODES if c.group == group]


def group_title(group: str, lang: str | None = None) -> str:
    return translate("incidents", GROUP_TITLES[group], lang)


def legend_notes(lang: str | None = None) -> list[str]:
    return [translate("incidents", note, lang) for note in LEGEND_NOTES]
