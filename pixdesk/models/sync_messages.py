"""Messages of the sync and of the room-kit files (context "messages"; French source, other languages from the
catalogue)."""

from __future__ import annotations

from pixdesk.texts import QT_TRANSLATE_NOOP

SYNC_MESSAGES: dict[str, str] = {
    "FILE_NOT_READABLE": QT_TRANSLATE_NOOP("messages", "{path} : fichier illisible ({reason})."),
    "FILE_NOT_WRITABLE": QT_TRANSLATE_NOOP("messages", "{path} : impossible d'écrire le fichier ({reason})."),
    "ROOM_FILE_NOT_RECOGNISED": QT_TRANSLATE_NOOP(
        "messages", "{path} : ce n'est pas un {kind} PixDesk."),
    "ROOM_FILE_TAMPERED": QT_TRANSLATE_NOOP(
        "messages", "{path} : fichier refusé, il a été modifié ou abîmé depuis son export (somme de contrôle "
                    "différente)."),
    "ROOM_FILE_TOO_NEW": QT_TRANSLATE_NOOP(
        "messages", "{path} : fichier écrit par une version plus récente de PixDesk (format {version})."),
    "ROOM_KIT_CODE_TAKEN": QT_TRANSLATE_NOOP(
        "messages", "Le code d'accès {access_code} du kit est déjà celui de la session {id} de ce poste."),
    "JOURNAL_SESSION_UNKNOWN": QT_TRANSLATE_NOOP(
        "messages", "{path} : ce journal est celui d'une session absente de ce poste (code d'accès "
                    "{access_code}) : importez d'abord son kit de salle."),
    "JOURNAL_CHAIN_BROKEN": QT_TRANSLATE_NOOP(
        "messages", "{path} : journal refusé, l'événement n° {sequence} ne correspond plus à son empreinte."),
    "SYNC_NOT_SIGNED_IN": QT_TRANSLATE_NOOP(
        "messages", "Aucun serveur : connectez-vous d'abord (pixdesk login --server URL --email E-MAIL)."),
    "SYNC_SERVER_URL_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Adresse de serveur refusée « {value} » : https://… (http:// seulement vers cet ordinateur, "
                    "localhost)."),
    "SYNC_PASSWORD_REQUIRED": QT_TRANSLATE_NOOP(
        "messages", "Mot de passe requis : aucun trousseau du système n'est disponible pour retenir la connexion "
                    "(indiquez-le, ou PIXDESK_PASSWORD)."),
    "SYNC_SIGN_IN_AGAIN": QT_TRANSLATE_NOOP(
        "messages", "Reconnectez-vous au serveur (connexion expirée ou mot de passe changé) : {detail}"),
    "SYNC_ACCESS_REVOKED": QT_TRANSLATE_NOOP(
        "messages", "Ce compte n'a plus accès au centre {centre} sur ce serveur ({detail})."),
    "SYNC_NO_CENTRE": QT_TRANSLATE_NOOP(
        "messages", "Ce compte n'est membre d'aucun centre de certification sur ce serveur."),
    "SYNC_REFUSED": QT_TRANSLATE_NOOP(
        "messages", "{count} modification(s) refusée(s) par le serveur (historique de synchronisation) : {message}"),
    "SYNC_SERVER_UNREACHABLE": QT_TRANSLATE_NOOP(
        "messages", "Serveur injoignable ({detail}) : les modifications restent en attente sur ce poste."),
}
