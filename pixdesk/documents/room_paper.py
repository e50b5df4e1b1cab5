"""What the paper printed from the room says: each incident as the PV d'incident's line, and when it was printed."""

from __future__ import annotations

from datetime import datetime

from pixdesk.documents.export_data import IncidentLine, SessionExport
from pixdesk.models.formats import format_date
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

_AT = QT_TRANSLATE_NOOP("documents", "{date} à {time}")
_NOTED = QT_TRANSLATE_NOOP("documents", "noté à {time}")
_EXIT = QT_TRANSLATE_NOOP("documents", "sortie à {time}")
_TO_COMPLETE = QT_TRANSLATE_NOOP("documents", "à compléter")


def printed_at(lang: str | None = None, now: datetime | None = None) -> str:
    moment = (now or datetime.now().astimezone()).astimezone()
    return translate("documents", _AT, lang).format(date=format_date(moment.date(), lang),
                                                    time=moment.strftime("%H:%M"))


def room_incident_lines(data: SessionExport, lang: str | None = None) -> list[IncidentLine]:
    """The room's incidents in the order they were noted, details written out: the exit time (C3), the
    description, when it was noted, and "à compléter" for one left unfinished; then those recorded elsewhere."""
    lines = []
    if data.room is not None:
        for incident in data.room.incidents:
            parts = []
            if incident.exit_time:
                parts.append(translate("documents", _EXIT, lang).format(time=incident.exit_time))
            if incident.description:
                parts.append(incident.description)
            parts.append(translate("documents", _NOTED, lang).format(
                time=incident.noted_at.astimezone().strftime("%H:%M")))
            if not incident.complete:
                parts.append(translate("documents", _TO_COMPLETE, lang))
            lines.append(IncidentLine(incident.candidate_name, incident.code, incident.question_number,
                                      " – ".join(parts)))
    return lines + list(data.incidents)
