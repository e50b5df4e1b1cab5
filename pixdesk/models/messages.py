"""The texts of the platform's error codes, plus PixDesk's own, in French (the source language).

French texts are the platform's own wording where it has one (see the Pix Certif reference, sections 1-3); other
languages come from the translation catalogue (pixdesk.texts, context "messages").
"""

from __future__ import annotations

from pixdesk.models.finalisation_messages import FINALISATION_MESSAGES
from pixdesk.models.room_messages import ROOM_MESSAGES
from pixdesk.models.sync_messages import SYNC_MESSAGES
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

MESSAGES: dict[str, str] = {
    # Session (reference section 1)
    "SESSION_ADDRESS_REQUIRED": QT_TRANSLATE_NOOP("messages", "Veuillez indiquer un nom de site."),
    "SESSION_ROOM_REQUIRED": QT_TRANSLATE_NOOP("messages", "Veuillez indiquer un nom de salle."),
    "SESSION_DATE_REQUIRED": QT_TRANSLATE_NOOP("messages", "Veuillez indiquer une date de début."),
    "SESSION_DATE_NOT_VALID": QT_TRANSLATE_NOOP("messages", "Veuillez indiquer une date de début valide."),
    "SESSION_TIME_REQUIRED": QT_TRANSLATE_NOOP("messages", "Veuillez indiquer une heure de début."),
    "SESSION_TIME_NOT_VALID": QT_TRANSLATE_NOOP("messages", "Veuillez indiquer une heure de début valide."),
    "SESSION_EXAMINER_REQUIRED": QT_TRANSLATE_NOOP("messages", "Veuillez indiquer un(e) surveillant(e)."),
    "SESSION_SCHEDULED_IN_THE_PAST": QT_TRANSLATE_NOOP(
        "messages",
        "Une session ne peut pas être programmée dans le passé"),
    "SESSION_FIELD_TOO_LONG": QT_TRANSLATE_NOOP("messages", "Ce champ ne peut pas dépasser {max} caractères."),
    "SESSION_NOT_FOUND": QT_TRANSLATE_NOOP("messages", "La session {id} n'existe pas."),
    "SESSION_STARTED_DELETION_ERROR": QT_TRANSLATE_NOOP("messages", "La session a déjà commencé."),
    "SESSION_ALREADY_STARTED_ERROR": QT_TRANSLATE_NOOP(
        "messages",
        "Des certifications sont déjà démarrées dans cette session. Elle ne peut donc pas être modifiée."),
    "SESSION_ALREADY_FINALIZED": QT_TRANSLATE_NOOP("messages", "Cette session a déjà été finalisée."),
    "SESSION_WITH_DATE_AND_TIME_ALREADY_EXISTS": QT_TRANSLATE_NOOP(
        "messages",
        "Une session existe déjà sur ce site, dans cette salle, à cette date et à cette heure (session "
        "{id})."),
    "SESSION_ID_NOT_VALID": QT_TRANSLATE_NOOP("messages", "Numéro de session invalide : {value}"),
    "CENTRE_NAME_REQUIRED": QT_TRANSLATE_NOOP("messages", "Veuillez indiquer le nom du centre."),
    "CENTRE_TYPE_NOT_VALID": QT_TRANSLATE_NOOP("messages", "Type de centre inconnu : {value} (SCO, SUP ou PRO)"),
    # Candidate (reference section 2)
    "CANDIDATE_LAST_NAME_REQUIRED": QT_TRANSLATE_NOOP("messages", "Le nom de naissance est obligatoire."),
    "CANDIDATE_FIRST_NAME_REQUIRED": QT_TRANSLATE_NOOP("messages", "Le prénom est obligatoire."),
    "CANDIDATE_NAME_TOO_LONG": QT_TRANSLATE_NOOP("messages", "Ce champ ne peut pas dépasser {max} caractères."),
    "CANDIDATE_SEX_REQUIRED": QT_TRANSLATE_NOOP("messages", "Le sexe est obligatoire (M ou F)."),
    "CANDIDATE_SEX_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "Champ sexe format invalide, format accepté \"M\"/\"F\""),
    "CANDIDATE_BIRTHDATE_REQUIRED": QT_TRANSLATE_NOOP("messages", "La date de naissance est obligatoire."),
    "CANDIDATE_BIRTHDATE_FORMAT_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "Format de date invalide, champ \"Date de naissance\", format accepté JJ/MM/AAAA"),
    "CANDIDATE_BIRTHDATE_MUST_BE_GREATER": QT_TRANSLATE_NOOP(
        "messages",
        "Champ \"Date de naissance\" doit être supérieur à 01/01/1900"),
    "CANDIDATE_BIRTHDATE_IN_THE_FUTURE": QT_TRANSLATE_NOOP(
        "messages",
        "La date de naissance ne peut pas être dans le futur."),
    "CANDIDATE_EMAIL_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "L'adresse e-mail de convocation « {value} » n'est pas valide."),
    "CANDIDATE_RESULT_RECIPIENT_EMAIL_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "L'adresse e-mail du destinataire des résultats « {value} » n'est pas valide."),
    "CANDIDATE_EXTRA_TIME_INTEGER": QT_TRANSLATE_NOOP("messages", "Le temps majoré doit être un nombre entier."),
    "CANDIDATE_EXTRA_TIME_OUT_OF_RANGE": QT_TRANSLATE_NOOP("messages", "Le temps majoré doit être un pourcentage."),
    "CANDIDATE_BILLING_MODE_REQUIRED": QT_TRANSLATE_NOOP(
        "messages",
        "La tarification part Pix est obligatoire (Gratuite, Payante ou Prépayée)."),
    "CANDIDATE_BILLING_MODE_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "Format tarification part Pix invalide, formats acceptés \"Gratuite\", \"Payante\" ou \"Prépayée\""),
    "CANDIDATE_BILLING_MODE_MUST_BE_EMPTY": QT_TRANSLATE_NOOP(
        "messages",
        "La tarification part Pix doit rester vide pour ce centre."),
    "CANDIDATE_PREPAYMENT_CODE_REQUIRED": QT_TRANSLATE_NOOP(
        "messages",
        "Champ obligatoire \"Code de prépaiement\" manquant, doit être renseigné en cas de \"Tarification par "
        "Pix\" \"Prépayée\""),
    "CANDIDATE_PREPAYMENT_CODE_MUST_BE_EMPTY": QT_TRANSLATE_NOOP(
        "messages",
        "Le \"Code de prépaiement\" doit rester vide si la tarification part Pix n'est pas \"Prépayée\"."),
    "CANDIDATE_COMPLEMENTARY_CERTIFICATION_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "Certification complémentaire inconnue : {value}"),
    "CANDIDATE_BIRTH_INFORMATION_REQUIRED": QT_TRANSLATE_NOOP(
        "messages",
        "Renseigner les données de naissance du candidat"),
    "CANDIDATE_BIRTH_COUNTRY_REQUIRED": QT_TRANSLATE_NOOP("messages", "Le champ pays est obligatoire."),
    "CANDIDATE_BIRTH_COUNTRY_NOT_FOUND": QT_TRANSLATE_NOOP("messages", "Le pays \"{value}\" n'a pas été trouvé."),
    "CANDIDATE_FOREIGN_BIRTH_CITY_REQUIRED": QT_TRANSLATE_NOOP(
        "messages",
        "Candidat né à l'étranger, champ obligatoire nom de commune de naissance manquant"),
    "CANDIDATE_FOREIGN_POSTAL_CODE_MUST_BE_EMPTY": QT_TRANSLATE_NOOP(
        "messages",
        "Candidat né à l'étranger, le champ \"Code postal\" doit rester vide."),
    "CANDIDATE_FOREIGN_INSEE_CODE_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "La valeur du code INSEE doit être \"99\" pour un pays étranger."),
    "CANDIDATE_BIRTH_INSEE_CODE_OR_BIRTH_POSTAL_CODE_AND_BIRTH_CITY_REQUIRED": QT_TRANSLATE_NOOP(
        "messages",
        "Renseigner soit un code INSEE soit un code postal et un nom de commune de naissance"),
    "CANDIDATE_BIRTH_POSTAL_CODE_REQUIRED": QT_TRANSLATE_NOOP("messages", "Le code postal est obligatoire"),
    "CANDIDATE_BIRTH_CITY_REQUIRED": QT_TRANSLATE_NOOP("messages", "Le champ ville est obligatoire."),
    "CANDIDATE_BIRTH_INSEE_CODE_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "Le code INSEE \"{value}\" n'est pas valide."),
    "CANDIDATE_BIRTH_POSTAL_CODE_NOT_FOUND": QT_TRANSLATE_NOOP(
        "messages",
        "Le code postal \"{value}\" n'est pas valide."),
    "CANDIDATE_BIRTH_POSTAL_CODE_CITY_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "Le code postal \"{value}\" ne correspond pas à la ville \"{city}\""),
    # The platform's codes per path: the .ods import says DUPLICATE_CANDIDATE, adding one candidate
    # DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION, the session mass import warns DUPLICATE_CANDIDATE_IN_SESSION.
    "DUPLICATE_CANDIDATE": QT_TRANSLATE_NOOP("messages", "Candidat inscrit plusieurs fois à cette session"),
    "DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION": QT_TRANSLATE_NOOP(
        "messages",
        "Ce candidat est déjà dans la liste, vous ne pouvez pas l'ajouter à nouveau."),
    "DUPLICATE_CANDIDATE_IN_SESSION": QT_TRANSLATE_NOOP(
        "messages",
        "Candidat inscrit plusieurs fois à cette session : seule sa première ligne est gardée"),
    # Values accepted but changed or dropped, as the platform would: warnings, the import goes on.
    "CANDIDATE_EXTRA_TIME_ROUNDED": QT_TRANSLATE_NOOP(
        "messages",
        "Temps majoré {value} % arrondi à {rounded} % : la plateforme l'enregistre au pour cent près"),
    "CANDIDATE_EXTRA_TIME_IGNORED": QT_TRANSLATE_NOOP("messages", "Temps majoré « {value} » ignoré"),
    "CANDIDATE_BILLING_MODE_IGNORED": QT_TRANSLATE_NOOP(
        "messages",
        "Tarification part Pix « {value} » ignorée : un centre SCO ne la renseigne pas"),
    "CANDIDATE_PREPAYMENT_CODE_IGNORED": QT_TRANSLATE_NOOP(
        "messages",
        "Code de prépaiement « {value} » ignoré : un centre SCO ne le renseigne pas"),
    "CANDIDATE_COMPLEMENTARY_CERTIFICATION_IGNORED": QT_TRANSLATE_NOOP(
        "messages",
        "{certification} « {value} » ignoré : seul « oui » inscrit le candidat"),
    "CANDIDATE_NOT_FOUND": QT_TRANSLATE_NOOP("messages", "Le candidat {id} n'existe pas dans cette session."),
    "INDIVIDUAL_ENROL_NOT_ALLOWED": QT_TRANSLATE_NOOP(
        "messages",
        "La session a été finalisée ou a expiré, l'ajout de candidat n'est plus possible."),
    "CANDIDATE_NOT_ALLOWED_FOR_STARTED_SESSION": QT_TRANSLATE_NOOP(
        "messages",
        "Impossible d'ajouter un candidat à une session qui a déjà commencé."),
    "CANDIDATE_FORBIDDEN_DELETION": QT_TRANSLATE_NOOP(
        "messages",
        "Ce candidat a déjà rejoint la session. Vous ne pouvez pas le supprimer."),
    "CANDIDATE_LIST_LOCKED": QT_TRANSLATE_NOOP(
        "messages",
        "La session a débuté, il n'est plus possible de modifier la liste des candidats."),
    "CANDIDATE_LIST_FINALIZED": QT_TRANSLATE_NOOP(
        "messages",
        "La session a été finalisée, il n'est plus possible de modifier la liste des candidats."),
    # Exported documents: the file cannot be written (nothing is left half-written)
    "EXPORT_FOLDER_NOT_FOUND": QT_TRANSLATE_NOOP(
        "messages",
        "Impossible d'écrire « {path} » : le dossier « {folder} » n'existe pas."),
    "EXPORT_PERMISSION_DENIED": QT_TRANSLATE_NOOP(
        "messages",
        "Impossible d'écrire « {path} » : accès refusé (dossier protégé, ou fichier ouvert dans un autre "
        "logiciel ?)."),
    "EXPORT_PATH_IS_FOLDER": QT_TRANSLATE_NOOP(
        "messages",
        "Impossible d'écrire « {path} » : c'est un dossier. Indiquez un nom de fichier."),
    "EXPORT_TARGET_NOT_A_FILE": QT_TRANSLATE_NOOP(
        "messages",
        "Impossible d'écrire « {path} » : ce n'est pas un fichier ordinaire (périphérique, tube…). Indiquez un "
        "nom de fichier."),
    "EXPORT_DISK_FULL": QT_TRANSLATE_NOOP("messages", "Impossible d'écrire « {path} » : le disque est plein."),
    "EXPORT_FILE_NOT_WRITABLE": QT_TRANSLATE_NOOP("messages", "Impossible d'écrire « {path} » : {reason}"),
    # Spreadsheet import (PixDesk's own: the platform stops at the first problem, PixDesk lists them all)
    "IMPORT_LINE": QT_TRANSLATE_NOOP("messages", "Ligne {line} : {detail}"),
    "IMPORT_LINE_FIELD": QT_TRANSLATE_NOOP("messages", "Ligne {line} : {field} : {detail}"),
    "IMPORT_SAME_AS_LINE": QT_TRANSLATE_NOOP("messages", " (déjà en ligne {line})"),
    "IMPORT_FILE_NOT_FOUND": QT_TRANSLATE_NOOP("messages", "Le fichier « {path} » est introuvable."),
    "IMPORT_FILE_UNREADABLE": QT_TRANSLATE_NOOP(
        "messages",
        "Le fichier n'est pas un tableur lisible (.ods, .xlsx ou .csv)."),
    "IMPORT_FILE_ENCRYPTED": QT_TRANSLATE_NOOP(
        "messages",
        "Le fichier est protégé par un mot de passe : enregistrez-le sans mot de passe puis réessayez."),
    "IMPORT_FILE_OLD_EXCEL": QT_TRANSLATE_NOOP(
        "messages",
        "Ancien format Excel (.xls) : enregistrez le fichier au format .xlsx ou .ods puis réessayez."),
    "IMPORT_FILE_TOO_LARGE": QT_TRANSLATE_NOOP(
        "messages",
        "Le fichier dépasse {max} Mo : ce n'est pas une liste de candidats."),
    "IMPORT_FILE_TOO_BIG_UNCOMPRESSED": QT_TRANSLATE_NOOP(
        "messages",
        "Le fichier se décompresse en plus de {max} Mo (fichier piégé ou endommagé) : il n'a pas été lu."),
    "IMPORT_FILE_FORBIDDEN_XML": QT_TRANSLATE_NOOP(
        "messages",
        "Le fichier contient des déclarations XML interdites (DOCTYPE, ENTITY) : il n'a pas été lu."),
    "IMPORT_TOO_MANY_ROWS": QT_TRANSLATE_NOOP(
        "messages",
        "Le fichier contient plus de {max} lignes : découpez-le en plusieurs fichiers."),
    "IMPORT_SHEET_TOO_LARGE": QT_TRANSLATE_NOOP(
        "messages",
        "La feuille est démesurée (plus de {max_columns} colonnes ou trop de cellules) : elle n'a pas été "
        "lue."),
    "IMPORT_CSV_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages",
        "Ligne {line} : le fichier CSV est mal formé (guillemet non fermé ou cellule démesurée)."),
    "IMPORT_UNKNOWN_LAYOUT": QT_TRANSLATE_NOOP(
        "messages",
        "Aucune ligne d'en-têtes reconnue : il faut au moins les colonnes « Nom de naissance », « Prénom », "
        "« Date de naissance » et « Sexe » (ou, pour l'ancienne feuille d'émargement, « Commune de naissance » et "
        "« Code du département de naissance »)."),
    "IMPORT_EXTRA_TIME_FRACTION": QT_TRANSLATE_NOOP(
        "messages",
        "(la cellule nombre {value} vaut {percent} % : 33 % s'écrit « 33 % » ou 0,33)"),
    "IMPORT_UNKNOWN_SESSION_LAYOUT": QT_TRANSLATE_NOOP(
        "messages",
        "Aucune ligne d'en-têtes d'import de sessions reconnue dans les {rows} premières lignes : il faut "
        "au moins « Numéro de session préexistante », « Nom du site », « Nom de la salle », « Date de début"
        " », « Heure de début » et « Surveillant(s) »."),
    "IMPORT_NO_CANDIDATES": QT_TRANSLATE_NOOP("messages", "Le fichier ne contient aucun candidat."),
    "IMPORT_NO_SESSIONS": QT_TRANSLATE_NOOP("messages", "Le fichier ne contient aucune session."),
    "IMPORT_CELL_TOO_LONG": QT_TRANSLATE_NOOP("messages", "La cellule dépasse {max} caractères."),
    "IMPORT_BIRTH_DEPARTMENT_REQUIRED": QT_TRANSLATE_NOOP(
        "messages",
        "Le code du département de naissance est obligatoire pour un candidat né en France."),
    "IMPORT_COMMUNE_NOT_FOUND": QT_TRANSLATE_NOOP(
        "messages",
        "La commune « {city} » est introuvable dans le département {department}."),
    "CANDIDATE_MAX_ONE_COMPLEMENTARY_CERTIFICATION": QT_TRANSLATE_NOOP(
        "messages",
        "Un candidat ne peut être inscrit qu'à une seule certification complémentaire."),
    "INFORMATION_NOT_ALLOWED_WITH_SESSION_ID": QT_TRANSLATE_NOOP(
        "messages",
        "Les informations de session doivent rester vides quand un numéro de session préexistante est "
        "indiqué."),
    "EMPTY_SESSION": QT_TRANSLATE_NOOP("messages", "Session sans candidat : elle sera créée vide."),
    # Issue reports and finalisation (reference sections 5 and 6)
    "ISSUE_REPORT_CATEGORY_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Échec lors de la validation du signalement : catégorie « {value} » inconnue."),
    "ISSUE_REPORT_SUBCATEGORY_REQUIRED": QT_TRANSLATE_NOOP("messages", "Précisez la sous-catégorie du signalement."),
    "ISSUE_REPORT_SUBCATEGORY_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "La sous-catégorie « {value} » ne correspond pas à cette catégorie de signalement."),
    "ISSUE_REPORT_DESCRIPTION_REQUIRED": QT_TRANSLATE_NOOP("messages", "Ce signalement demande une description."),
    "ISSUE_REPORT_DESCRIPTION_TOO_LONG": QT_TRANSLATE_NOOP(
        "messages", "La description ne peut pas dépasser {max} caractères."),
    "ISSUE_REPORT_QUESTION_NUMBER_REQUIRED": QT_TRANSLATE_NOOP(
        "messages", "Indiquez le numéro de la question concernée."),
    "ISSUE_REPORT_QUESTION_NUMBER_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "Le numéro de question doit être un nombre entier entre 1 et {max}."),
    "ISSUE_REPORT_NOT_FOUND": QT_TRANSLATE_NOOP("messages", "Le signalement {id} n'existe pas."),
    "ABORT_REASON_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "La raison de l'abandon doit être « candidate » (abandon du candidat) ou « technical » "
        "(problème technique)."),
    "SESSION_WITHOUT_STARTED_CERTIFICATION": QT_TRANSLATE_NOOP(
        "messages",
        "Cette session n'a pas débuté, vous ne pouvez pas la finaliser. Vous pouvez néanmoins la supprimer."),
    "UNTERMINATED_CERTIFICATION_WITHOUT_ABORT_REASON": QT_TRANSLATE_NOOP(
        "messages",
        "Une ou plusieurs certifications non terminées n'ont pas de “Raison de l’abandon” renseignées. La session "
        "ne peut donc pas être finalisée."),
    "SESSION_WITH_ABORT_REASON_ON_COMPLETED_CERTIFICATION_COURSE": QT_TRANSLATE_NOOP(
        "messages",
        "Le champ “Raison de l’abandon” a été renseigné pour un candidat qui a terminé son test de certification "
        "entre temps. La session ne peut donc pas être finalisée. Merci de rafraîchir la page avant de finaliser."),
    "EXAMINER_COMMENT_TOO_LONG": QT_TRANSLATE_NOOP(
        "messages", "Le commentaire d'un candidat ne peut pas dépasser {max} caractères."),
    "SESSION_GLOBAL_COMMENT_TOO_LONG": QT_TRANSLATE_NOOP(
        "messages", "Le commentaire global ne peut pas dépasser {max} caractères."),
    # Central server (pixdesk.server): sign-in, access, requests
    "NOT_LINKED_CERTIFICATION": QT_TRANSLATE_NOOP(
        "messages",
        "L'accès à Pix Certif est limité aux centres de certification Pix. Contactez le référent de votre centre "
        "de certification si vous pensez avoir besoin d'y accéder."),
    "MISSING_OR_INVALID_CREDENTIALS": QT_TRANSLATE_NOOP(
        "messages", "L'adresse e-mail et/ou le mot de passe saisis sont incorrects."),
    "INVALID_REFRESH_TOKEN": QT_TRANSLATE_NOOP(
        "messages", "Votre connexion a expiré ou a été révoquée : reconnectez-vous."),
    "INVALID_SCOPE": QT_TRANSLATE_NOOP("messages", "La portée demandée n'est pas autorisée (attendu : pix-certif)."),
    "UNSUPPORTED_GRANT_TYPE": QT_TRANSLATE_NOOP(
        "messages", "Type de connexion non pris en charge (password ou refresh_token)."),
    "TOO_MANY_SIGN_IN_ATTEMPTS": QT_TRANSLATE_NOOP(
        "messages", "Trop de tentatives de connexion échouées. Réessayez dans {minutes} minute(s)."),
    "UNAUTHORIZED": QT_TRANSLATE_NOOP("messages", "Connexion requise ou expirée : reconnectez-vous."),
    "FORBIDDEN": QT_TRANSLATE_NOOP("messages", "Vous n'avez pas accès à cette ressource."),
    "NOT_FOUND": QT_TRANSLATE_NOOP("messages", "Ressource introuvable."),
    "METHOD_NOT_ALLOWED": QT_TRANSLATE_NOOP("messages", "Méthode non autorisée pour cette adresse."),
    "CERTIFICATION_CENTER_NOT_FOUND": QT_TRANSLATE_NOOP("messages", "Le centre de certification {id} n'existe pas."),
    "PAYLOAD_TOO_LARGE": QT_TRANSLATE_NOOP("messages", "La requête dépasse la taille maximale ({max} octets)."),
    "INVALID_PAYLOAD": QT_TRANSLATE_NOOP("messages", "Le corps de la requête n'est pas valide : {detail}"),
    "INVALID_ATTRIBUTE": QT_TRANSLATE_NOOP("messages", "Valeur invalide pour « {attribute} »."),
    "IDEMPOTENCY_KEY_MISSING": QT_TRANSLATE_NOOP(
        "messages", "L'en-tête Idempotency-Key est obligatoire pour toute modification."),
    "IDEMPOTENCY_KEY_NOT_VALID": QT_TRANSLATE_NOOP(
        "messages", "L'en-tête Idempotency-Key doit faire entre 1 et 255 caractères visibles."),
    "IDEMPOTENCY_KEY_REUSED": QT_TRANSLATE_NOOP(
        "messages", "Cette Idempotency-Key a déjà servi pour une autre requête."),
    "UUID_ALREADY_USED": QT_TRANSLATE_NOOP(
        "messages", "L'identifiant {uuid} désigne déjà une autre ressource."),
    "CHANGES_CURSOR_NOT_VALID": QT_TRANSLATE_NOOP("messages", "Curseur de modifications invalide : {value}"),
    "JOURNAL_EVENT_CONFLICT": QT_TRANSLATE_NOOP(
        "messages", "L'événement {id} a déjà été reçu avec un contenu différent."),
    "INTERNAL_ERROR": QT_TRANSLATE_NOOP("messages", "Erreur interne du serveur."),
}


def message(code: str, lang: str | None = None, **params: object) -> str:
    source = (MESSAGES.get(code) or ROOM_MESSAGES.get(code) or FINALISATION_MESSAGES.get(code)
              or SYNC_MESSAGES.get(code))
    template = translate("messages", source, lang) if source else code
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
