"""Wording of the PDF documents, French (as on the platform's paper forms, seed 004) and English."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # Page frame
    "page": ("Page {n}/{total}", "Page {n}/{total}"),
    "session_number_short": ("Session n° {id}", "Session no. {id}"),
    # Attendance sheet
    "attendance_title": ("Feuille d'émargement", "Attendance sheet"),
    "session_block": ("La session de certification", "The certification session"),
    "session_id": ("N° de session", "Session number"),
    "session_id_label": ("N° de session :", "Session number:"),
    "date": ("Date", "Date"),
    "time_range": ("Heure locale (début/fin)", "Local time (start/end)"),
    "site": ("Nom du site", "Site name"),
    "room": ("Nom de la salle", "Room name"),
    "invigilated_by": ("Session surveillée par :", "Session invigilated by:"),
    "invigilator_signature": ("Signature des surveillant(s) :", "Invigilator signature(s):"),
    "participants": ("Participants", "Participants"),
    "end_time_note": ("Heure de fin prévue : 2 h après le début, prolongée du plus long temps majoré de la liste.",
                      "Planned end: 2 hours after the start, lengthened by the longest extra time in the list."),
    "no_candidates": ("Aucun candidat inscrit à cette session.", "No candidate enrolled in this session."),
    "col_number": ("N°", "No."),
    "col_last_name": ("Nom de naissance", "Birth name"),
    "col_first_name": ("Prénom", "First name"),
    "col_birthdate": ("Date de naissance (jj/mm/aaaa)", "Date of birth (dd/mm/yyyy)"),
    "col_birth_city": ("Commune de naissance", "Birth city"),
    "col_department": ("Code du département de naissance", "Birth department code"),
    "col_birth_country": ("Pays de naissance", "Birth country"),
    "col_email": ("Adresse e-mail de convocation", "Convocation e-mail"),
    "col_external_id": ("Identifiant local", "Local ID"),
    "col_extra_time": ("Temps majoré ?", "Extra time?"),
    "col_signature": ("Signature", "Signature"),
    "col_end_screen": ("Écran de fin de test vu (cocher)", "End-of-test screen seen (tick)"),
    # Incident report
    "incident_title": ("PV d'incident", "Incident report"),
    "global_comment": ("Commentaire global sur la session (optionnel – ne rien indiquer si tout s'est bien déroulé)",
                       "Overall comment on the session (optional – leave empty if everything went well)"),
    "individual_reports": ("Signalements individuels", "Individual reports"),
    "col_candidate": ("Prénom/Nom", "First name/Last name"),
    "col_code": ("Code (*)", "Code (*)"),
    "col_question": ("N° épreuve", "Question no."),
    "col_details": ("Détails", "Details"),
    "code_note": ("(*) Code : voir la légende ci-dessous.", "(*) Code: see the legend below."),
    "legend_code": ("Code", "Code"),
    "legend_incident": ("Incident", "Incident"),
    "legend_details": ("Détails attendus", "Details expected"),
    "report_purpose": ("Ce PV sert de note au surveillant pour transmettre les signalements à la personne qui "
                       "finalise la session dans Pix Certif.",
                       "This report is the invigilator's note, passed on to whoever finalises the session in "
                       "Pix Certif."),
    # Invigilator kit
    "kit_title": ("Kit surveillant", "Invigilator kit"),
    "access_code": ("Code d'accès candidat", "Candidate access code"),
    "access_code_note": ("À donner aux candidats à l'heure de début, pas avant.",
                         "Give it to the candidates at the start time, not before."),
    "invigilator_password": ("Mot de passe surveillant", "Invigilator password"),
    "password_note": ("Pour l'espace surveillant de Pix Certif, avec le numéro de session. Le préfixe « C- » est "
                      "déjà affiché dans le formulaire : saisissez seulement ces caractères.",
                      "For the Pix Certif invigilator space, with the session number. The \"C-\" prefix is already "
                      "shown in the form: type only these characters."),
    "start_time": ("Heure de début (heure locale)", "Start time (local)"),
    "planned_end": ("Fin prévue", "Planned end"),
    "invigilators": ("Surveillant(s)", "Invigilator(s)"),
    "candidate_count": ("Candidats inscrits", "Enrolled candidates"),
    "with_extra_time": ("dont {n} avec temps majoré", "{n} with extra time"),
    "confidential": ("Document confidentiel : ne pas afficher dans la salle.",
                     "Confidential: do not display in the room."),
    "day_steps": ("Le jour de la session", "On the day of the session"),
}

# The day-of-session checklist (seed 000, "Le jour de la session", adapted to an exam room). Each section is a
# title and its steps; steps may use {session_id}, {access_code}, {start}, {extra_count}. The last section
# (what to do on a problem) is advice, printed with bullets rather than boxes to tick.
CHECKLIST: tuple[tuple[tuple[str, str], tuple[tuple[str, str], ...]], ...] = (
    (("Avant l'heure de début", "Before the start time"), (
        ("Connectez-vous à l'espace surveillant de Pix Certif avec le numéro de session {session_id} et le mot "
         "de passe surveillant.",
         "Sign in to the Pix Certif invigilator space with session number {session_id} and the invigilator "
         "password."),
        ("Vérifiez l'identité de chaque candidat (pièce d'identité) avec la feuille d'émargement, puis faites-le "
         "signer sur sa ligne.",
         "Check each candidate's identity (ID document) against the attendance sheet, then have them sign on "
         "their line."),
        ("Chaque candidat se connecte à pix.fr avec son compte personnel, onglet Certification, et saisit le numéro "
         "de session {session_id}, son nom de naissance, son prénom et sa date de naissance.",
         "Each candidate signs in to pix.fr with their own account, opens the Certification tab and types session "
         "number {session_id}, their birth name, first name and date of birth."),
    )),
    (("À l'heure de début ({start})", "At the start time ({start})"), (
        ("Donnez le code d'accès {access_code} aux candidats.", "Give the candidates the access code {access_code}."),
        ("Dans l'espace surveillant, confirmez la présence de chaque candidat : il peut alors démarrer son test "
         "(la confirmation expire au bout de 15 minutes).",
         "In the invigilator space, confirm each candidate's presence so they can start their test (the "
         "confirmation expires after 15 minutes)."),
    )),
    (("Pendant le test", "During the test"), (
        ("Suivez le temps de chacun : {extra_count} candidat(s) ont un temps majoré (voir la feuille "
         "d'émargement).",
         "Follow each candidate's time: {extra_count} candidate(s) have extra time (see the attendance sheet)."),
        ("Un candidat ne passe pas à la question suivante sans vous avoir prévenu d'un problème.",
         "A candidate does not move on to the next question without telling you about a problem."),
    )),
    (("Fin de test", "End of the test"), (
        ("Vérifiez l'écran de fin de test de chaque candidat et cochez « Écran de fin de test vu » sur la feuille "
         "d'émargement.",
         "Check each candidate's end-of-test screen and tick \"End-of-test screen seen\" on the attendance sheet."),
        ("Remettez la feuille d'émargement et le PV d'incident à la personne qui finalise la session dans "
         "Pix Certif.",
         "Hand the attendance sheet and the incident report to whoever finalises the session in Pix Certif."),
    )),
    (("En cas de problème", "If something goes wrong"), (
        ("Le candidat ne parvient pas à rejoindre la session : comparez ses nom, prénom et date de naissance avec "
         "la feuille d'émargement (une erreur de saisie à l'inscription est possible) et notez la correction sur "
         "le PV d'incident (code C1).",
         "The candidate cannot join the session: compare their name, first name and date of birth with the "
         "attendance sheet (a typing mistake at enrolment is possible) and note the correction on the incident "
         "report (code C1)."),
        ("Problème technique sur une question (image, lien, site, fichier) : constatez-le avant que le candidat "
         "passe à la suite et notez-le sur le PV d'incident avec son code E et le numéro de l'épreuve.",
         "Technical problem on a question (image, link, website, file): see it for yourself before the candidate "
         "moves on, and note it on the incident report with its E code and the question number."),
        ("Déconnexion involontaire : autorisez la reprise du test dans l'espace surveillant ; le candidat reprend "
         "là où il s'était arrêté, ses réponses sont conservées.",
         "Accidental disconnection: allow the test to resume in the invigilator space; the candidate carries on "
         "where they stopped and keeps their answers."),
    )),
)


def text(key: str, lang: str, **params: object) -> str:
    fr, en = TEXTS[key]
    template = en if lang == "en" else fr
    return template.format(**params) if params else template


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]
