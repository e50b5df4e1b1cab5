"""French and English texts of the platform's error codes, plus PixDesk's own.

French texts are the platform's own wording where it has one (see the Pix Certif reference, sections 1-3).
"""

from __future__ import annotations

from pixdesk import language

MESSAGES: dict[str, tuple[str, str]] = {
    # Session (reference section 1)
    "SESSION_ADDRESS_REQUIRED": ("Veuillez indiquer un nom de site.", "Please enter a site name."),
    "SESSION_ROOM_REQUIRED": ("Veuillez indiquer un nom de salle.", "Please enter a room name."),
    "SESSION_DATE_REQUIRED": ("Veuillez indiquer une date de début.", "Please enter a start date."),
    "SESSION_DATE_NOT_VALID": (
        "Veuillez indiquer une date de début valide.",
        "Please enter a valid start date (YYYY-MM-DD).",
    ),
    "SESSION_TIME_REQUIRED": ("Veuillez indiquer une heure de début.", "Please enter a start time."),
    "SESSION_TIME_NOT_VALID": (
        "Veuillez indiquer une heure de début valide.",
        "Please enter a valid start time (HH:MM, 24-hour).",
    ),
    "SESSION_EXAMINER_REQUIRED": ("Veuillez indiquer un(e) surveillant(e).", "Please enter an invigilator."),
    "SESSION_SCHEDULED_IN_THE_PAST": (
        "Une session ne peut pas être programmée dans le passé",
        "A session cannot be scheduled in the past",
    ),
    "SESSION_FIELD_TOO_LONG": (
        "Ce champ ne peut pas dépasser {max} caractères.",
        "This field cannot be longer than {max} characters.",
    ),
    "SESSION_NOT_FOUND": ("La session {id} n'existe pas.", "Session {id} does not exist."),
    "SESSION_STARTED_DELETION_ERROR": ("La session a déjà commencé.", "The session has already started."),
    "SESSION_ALREADY_STARTED_ERROR": (
        "Des certifications sont déjà démarrées dans cette session. Elle ne peut donc pas être modifiée.",
        "Certifications have already started in this session, so it can no longer be changed.",
    ),
    "SESSION_ALREADY_FINALIZED": ("Cette session a déjà été finalisée.", "This session has already been finalised."),
    "SESSION_WITH_DATE_AND_TIME_ALREADY_EXISTS": (
        "Une session existe déjà sur ce site, dans cette salle, à cette date et à cette heure (session {id}).",
        "A session already exists at this site, in this room, on this date at this time (session {id}).",
    ),
    "SESSION_ID_NOT_VALID": ("Numéro de session invalide : {value}", "Invalid session number: {value}"),
    "CENTRE_NAME_REQUIRED": ("Veuillez indiquer le nom du centre.", "Please enter the centre's name."),
    "CENTRE_TYPE_NOT_VALID": (
        "Type de centre inconnu : {value} (SCO, SUP ou PRO)",
        "Unknown centre type: {value} (SCO, SUP or PRO)",
    ),
    # Candidate (reference section 2)
    "CANDIDATE_LAST_NAME_REQUIRED": ("Le nom de naissance est obligatoire.", "The birth name is required."),
    "CANDIDATE_FIRST_NAME_REQUIRED": ("Le prénom est obligatoire.", "The first name is required."),
    "CANDIDATE_NAME_TOO_LONG": (
        "Ce champ ne peut pas dépasser {max} caractères.",
        "This field cannot be longer than {max} characters.",
    ),
    "CANDIDATE_SEX_REQUIRED": ("Le sexe est obligatoire (M ou F).", "Sex is required (M or F)."),
    "CANDIDATE_SEX_NOT_VALID": (
        'Champ sexe format invalide, format accepté "M"/"F"',
        'Invalid sex, accepted values "M"/"F"',
    ),
    "CANDIDATE_BIRTHDATE_REQUIRED": ("La date de naissance est obligatoire.", "The birth date is required."),
    "CANDIDATE_BIRTHDATE_FORMAT_NOT_VALID": (
        'Format de date invalide, champ "Date de naissance", format accepté JJ/MM/AAAA',
        'Invalid date format in "Birth date", accepted format DD/MM/YYYY',
    ),
    "CANDIDATE_BIRTHDATE_MUST_BE_GREATER": (
        'Champ "Date de naissance" doit être supérieur à 01/01/1900',
        '"Birth date" must be after 01/01/1900',
    ),
    "CANDIDATE_BIRTHDATE_IN_THE_FUTURE": (
        "La date de naissance ne peut pas être dans le futur.",
        "The birth date cannot be in the future.",
    ),
    "CANDIDATE_EMAIL_NOT_VALID": (
        "L'adresse e-mail de convocation « {value} » n'est pas valide.",
        'The convocation e-mail address "{value}" is not valid.',
    ),
    "CANDIDATE_RESULT_RECIPIENT_EMAIL_NOT_VALID": (
        "L'adresse e-mail du destinataire des résultats « {value} » n'est pas valide.",
        'The result recipient e-mail address "{value}" is not valid.',
    ),
    "CANDIDATE_EXTRA_TIME_INTEGER": (
        "Le temps majoré doit être un nombre entier.",
        "Extra time must be a whole number.",
    ),
    "CANDIDATE_EXTRA_TIME_OUT_OF_RANGE": (
        "Le temps majoré doit être un pourcentage.",
        "Extra time must be a percentage (0 to 999).",
    ),
    "CANDIDATE_BILLING_MODE_REQUIRED": (
        "La tarification part Pix est obligatoire (Gratuite, Payante ou Prépayée).",
        "The Pix billing mode is required (Free, Paid or Prepaid).",
    ),
    "CANDIDATE_BILLING_MODE_NOT_VALID": (
        'Format tarification part Pix invalide, formats acceptés "Gratuite", "Payante" ou "Prépayée"',
        'Invalid Pix billing mode, accepted values "Free", "Paid" or "Prepaid"',
    ),
    "CANDIDATE_BILLING_MODE_MUST_BE_EMPTY": (
        "La tarification part Pix doit rester vide pour ce centre.",
        "The Pix billing mode must be left empty for this centre.",
    ),
    "CANDIDATE_PREPAYMENT_CODE_REQUIRED": (
        'Champ obligatoire "Code de prépaiement" manquant, doit être renseigné en cas de "Tarification par Pix" '
        '"Prépayée"',
        'Missing "Prepayment code": it is required when the Pix billing mode is "Prepaid"',
    ),
    "CANDIDATE_PREPAYMENT_CODE_MUST_BE_EMPTY": (
        'Le "Code de prépaiement" doit rester vide si la tarification part Pix n\'est pas "Prépayée".',
        'The "Prepayment code" must be empty unless the Pix billing mode is "Prepaid".',
    ),
    "CANDIDATE_COMPLEMENTARY_CERTIFICATION_NOT_VALID": (
        "Certification complémentaire inconnue : {value}",
        "Unknown complementary certification: {value}",
    ),
    "CANDIDATE_BIRTH_INFORMATION_REQUIRED": (
        "Renseigner les données de naissance du candidat",
        "Enter the candidate's birth details",
    ),
    "CANDIDATE_BIRTH_COUNTRY_REQUIRED": ("Le champ pays est obligatoire.", "The country field is required."),
    "CANDIDATE_BIRTH_COUNTRY_NOT_FOUND": ('Le pays "{value}" n\'a pas été trouvé.', 'Country "{value}" was not found.'),
    "CANDIDATE_FOREIGN_BIRTH_CITY_REQUIRED": (
        "Candidat né à l'étranger, champ obligatoire nom de commune de naissance manquant",
        "Candidate born abroad: the birth city is required",
    ),
    "CANDIDATE_FOREIGN_POSTAL_CODE_MUST_BE_EMPTY": (
        'Candidat né à l\'étranger, le champ "Code postal" doit rester vide.',
        'Candidate born abroad: the "Postal code" field must be left empty.',
    ),
    "CANDIDATE_FOREIGN_INSEE_CODE_NOT_VALID": (
        'La valeur du code INSEE doit être "99" pour un pays étranger.',
        'The INSEE code must be "99" for a foreign country.',
    ),
    "CANDIDATE_BIRTH_INSEE_CODE_OR_BIRTH_POSTAL_CODE_AND_BIRTH_CITY_REQUIRED": (
        "Renseigner soit un code INSEE soit un code postal et un nom de commune de naissance",
        "Enter either an INSEE code, or a postal code and a birth city",
    ),
    "CANDIDATE_BIRTH_POSTAL_CODE_REQUIRED": ("Le code postal est obligatoire", "The postal code is required"),
    "CANDIDATE_BIRTH_CITY_REQUIRED": ("Le champ ville est obligatoire.", "The city field is required."),
    "CANDIDATE_BIRTH_INSEE_CODE_NOT_VALID": (
        'Le code INSEE "{value}" n\'est pas valide.',
        'INSEE code "{value}" is not valid.',
    ),
    "CANDIDATE_BIRTH_POSTAL_CODE_NOT_FOUND": (
        'Le code postal "{value}" n\'est pas valide.',
        'Postal code "{value}" is not valid.',
    ),
    "CANDIDATE_BIRTH_POSTAL_CODE_CITY_NOT_VALID": (
        'Le code postal "{value}" ne correspond pas à la ville "{city}"',
        'Postal code "{value}" does not match the city "{city}"',
    ),
    "DUPLICATE_CANDIDATE": (
        "Ce candidat est déjà dans la liste, vous ne pouvez pas l'ajouter à nouveau.",
        "This candidate is already in the list, you cannot add them again.",
    ),
    "DUPLICATE_CANDIDATE_NOT_ALLOWED_IN_SESSION": (
        "Candidat inscrit plusieurs fois à cette session",
        "Candidate enrolled more than once in this session",
    ),
    "CANDIDATE_NOT_FOUND": (
        "Le candidat {id} n'existe pas dans cette session.",
        "Candidate {id} does not exist in this session.",
    ),
    "INDIVIDUAL_ENROL_NOT_ALLOWED": (
        "La session a été finalisée ou a expiré, l'ajout de candidat n'est plus possible.",
        "The session has been finalised or has expired: candidates can no longer be added.",
    ),
    "CANDIDATE_NOT_ALLOWED_FOR_STARTED_SESSION": (
        "Impossible d'ajouter un candidat à une session qui a déjà commencé.",
        "A candidate cannot be added to a session that has already started.",
    ),
    "CANDIDATE_FORBIDDEN_DELETION": (
        "Ce candidat a déjà rejoint la session. Vous ne pouvez pas le supprimer.",
        "This candidate has already joined the session. You cannot remove them.",
    ),
    "CANDIDATE_LIST_LOCKED": (
        "La session a débuté, il n'est plus possible de modifier la liste des candidats.",
        "The session has started: the candidate list can no longer be changed.",
    ),
    "CANDIDATE_LIST_FINALIZED": (
        "La session a été finalisée, il n'est plus possible de modifier la liste des candidats.",
        "The session has been finalised: the candidate list can no longer be changed.",
    ),
    # Exported documents: the file cannot be written (nothing is left half-written)
    "EXPORT_FOLDER_NOT_FOUND": (
        "Impossible d'écrire « {path} » : le dossier « {folder} » n'existe pas.",
        "Cannot write \"{path}\": the folder \"{folder}\" does not exist.",
    ),
    "EXPORT_PERMISSION_DENIED": (
        "Impossible d'écrire « {path} » : accès refusé (dossier protégé, ou fichier ouvert dans un autre logiciel ?).",
        "Cannot write \"{path}\": permission denied (protected folder, or file open in another program?).",
    ),
    "EXPORT_PATH_IS_FOLDER": (
        "Impossible d'écrire « {path} » : c'est un dossier. Indiquez un nom de fichier.",
        "Cannot write \"{path}\": it is a folder. Give a file name.",
    ),
    "EXPORT_DISK_FULL": (
        "Impossible d'écrire « {path} » : le disque est plein.",
        "Cannot write \"{path}\": the disk is full.",
    ),
    "EXPORT_FILE_NOT_WRITABLE": (
        "Impossible d'écrire « {path} » : {reason}",
        "Cannot write \"{path}\": {reason}",
    ),
    # Spreadsheet import (PixDesk's own: the platform stops at the first problem, PixDesk lists them all)
    "IMPORT_LINE": ("Ligne {line} : {detail}", "Line {line}: {detail}"),
    "IMPORT_LINE_FIELD": ("Ligne {line} : {field} : {detail}", "Line {line}: {field}: {detail}"),
    "IMPORT_SAME_AS_LINE": (" (déjà en ligne {line})", " (already on line {line})"),
    "IMPORT_FILE_NOT_FOUND": ("Le fichier « {path} » est introuvable.", 'File "{path}" was not found.'),
    "IMPORT_FILE_UNREADABLE": (
        "Le fichier n'est pas un tableur lisible (.ods, .xlsx ou .csv).",
        "The file is not a readable spreadsheet (.ods, .xlsx or .csv).",
    ),
    "IMPORT_FILE_ENCRYPTED": (
        "Le fichier est protégé par un mot de passe : enregistrez-le sans mot de passe puis réessayez.",
        "The file is password-protected: save it without a password and try again.",
    ),
    "IMPORT_FILE_OLD_EXCEL": (
        "Ancien format Excel (.xls) : enregistrez le fichier au format .xlsx ou .ods puis réessayez.",
        "Old Excel format (.xls): save the file as .xlsx or .ods and try again.",
    ),
    "IMPORT_FILE_TOO_LARGE": (
        "Le fichier dépasse {max} Mo : ce n'est pas une liste de candidats.",
        "The file is larger than {max} MB: it is not a candidate list.",
    ),
    "IMPORT_FILE_TOO_BIG_UNCOMPRESSED": (
        "Le fichier se décompresse en plus de {max} Mo (fichier piégé ou endommagé) : il n'a pas été lu.",
        "The file expands to more than {max} MB (booby-trapped or damaged): it was not read.",
    ),
    "IMPORT_FILE_FORBIDDEN_XML": (
        "Le fichier contient des déclarations XML interdites (DOCTYPE, ENTITY) : il n'a pas été lu.",
        "The file contains forbidden XML declarations (DOCTYPE, ENTITY): it was not read.",
    ),
    "IMPORT_TOO_MANY_ROWS": (
        "Le fichier contient plus de {max} lignes : découpez-le en plusieurs fichiers.",
        "The file has more than {max} rows: split it into several files.",
    ),
    "IMPORT_SHEET_TOO_LARGE": (
        "La feuille est démesurée (plus de {max_columns} colonnes ou trop de cellules) : elle n'a pas été lue.",
        "The sheet is oversized (more than {max_columns} columns or too many cells): it was not read.",
    ),
    "IMPORT_CSV_NOT_VALID": (
        "Ligne {line} : le fichier CSV est mal formé (guillemet non fermé ou cellule démesurée).",
        "Line {line}: the CSV file is malformed (unclosed quote or oversized cell).",
    ),
    "IMPORT_UNKNOWN_LAYOUT": (
        "Aucune ligne d'en-têtes reconnue dans les {rows} premières lignes : il faut au moins les colonnes "
        "« Nom de naissance », « Prénom », « Date de naissance » et « Sexe » (ou, pour l'ancienne feuille "
        "d'émargement, « Commune de naissance » et « Code du département de naissance »).",
        'No header row found in the first {rows} rows: the sheet needs at least the columns "Birth name", '
        '"First name", "Date of birth" and "Sex" (or, for the old attendance sheet, "Birth city" and '
        '"Birth department code").',
    ),
    "IMPORT_UNKNOWN_SESSION_LAYOUT": (
        "Aucune ligne d'en-têtes d'import de sessions reconnue dans les {rows} premières lignes : il faut au moins "
        "« Numéro de session préexistante », « Nom du site », « Nom de la salle », « Date de début », "
        "« Heure de début » et « Surveillant(s) ».",
        'No session-import header row found in the first {rows} rows: the file needs at least "Existing session '
        'number", "Site name", "Room name", "Start date", "Start time" and "Invigilator(s)".',
    ),
    "IMPORT_NO_CANDIDATES": ("Le fichier ne contient aucun candidat.", "The file contains no candidates."),
    "IMPORT_NO_SESSIONS": ("Le fichier ne contient aucune session.", "The file contains no sessions."),
    "IMPORT_CELL_TOO_LONG": ("La cellule dépasse {max} caractères.", "The cell is longer than {max} characters."),
    "IMPORT_BIRTH_DEPARTMENT_REQUIRED": (
        "Le code du département de naissance est obligatoire pour un candidat né en France.",
        "The birth department code is required for a candidate born in France.",
    ),
    "IMPORT_COMMUNE_NOT_FOUND": (
        "La commune « {city} » est introuvable dans le département {department}.",
        'No commune "{city}" was found in department {department}.',
    ),
    "CANDIDATE_MAX_ONE_COMPLEMENTARY_CERTIFICATION": (
        "Un candidat ne peut être inscrit qu'à une seule certification complémentaire.",
        "A candidate can be enrolled in one complementary certification only.",
    ),
    "INFORMATION_NOT_ALLOWED_WITH_SESSION_ID": (
        "Les informations de session doivent rester vides quand un numéro de session préexistante est indiqué.",
        "Session details must be left empty when an existing session number is given.",
    ),
    "EMPTY_SESSION": ("Session sans candidat : elle sera créée vide.", "Session without candidates: it will be created empty."),
}


def message(code: str, lang: str | None = None, **params: object) -> str:
    fr, en = MESSAGES.get(code, (code, code))
    template = en if (lang or language.current()) == "en" else fr
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
