"""Messages of the room's refusals (context "messages"; French source, other languages from the catalogue)."""

from __future__ import annotations

from pixdesk.texts import QT_TRANSLATE_NOOP

ROOM_MESSAGES: dict[str, str] = {
    "CANDIDATE_NOT_IN_SESSION": QT_TRANSLATE_NOOP(
        "messages", "Le candidat {id} n'est pas inscrit à la session {session_id}."),
    "CANDIDATE_ID_NOT_VALID": QT_TRANSLATE_NOOP("messages", "Numéro de candidat invalide « {value} »."),
    "ROOM_ACTION_NOT_ALLOWED": QT_TRANSLATE_NOOP(
        "messages", "{name} : impossible de {action}, le candidat est « {state} »."),
    "ROOM_ALREADY_AWAITING_RESUME": QT_TRANSLATE_NOOP(
        "messages", "{name} attend déjà la reprise : autorisez-la."),
    "ROOM_NOTHING_TO_UNDO": QT_TRANSLATE_NOOP("messages", "{name} : aucune action à annuler."),
    "ROOM_ABORT_REASON_REQUIRED": QT_TRANSLATE_NOOP(
        "messages", "Précisez la raison de l'abandon : candidate (abandon du candidat) ou technical (problème "
                    "technique)."),
    "ROOM_ABORT_REASON_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Raison d'abandon inconnue « {value} » : candidate ou technical."),
    "ROOM_REASON_NOT_EXPECTED": QT_TRANSLATE_NOOP(
        "messages", "Une raison ne se donne qu'avec abandon."),
    "ROOM_TIME_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Heure invalide « {value} » : attendu HH:MM, par ex. 10:05."),
    "ROOM_TIME_IN_FUTURE": QT_TRANSLATE_NOOP(
        "messages", "L'heure {value} n'est pas encore passée (il est {now})."),
    "ROOM_TIME_TOO_OLD": QT_TRANSLATE_NOOP(
        "messages", "L'heure {value} est passée depuis plus de {hours} heures : saisissez une heure de la session."),
    "ROOM_NO_CANDIDATE": QT_TRANSLATE_NOOP(
        "messages", "Aucun candidat concerné : la salle n'a aucun candidat présent ou en cours."),
    "ROOM_TEST_LENGTH_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Durée du test invalide « {value} » : un nombre de minutes entre {min} et {max}."),
    "INCIDENT_CODE_UNKNOWN": QT_TRANSLATE_NOOP(
        "messages", "Code de signalement inconnu « {value} » (par ex. C1, E3, A2)."),
    "INCIDENT_NOT_FOUND": QT_TRANSLATE_NOOP(
        "messages", "Aucun signalement « {value} » dans la session {session_id}."),
    "INCIDENT_ID_AMBIGUOUS": QT_TRANSLATE_NOOP(
        "messages", "« {value} » désigne plusieurs signalements : donnez plus de caractères de l'identifiant."),
    "INCIDENT_QUESTION_NUMBER_REQUIRED": QT_TRANSLATE_NOOP(
        "messages", "Le code {incident_code} demande le numéro de la question (de 1 à 500)."),
    "INCIDENT_QUESTION_NUMBER_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Numéro de question invalide « {value} » : de 1 à {max}."),
    "INCIDENT_QUESTION_NUMBER_NOT_EXPECTED": QT_TRANSLATE_NOOP(
        "messages", "Le code {incident_code} ne porte pas sur une question : pas de numéro de question."),
    "INCIDENT_DESCRIPTION_REQUIRED": QT_TRANSLATE_NOOP("messages", "Le code {incident_code} demande une description."),
    "INCIDENT_DESCRIPTION_TOO_LONG": QT_TRANSLATE_NOOP(
        "messages", "La description dépasse {max} caractères ({length})."),
    "INCIDENT_EXIT_TIME_REQUIRED": QT_TRANSLATE_NOOP(
        "messages", "Le code {incident_code} demande l'heure de sortie du candidat (HH:MM)."),
    "INCIDENT_EXIT_TIME_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Heure de sortie invalide « {value} » : attendu HH:MM."),
    "INCIDENT_EXIT_TIME_NOT_EXPECTED": QT_TRANSLATE_NOOP(
        "messages", "Seul le code C3 prend une heure de sortie (pas {incident_code})."),
    "INCIDENT_GRID_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Grille de signalements inconnue « {value} » : pv (PV d'incident imprimé) ou pix (grille "
                    "actuelle de Pix)."),
    "JOURNAL_BROKEN": QT_TRANSLATE_NOOP(
        "messages", "Le journal de la session {session_id} a été modifié : l'événement n° {sequence} ({event}) "
                    "ne correspond plus à son empreinte."),
}
