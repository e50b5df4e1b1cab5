"""Wording of the PDF documents: French as on the platform's paper forms (seed 004), other languages from the
catalogue (context "pdf")."""

from __future__ import annotations

from pixdesk.texts import QT_TRANSLATE_NOOP, translate

TEXTS: dict[str, str] = {
    # Page frame
    "page": QT_TRANSLATE_NOOP("pdf", "Page {n}/{total}"),
    "session_number_short": QT_TRANSLATE_NOOP("pdf", "Session n° {id}"),
    # Attendance sheet
    "attendance_title": QT_TRANSLATE_NOOP("pdf", "Feuille d'émargement"),
    "session_block": QT_TRANSLATE_NOOP("pdf", "La session de certification"),
    "session_id": QT_TRANSLATE_NOOP("pdf", "N° de session"),
    "session_id_label": QT_TRANSLATE_NOOP("pdf", "N° de session :"),
    "provisional_number_note": QT_TRANSLATE_NOOP(
        "pdf", "Provisoire : la session recevra son numéro à la synchronisation. Réimprimez ensuite."),
    "date": QT_TRANSLATE_NOOP("pdf", "Date"),
    "time_range": QT_TRANSLATE_NOOP("pdf", "Heure locale (début/fin)"),
    "site": QT_TRANSLATE_NOOP("pdf", "Nom du site"),
    "room": QT_TRANSLATE_NOOP("pdf", "Nom de la salle"),
    "invigilated_by": QT_TRANSLATE_NOOP("pdf", "Session surveillée par :"),
    "invigilator_signature": QT_TRANSLATE_NOOP("pdf", "Signature des surveillant(s) :"),
    "participants": QT_TRANSLATE_NOOP("pdf", "Participants"),
    "end_time_note": QT_TRANSLATE_NOOP(
        "pdf",
        "Heure de fin prévue : 2 h après le début, prolongée du plus long temps majoré de la liste."),
    "no_candidates": QT_TRANSLATE_NOOP("pdf", "Aucun candidat inscrit à cette session."),
    "col_number": QT_TRANSLATE_NOOP("pdf", "N°"),
    "col_last_name": QT_TRANSLATE_NOOP("pdf", "Nom de naissance"),
    "col_first_name": QT_TRANSLATE_NOOP("pdf", "Prénom"),
    "col_birthdate": QT_TRANSLATE_NOOP("pdf", "Date de naissance (jj/mm/aaaa)"),
    "col_birth_city": QT_TRANSLATE_NOOP("pdf", "Commune de naissance"),
    "col_department": QT_TRANSLATE_NOOP("pdf", "Code du département de naissance"),
    "col_birth_country": QT_TRANSLATE_NOOP("pdf", "Pays de naissance"),
    "col_email": QT_TRANSLATE_NOOP("pdf", "Adresse e-mail de convocation"),
    "col_external_id": QT_TRANSLATE_NOOP("pdf", "Identifiant local"),
    "col_extra_time": QT_TRANSLATE_NOOP("pdf", "Temps majoré ?"),
    "col_signature": QT_TRANSLATE_NOOP("pdf", "Signature"),
    "col_end_screen": QT_TRANSLATE_NOOP("pdf", "Écran de fin de test vu (cocher)"),
    # Incident report
    "incident_title": QT_TRANSLATE_NOOP("pdf", "PV d'incident"),
    "global_comment": QT_TRANSLATE_NOOP(
        "pdf",
        "Commentaire global sur la session (optionnel – ne rien indiquer si tout s'est bien déroulé)"),
    "individual_reports": QT_TRANSLATE_NOOP("pdf", "Signalements individuels"),
    "col_candidate": QT_TRANSLATE_NOOP("pdf", "Prénom/Nom"),
    "col_code": QT_TRANSLATE_NOOP("pdf", "Code (*)"),
    "col_question": QT_TRANSLATE_NOOP("pdf", "N° épreuve"),
    "col_details": QT_TRANSLATE_NOOP("pdf", "Détails"),
    "code_note": QT_TRANSLATE_NOOP("pdf", "(*) Code : voir la légende ci-dessous."),
    "legend_code": QT_TRANSLATE_NOOP("pdf", "Code"),
    "legend_incident": QT_TRANSLATE_NOOP("pdf", "Incident"),
    "legend_details": QT_TRANSLATE_NOOP("pdf", "Détails attendus"),
    "report_purpose": QT_TRANSLATE_NOOP(
        "pdf",
        "Ce PV sert de note au surveillant pour transmettre les signalements à la personne qui finalise la "
        "session dans Pix Certif."),
    # Filled from the room's journal
    "filled_attendance_note": QT_TRANSLATE_NOOP(
        "pdf", "Rempli depuis le journal de la salle le {when} : absences et écrans de fin de test vus. Les "
               "candidats présents signent sur leur ligne."),
    "absent": QT_TRANSLATE_NOOP("pdf", "Absent(e)"),
    "filled_report_note": QT_TRANSLATE_NOOP(
        "pdf", "Rempli depuis le journal de la salle le {when}. Les lignes vides servent aux signalements notés "
               "sur papier."),
    "fingerprint_title": QT_TRANSLATE_NOOP("pdf", "Empreinte du journal de la salle (SHA-256)"),
    "fingerprint_verified": QT_TRANSLATE_NOOP(
        "pdf", "{count} événements ; chaîne vérifiée : aucun n'a été modifié ni retiré. `pixdesk journal {session}` "
               "affiche la même empreinte."),
    "fingerprint_broken": QT_TRANSLATE_NOOP(
        "pdf", "ATTENTION : le journal ne correspond plus à ses empreintes ; il a été modifié hors de PixDesk."),
    "no_journal": QT_TRANSLATE_NOOP("pdf", "Le journal de la salle est vide : rien n'y a été noté."),
    # Invigilator kit
    "kit_title": QT_TRANSLATE_NOOP("pdf", "Kit surveillant"),
    "access_code": QT_TRANSLATE_NOOP("pdf", "Code d'accès candidat"),
    "access_code_note": QT_TRANSLATE_NOOP("pdf", "À donner aux candidats à l'heure de début, pas avant."),
    "invigilator_password": QT_TRANSLATE_NOOP("pdf", "Mot de passe surveillant"),
    "password_note": QT_TRANSLATE_NOOP(
        "pdf",
        "Pour l'espace surveillant de Pix Certif, avec le numéro de session. Le préfixe « C- » est déjà "
        "affiché dans le formulaire : saisissez seulement ces caractères."),
    "start_time": QT_TRANSLATE_NOOP("pdf", "Heure de début (heure locale)"),
    "planned_end": QT_TRANSLATE_NOOP("pdf", "Fin prévue"),
    "invigilators": QT_TRANSLATE_NOOP("pdf", "Surveillant(s)"),
    "candidate_count": QT_TRANSLATE_NOOP("pdf", "Candidats inscrits"),
    "with_extra_time": QT_TRANSLATE_NOOP("pdf", "dont {n} avec temps majoré"),
    "confidential": QT_TRANSLATE_NOOP("pdf", "Document confidentiel : ne pas afficher dans la salle."),
    "day_steps": QT_TRANSLATE_NOOP("pdf", "Le jour de la session"),
}

