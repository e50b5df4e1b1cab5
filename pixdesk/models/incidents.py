"""The incident codes invigilators write on the PV d'incident (seed 004 legend), with the platform categories
each one is sent as (reference section 5, legacy codes)."""

from __future__ import annotations

from dataclasses import dataclass

CANDIDATE_GROUP = "candidate"
QUESTION_GROUP = "question"
OTHER_GROUP = "other"
GROUP_TITLES = {
    CANDIDATE_GROUP: ("Signalements liés au candidat", "Candidate-related reports"),
    QUESTION_GROUP: ("Signalements sur une épreuve - précisez le numéro de l'épreuve",
                     "Reports about a question - give the question number"),
    OTHER_GROUP: ("Autres signalements", "Other reports"),
}
LEGEND_NOTES = (
    ("Si le candidat a quitté temporairement, sous surveillance, la salle d'examen ou est arrivé en retard, "
     "il n'est pas nécessaire de l'indiquer",
     "If the candidate left the exam room temporarily, under supervision, or arrived late, there is no need to "
     "report it"),
    ("Si le candidat a rencontré des difficultés pour se connecter à la session ou a dû se reconnecter à la "
     "session, il n'est pas nécessaire de l'indiquer",
     "If the candidate had trouble joining the session or had to join it again, there is no need to report it"),
)


@dataclass(frozen=True)
class IncidentCode:
    code: str
    group: str
    label_fr: str
    label_en: str
    details_fr: str
    details_en: str
    category: str
    subcategory: str | None
    needs_question_number: bool = False
    needs_description: bool = False

    def label(self, lang: str = "fr") -> str:
        return self.label_en if lang == "en" else self.label_fr

    def details(self, lang: str = "fr") -> str:
        return self.details_en if lang == "en" else self.details_fr


INCIDENT_CODES: tuple[IncidentCode, ...] = (
    IncidentCode("C1", CANDIDATE_GROUP, "Modification des prénom/nom/date de naissance",
                 "Change of first name/last name/birth date", "Précisez l'information à modifier",
                 "Give the information to change", "CANDIDATE_INFORMATIONS_CHANGES", "NAME_OR_BIRTHDATE",
                 needs_description=True),
    IncidentCode("C2", CANDIDATE_GROUP, "Ajout/modification du temps majoré", "Extra time added or changed",
                 "Précisez le temps majoré", "Give the extra time", "CANDIDATE_INFORMATIONS_CHANGES",
                 "EXTRA_TIME_PERCENTAGE", needs_description=True),
    IncidentCode("C3", CANDIDATE_GROUP, "Écran de fin de test non vu", "End-of-test screen not seen",
                 "Précisez et indiquez l'heure de sortie", "Explain and give the time the candidate left",
                 "LATE_OR_LEAVING", "LEFT_EXAM_ROOM", needs_description=True),
    IncidentCode("C4", CANDIDATE_GROUP,
                 "Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne",
                 "Was present but forgot to sign, or signed on the wrong line", "Précisez", "Explain",
                 "SIGNATURE_ISSUE", None, needs_description=True),
    IncidentCode("C5", CANDIDATE_GROUP, "Le candidat n'a pas pu terminer, faute de temps",
                 "The candidate could not finish for lack of time", "", "", "CONNECTION_OR_END_SCREEN", None),
    IncidentCode("C6", CANDIDATE_GROUP, "Suspicion de fraude", "Suspected fraud", "PV de fraude",
                 "Fraud report", "FRAUD", None),
    IncidentCode("E1", QUESTION_GROUP, "L'image ne s'affiche pas", "The image does not display", "", "",
                 "IN_CHALLENGE", "IMAGE_NOT_DISPLAYING", needs_question_number=True),
    IncidentCode("E2", QUESTION_GROUP, "Le simulateur/l'application ne s'affiche pas",
                 "The simulator/application does not display", "", "", "IN_CHALLENGE", "EMBED_NOT_WORKING",
                 needs_question_number=True),
    IncidentCode("E3", QUESTION_GROUP, "Le fichier à télécharger ne s'ouvre pas",
                 "The file to download does not open", "", "", "IN_CHALLENGE", "FILE_NOT_OPENING",
                 needs_question_number=True),
    IncidentCode("E4", QUESTION_GROUP, "Le site à visiter est indisponible/en maintenance/inaccessible",
                 "The website to visit is unavailable/under maintenance/unreachable", "", "", "IN_CHALLENGE",
                 "WEBSITE_UNAVAILABLE", needs_question_number=True),
    IncidentCode("E5", QUESTION_GROUP, "Le site est bloqué par les restrictions réseau de l'établissement",
                 "The website is blocked by the centre's network restrictions", "", "", "IN_CHALLENGE",
                 "WEBSITE_BLOCKED", needs_question_number=True),
    IncidentCode("E6", QUESTION_GROUP, "Le lien ne fonctionne pas", "The link does not work", "", "",
                 "IN_CHALLENGE", "LINK_NOT_WORKING", needs_question_number=True),
    IncidentCode("E7", QUESTION_GROUP, "Autre incident lié à une question", "Other problem with a question",
                 "Précisez", "Explain", "IN_CHALLENGE", "OTHER", needs_question_number=True,
                 needs_description=True),
    IncidentCode("A1", OTHER_GROUP,
                 "Problème technique (ex : l'ordinateur s'est éteint, lenteur significative du réseau et/ou de "
                 "l'appareil, etc...)",
                 "Technical problem (e.g. the computer shut down, the network or device was very slow...)",
                 "Décrivez l'incident", "Describe the incident", "TECHNICAL_PROBLEM", None, needs_description=True),
    IncidentCode("A2", OTHER_GROUP, "Autre (si aucune des catégories ci-dessus ne correspond au signalement)",
                 "Other (if none of the categories above fits)", "Décrivez l'incident", "Describe the incident",
                 "OTHER", None, needs_description=True),
)
BY_CODE = {c.code: c for c in INCIDENT_CODES}
MAX_QUESTION_NUMBER = 500
MAX_DESCRIPTION_LENGTH = 500
MAX_GLOBAL_COMMENT_LENGTH = 500


def codes_in_group(group: str) -> list[IncidentCode]:
    return [c for c in INCIDENT_CODES if c.group == group]
