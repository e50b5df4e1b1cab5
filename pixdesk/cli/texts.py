"""Command-line wording in French and English."""

from __future__ import annotations

from pixdesk import language

TEXTS: dict[str, tuple[str, str]] = {
    "session_created": ("Session {id} créée. Code d'accès : {access_code}", "Session {id} created. Access code: {access_code}"),
    "session_updated": ("Session {id} modifiée.", "Session {id} updated."),
    "session_deleted": ("Session {id} supprimée.", "Session {id} deleted."),
    "no_sessions": ("Aucune session. Créez votre première session de certification : pixdesk session create …",
                    "No sessions yet. Create your first certification session: pixdesk session create …"),
    "no_candidates": ("En attente de candidats.", "No candidates yet."),
    "candidate_added": ("Candidat {id} ajouté : {first_name} {last_name}", "Candidate {id} added: {first_name} {last_name}"),
    "candidate_removed": ("Candidat {id} retiré de la session {session_id}.", "Candidate {id} removed from session {session_id}."),
    "incomplete": ("à compléter", "to complete"),
    "centre_updated": ("Centre mis à jour.", "Centre updated."),
    "unexpected": ("Erreur inattendue : {error}. Le détail est dans {log}.",
                   "Unexpected error: {error}. Details are in {log}."),
    "store_error": ("Base de données inutilisable : {error}", "Database cannot be used: {error}"),
    "invalid_id": ("{name} : numéro invalide « {value} »", "{name}: invalid number \"{value}\""),
    "no_display": ("Aucun écran disponible (ni DISPLAY ni WAYLAND_DISPLAY) : la fenêtre ne peut pas s'ouvrir. "
                   "Les commandes (pixdesk session list…) fonctionnent sans écran.",
                   "No display available (neither DISPLAY nor WAYLAND_DISPLAY): the window cannot open. "
                   "Commands (pixdesk session list…) work without a display."),
    "missing_xcb_cursor": ("Qt a besoin de la bibliothèque libxcb-cursor0 : sudo apt-get install libxcb-cursor0",
                           "Qt needs the libxcb-cursor0 library: sudo apt-get install libxcb-cursor0"),
    "gui_unavailable": ("Impossible d'ouvrir la fenêtre : {error}", "Cannot open the window: {error}"),
}
HEADERS = {
    "sessions": (("ID session", "Nom du site", "Salle", "Date", "Heure", "Surveillant(s)", "Code d'accès", "Statut"),
                 ("Session ID", "Site", "Room", "Date", "Time", "Invigilator(s)", "Access code", "Status")),
    "candidates": (("ID", "Nom de naissance", "Prénom", "Sexe", "Date de naissance", "Commune de naissance",
                    "Pays de naissance", "E-mail de convocation", "Identifiant local", "Temps majoré", "État"),
                   ("ID", "Birth name", "First name", "Sex", "Birth date", "Birth city", "Birth country",
                    "Convocation e-mail", "Local ID", "Extra time", "State")),
    "session_fields": (("ID session", "Code d'accès", "Mot de passe surveillant", "Nom du site", "Nom de la salle",
                        "Date", "Heure de début (heure locale)", "Surveillant(s)", "Observations", "Statut",
                        "Candidats"),
                       ("Session ID", "Access code", "Invigilator password", "Site", "Room", "Date",
                        "Start time (local)", "Invigilator(s)", "Observations", "Status", "Candidates")),
}


def text(key: str, **params: object) -> str:
    fr, en = TEXTS[key]
    return (en if language.current() == "en" else fr).format(**params)


def headers(key: str) -> tuple[str, ...]:
    fr, en = HEADERS[key]
    return en if language.current() == "en" else fr
