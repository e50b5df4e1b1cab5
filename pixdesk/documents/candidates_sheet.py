"""The candidate list sheet as the platform's template lays it out: the session block on top, the header row at
row 11, one row per candidate, then 20 empty numbered rows to fill in. Values are written the way the import
reads them back, so export then import gives the same stored list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from pixdesk.documents import ods_writer as ods
from pixdesk.documents.export_data import SessionExport, session_number
from pixdesk.documents.export_progress import Tracker
from pixdesk.documents.sheet_layout import (
    BILLING_FIELDS,
    CANDIDATE_COLUMNS,
    COMPLEMENTARY_HEADER_SUFFIX,
    EXTRA_EMPTY_ROWS,
    session_label,
)
from pixdesk.models.candidate_rules import COMPLEMENTARY_CERTIFICATIONS, billing_label, certification_label
from pixdesk.services.candidates import CandidateRecord
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

NUMBER_HEADER = QT_TRANSLATE_NOOP("sheet", "N°")
YES = QT_TRANSLATE_NOOP("sheet", "Oui")
FOREIGN_INSEE_CODE = "99"
BIRTH_PLACE_HELP = (
    QT_TRANSLATE_NOOP("sheet", "Candidat né en France : Code Insee OU Code postal et nom de la commune"),
    QT_TRANSLATE_NOOP("sheet", "Candidat né à l'étranger : Code Insee 99 ET nom de la commune"),
)
_WIDTHS_CM = {
    "last_name": 4.2, "first_name": 3.6, "external_id": 3.0, "extra_time_percentage": 2.4, "birthdate": 4.0,
    "birth_city": 4.8, "birth_postal_code": 2.4, "birth_insee_code": 2.4, "birth_country": 3.0, "email": 5.6,
    "result_recipient_email": 6.0, "sex": 2.2, "billing_mode": 3.4, "prepayment_code": 4.6,
}
_COLUMN_STYLES = {"extra_time_percentage": ods.PERCENT_NUMBER, "birthdate": ods.DATE, "sex": ods.CENTRED}
COMPLEMENTARY_WIDTH_CM = 4.4
PROGRESS_EVERY = 500


def _pick(source: str, lang: str) -> str:
    return translate("sheet", source, lang)


def write_candidates_sheet(target: BinaryIO, data: SessionExport, lang: str, tracker: Tracker) -> None:
    columns = [c for c in CANDIDATE_COLUMNS if not (data.policy.billing_forbidden and c.field in BILLING_FIELDS)]
    habilitations = [k for k in data.policy.habilitations if k in COMPLEMENTARY_CERTIFICATIONS]
    widths = [1.1, *(_WIDTHS_CM[c.field] for c in columns), *(COMPLEMENTARY_WIDTH_CM for _ in habilitations)]
    header = [
        _pick(NUMBER_HEADER, lang),
        *(c.label(lang) for c in columns),
        *(certification_label(k, lang) + _pick(COMPLEMENTARY_HEADER_SUFFIX, lang)
          for k in habilitations),
    ]
    # Column defaults, so dates and extra time the user types in the empty rows look like the exported ones.
    styles = [ods.CENTRED, *(_COLUMN_STYLES.get(c.field) for c in columns)]
    tracker.total = len(data.candidates)
    rows = _rows(data, lang, header, [c.field for c in columns], habilitations, tracker)
    ods.write_ods(target, session_label("list_title", lang), widths, rows, column_styles=styles,
                  title=f"{session_label('list_title', lang)} - {session_number(data.session, lang)}")


def _session_block(data: SessionExport, lang: str) -> list[str]:
    """Ten rows, so the header lands on row 11 as in the platform's template."""
    s = data.session

    def label(key: str) -> ods.Styled:
        return ods.Styled(session_label(key, lang), ods.LABEL)

    def value(content: object) -> ods.Styled:
        return ods.Styled(content, ods.DATE_VALUE if content is s.date else ods.VALUE)

    # A number cell once the server has numbered the session; until then the number says it is provisional.
    number = int(s.number) if not s.number_is_provisional and s.number.isdigit() else session_number(s, lang)

    return [
        ods.row_xml([None, ods.Styled(session_label("list_title", lang), ods.TITLE)]),
        ods.row_xml([]),
        ods.row_xml([None, ods.Styled(session_label("title", lang), ods.SECTION)]),
        ods.row_xml([None, label("session_id"), value(number)]),
        ods.row_xml([None, label("site"), value(s.site), None, None, None, label("examiner"), value(s.examiner)]),
        ods.row_xml([None, label("room"), value(s.room)]),
        ods.row_xml([None, label("date"), value(s.date)]),
        ods.row_xml([None, label("time"), value(s.time)]),
        *(ods.row_xml([None, ods.Styled(_pick(help_text, lang), ods.NOTE)]) for help_text in BIRTH_PLACE_HELP),
    ]


def _rows(data: SessionExport, lang: str, header: list[str], fields: list[str], habilitations: list[str],
          tracker: Tracker) -> Iterator[str]:
    yield from _session_block(data, lang)
    yield ods.row_xml(header, ods.HEADER, ods.HEADER_ROW)
    yes = _pick(YES, lang)
    tracker.step(0)
    number = 0
    for number, candidate in enumerate(data.candidates, start=1):
        values = _candidate_values(candidate, lang)
        yield ods.row_xml([
            number,
            *(values[f] for f in fields),
            *((yes if candidate.complementary_certification == k else None) for k in habilitations),
        ])
        if number % PROGRESS_EVERY == 0:
            tracker.step(number)
    for extra in range(number + 1, number + EXTRA_EMPTY_ROWS + 1):
        yield ods.row_xml([extra])
    tracker.step(tracker.total)


def _candidate_values(c: CandidateRecord, lang: str) -> dict[str, object]:
    city, postal, insee = _birth_place(c)
    return {
        "last_name": c.last_name, "first_name": c.first_name, "external_id": c.external_id,
        "extra_time_percentage": ods.Percentage(c.extra_time_percentage) if c.extra_time_percentage else None,
        "birthdate": c.birthdate, "birth_city": city, "birth_postal_code": postal, "birth_insee_code": insee,
        "birth_country": c.birth_country, "email": c.email, "result_recipient_email": c.result_recipient_email,
        "sex": c.sex, "billing_mode": billing_label(c.billing_mode, lang) or None,
        "prepayment_code": c.prepayment_code,
    }


def _birth_place(c: CandidateRecord) -> tuple[str | None, str | None, str | None]:
    """(city, postal code, INSEE code) as the import wants them back, like the platform's export (#3194).

    Abroad: INSEE "99" and the city. France by INSEE code: the code alone (the import finds the city's name
    again). France by postal code: postal code and city."""
    insee = c.birth_insee_code
    if insee and insee.startswith(FOREIGN_INSEE_CODE):
        return c.birth_city, None, FOREIGN_INSEE_CODE
    if insee:
        return None, None, insee
    return c.birth_city, c.birth_postal_code, None