# The day-of-session checklist (seed 000, "Le jour de la session", adapted to an exam room). Each section is a
# title and its steps; steps may use {session_id}, {access_code}, {start}, {extra_count}. The last section
# (what to do on a problem) is advice, printed with bullets rather than boxes to tick.
CHECKLIST: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("pdf", "Avant l'heure de début"), (
        QT_TRANSLATE_NOOP(
            "pdf",
            "Connectez-vous à l'espace surveillant de Pix Certif avec le numéro de session {session_id} et "
            "le mot de passe surveillant."),
        QT_TRANSLATE_NOOP(
            "pdf",
            "Vérifiez l'identité de chaque candidat (pièce d'identité) avec la feuille d'émargement, puis "
            "faites-le signer sur sa ligne."),
        QT_TRANSLATE_NOOP(
            "pdf",
            "Chaque candidat se connecte à pix.fr avec son compte personnel, onglet Certification, et "
            "saisit le numéro de session {session_id}, son nom de naissance, son prénom et sa date de "
            "naissance."),
    )),
    (QT_TRANSLATE_NOOP("pdf", "À l'heure de début ({start})"), (
        QT_TRANSLATE_NOOP("pdf", "Donnez le code d'accès {access_code} aux candidats."),
        QT_TRANSLATE_NOOP(
            "pdf",
            "Dans l'espace surveillant, confirmez la présence de chaque candidat : il peut alors démarrer "
            "son test (la confirmation expire au bout de 15 minutes)."),
    )),
    (QT_TRANSLATE_NOOP("pdf", "Pendant le test"), (
        QT_TRANSLATE_NOOP(
            "pdf",
            "Suivez le temps de chacun : {extra_count} candidat(s) ont un temps majoré (voir la feuille "
            "d'émargement)."),
        QT_TRANSLATE_NOOP(
            "pdf",
            "Un candidat ne passe pas à la question suivante sans vous avoir prévenu d'un problème."),
    )),
    (QT_TRANSLATE_NOOP("pdf", "Fin de test"), (
        QT_TRANSLATE_NOOP(
            "pdf",
            "Vérifiez l'écran de fin de test de chaque candidat et cochez « Écran de fin de test vu » sur "
            "la feuille d'émargement."),
        QT_TRANSLATE_NOOP(
            "pdf",
            "Remettez la feuille d'émargement et le PV d'incident à la personne qui finalise la session "
            "dans Pix Certif."),
    )),
    (QT_TRANSLATE_NOOP("pdf", "En cas de problème"), (
        QT_TRANSLATE_NOOP(
            "pdf",
            "Le candidat ne parvient pas à rejoindre la session : comparez ses nom, prénom et date de "
            "naissance avec la feuille d'émargement (une erreur de saisie à l'inscription est possible) et "
            "notez la correction sur le PV d'incident (code C1)."),
        QT_TRANSLATE_NOOP(
            "pdf",
            "Problème technique sur une question (image, lien, site, fichier) : constatez-le avant que le "
            "candidat passe à la suite et notez-le sur le PV d'incident avec son code E et le numéro de "
            "l'épreuve."),
        QT_TRANSLATE_NOOP(
            "pdf",
            "Déconnexion involontaire : autorisez la reprise du test dans l'espace surveillant ; le "
            "candidat reprend là où il s'était arrêté, ses réponses sont conservées."),
    )),
)


def text(key: str, lang: str | None = None, **params: object) -> str:
    template = translate("pdf", TEXTS[key], lang)
    return template.format(**params) if params else template


def pick(source: str, lang: str | None = None) -> str:
    """A checklist text (French source) in the document's language."""
    return translate("pdf", source, lang)
