"""Command-line wording: French source, other languages from the catalogue (context "cli")."""

from __future__ import annotations

from pixdesk.models.fields import field_label
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

TEXTS: dict[str, str] = {
    "session_created": QT_TRANSLATE_NOOP("cli", "Session {id} créée. Code d'accès : {access_code}"),
    "session_updated": QT_TRANSLATE_NOOP("cli", "Session {id} modifiée."),
    "session_deleted": QT_TRANSLATE_NOOP("cli", "Session {id} supprimée."),
    "no_sessions": QT_TRANSLATE_NOOP(
        "cli",
        "Aucune session. Créez votre première session de certification : pixdesk session create …"),
    "no_candidates": QT_TRANSLATE_NOOP("cli", "En attente de candidats."),
    "candidate_added": QT_TRANSLATE_NOOP("cli", "Candidat {id} ajouté : {first_name} {last_name}"),
    "candidate_removed": QT_TRANSLATE_NOOP("cli", "Candidat {id} retiré de la session {session_id}."),
    "incomplete": QT_TRANSLATE_NOOP("cli", "à compléter"),
    "centre_updated": QT_TRANSLATE_NOOP("cli", "Centre mis à jour."),
    "invalid_id": QT_TRANSLATE_NOOP("cli", "{name} : numéro invalide « {value} »"),
    "no_display": QT_TRANSLATE_NOOP(
        "cli",
        "Aucun écran disponible (ni DISPLAY ni WAYLAND_DISPLAY) : la fenêtre ne peut pas s'ouvrir. Les "
        "commandes (pixdesk session list…) fonctionnent sans écran."),
    "missing_xcb_cursor": QT_TRANSLATE_NOOP(
        "cli",
        "Qt a besoin de la bibliothèque libxcb-cursor0 : sudo apt-get install libxcb-cursor0"),
    "gui_unavailable": QT_TRANSLATE_NOOP("cli", "Impossible d'ouvrir la fenêtre : {error}"),
}
# Column headers: field names where a field is shown as such, the command line's own words otherwise.
HEADERS: dict[str, tuple[str, ...]] = {
    "sessions": (QT_TRANSLATE_NOOP("cli", "ID session"), "@site", QT_TRANSLATE_NOOP("cli", "Salle"),
                 QT_TRANSLATE_NOOP("cli", "Date"), QT_TRANSLATE_NOOP("cli", "Heure"), "@examiner",
                 QT_TRANSLATE_NOOP("cli", "Code d'accès"), QT_TRANSLATE_NOOP("cli", "Statut")),
    "candidates": ("ID", "@last_name", "@first_name", "@sex", "@birthdate", "@birth_city", "@birth_country",
                   "@email", "@external_id", "@extra_time_percentage", QT_TRANSLATE_NOOP("cli", "État")),
    "session_fields": (QT_TRANSLATE_NOOP("cli", "ID session"), QT_TRANSLATE_NOOP("cli", "Code d'accès"),
                       QT_TRANSLATE_NOOP("cli", "Mot de passe surveillant"), "@site", "@room",
                       QT_TRANSLATE_NOOP("cli", "Date"), QT_TRANSLATE_NOOP("cli", "Heure de début (heure locale)"),
                       "@examiner", "@description", QT_TRANSLATE_NOOP("cli", "Statut"),
                       QT_TRANSLATE_NOOP("cli", "Candidats")),
}


def text(key: str, **params: object) -> str:
    return translate("cli", TEXTS[key]).format(**params)


def headers(key: str) -> tuple[str, ...]:
    """"@field" names a field (see pixdesk.models.fields)."""
    return tuple(field_label(h[1:]) or h if h.startswith("@") else translate("cli", h) for h in HEADERS[key])
