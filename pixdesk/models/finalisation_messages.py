"""Messages of the finalisation's own refusals (context "messages"; French source, other languages from the
catalogue). The platform's finalisation and issue-report codes are in messages.py, shared with the server."""

from __future__ import annotations

from pixdesk.texts import QT_TRANSLATE_NOOP

FINALISATION_MESSAGES: dict[str, str] = {
    "FINALISATION_INCIDENT_INCOMPLETE": QT_TRANSLATE_NOOP(
        "messages", "{name} : le signalement {incident_code} est incomplet ({missing}) ; complétez-le avant de "
                    "finaliser."),
    "FINALISATION_CANDIDATE_NOT_STARTED": QT_TRANSLATE_NOOP(
        "messages", "Le candidat {id} n'a pas commencé son test d'après le journal : il n'a pas de ligne à "
                    "finaliser."),
    "FINALISATION_OPTION_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "« {value} » : attendu {expected}."),
    "FINALISATION_NOT_FOUND": QT_TRANSLATE_NOOP("messages", "La session {id} n'a pas encore été finalisée."),
    "DOCUMENT_NOT_FOUND": QT_TRANSLATE_NOOP("messages", "Fichier introuvable ou illisible : {name}."),
    "DOCUMENT_EMPTY": QT_TRANSLATE_NOOP("messages", "Le fichier {name} est vide."),
    "DOCUMENT_TOO_LARGE": QT_TRANSLATE_NOOP(
        "messages", "Le fichier {name} fait {size} Mo : {max} Mo au plus par document."),
    "DOCUMENT_TYPE_NOT_ACCEPTED": QT_TRANSLATE_NOOP(
        "messages", "Le fichier {name} n'est ni un PDF, ni une image PNG ou JPEG (d'après son contenu, pas son "
                    "nom)."),
    "DOCUMENT_DAMAGED": QT_TRANSLATE_NOOP(
        "messages", "Le fichier {name} est endommagé : il ne s'ouvre pas comme un fichier {type}."),
    "DOCUMENT_ALREADY_ATTACHED": QT_TRANSLATE_NOOP(
        "messages", "Le fichier {name} est déjà joint à cette session (même contenu que « {existing} »)."),
    "DOCUMENT_KIND_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Type de document inconnu « {value} » : {choices}."),
    "DOCUMENT_NOT_IN_SESSION": QT_TRANSLATE_NOOP("messages", "Aucun document {id} dans la session {session_id}."),
}
