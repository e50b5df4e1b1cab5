"""The feuille d'émargement (seed 004): the session block, the invigilators' signature box, then one numbered
row per candidate, tall enough to sign, with an "écran de fin de test vu" box to tick.

The list is cut into one table per page, each with its header row: every row has a fixed height, so the rows a
page holds are known in advance, which also spares reportlab splitting one long table again and again.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from pixdesk.documents.export_data import SessionExport, department_code, end_time, session_number
from pixdesk.models.formats import format_date, format_percent, long_date
from pixdesk.documents.pdf.cells import fit_text
from pixdesk.documents.pdf.fonts import REGULAR, register_fonts
from pixdesk.documents.pdf.page import Checkpoint, Part, frame_size
from pixdesk.documents.pdf.styles import (
    BODY,
    CELL,
    CELL_BOLD,
    HEADER_CELL,
    HEADER_FILL,
    HEADING,
    LIGHT_RULE,
    RULE,
    SMALL,
    TITLE,
)
from pixdesk.documents.pdf.texts import text
from pixdesk.documents.room_paper import printed_at
from pixdesk.models.room import ABSENT

ROW_HEIGHT = 30  # room for a signature (about 1 cm)
HEADER_HEIGHT = 38
CELL_FONT_SIZE = 7.5
CELL_PADDING = 3
CHECKBOX = "☐"
CHECKED = "☑"
# (header text key, width in points); the signature takes what the landscape frame has left (about 124 pt).
_FIXED_COLUMNS = (
    ("col_number", 22), ("col_last_name", 80), ("col_first_name", 70), ("col_birthdate", 62),
    ("col_birth_city", 74), ("col_department", 60), ("col_birth_country", 56), ("col_email", 104),
    ("col_external_id", 56), ("col_extra_time", 40),
)
_END_SCREEN_WIDTH = 52
COLUMNS = (
    *_FIXED_COLUMNS,
    ("col_signature", frame_size(True)[0] - sum(w for _, w in _FIXED_COLUMNS) - _END_SCREEN_WIDTH),
    ("col_end_screen", _END_SCREEN_WIDTH),
)
_CENTRED = (0, 3, 5, 9, 11)
_FITTED = {1: "last_name", 2: "first_name", 4: "birth_city", 6: "birth_country", 7: "email", 8: "external_id"}


def attendance_part(data: SessionExport, lang: str) -> Part:
    register_fonts()
    frame_width, frame_height = frame_size(True)
    opening = _opening(data, lang, frame_width)
    opening_height = sum(_height(f, frame_width, frame_height) for f in opening)
    # A point of slack: a table a hair taller than the space left would move to the next page.
    first_rows = max(1, int((frame_height - opening_height - HEADER_HEIGHT - 1) // ROW_HEIGHT))
    next_rows = int((frame_height - HEADER_HEIGHT - 1) // ROW_HEIGHT)

    rows = _candidate_rows(data, lang)
    story: list[Flowable] = list(opening)
    if not rows:
        story += [_table(lang, []), Paragraph(escape(text("no_candidates", lang)), BODY), Checkpoint(1)]
        return Part(text("attendance_title", lang), True, story)
    chunks = [rows[:first_rows]] + [rows[i:i + next_rows] for i in range(first_rows, len(rows), next_rows)]
    for index, chunk in enumerate(chunks, start=1):
        if index > 1:
            story.append(PageBreak())
        story += [_table(lang, chunk), Checkpoint(index)]
    return Part(text("attendance_title", lang), True, story, steps=len(chunks))


def _height(flowable: Flowable, width: float, height: float) -> float:
    return flowable.wrap(width, height)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _opening(data: SessionExport, lang: str, width: float) -> list[Flowable]:
    s = data.session

    def field(label_key: str, value: str) -> list[Paragraph]:
        return [Paragraph(escape(text(label_key, lang)), CELL_BOLD), Paragraph(escape(value), CELL)]

    times = f"{s.time} – {end_time(s.time, data.candidates)}"
    session_table = Table(
        [[Paragraph(escape(text("session_block", lang)), CELL_BOLD), ""],
         field("session_id", session_number(s, lang)), field("date", long_date(s.date, lang)),
         field("time_range", times),
         field("site", s.site), field("room", s.room)],
        colWidths=[120, width * 0.55 - 120],
        style=TableStyle([
            ("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), HEADER_FILL),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LINEBELOW", (0, 0), (-1, -2), 0.3, LIGHT_RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]),
    )
    invigilator_table = Table(
        [[Paragraph(escape(text("invigilated_by", lang)), CELL_BOLD)], [Paragraph(escape(s.examiner), CELL)],
         [Paragraph(escape(text("invigilator_signature", lang)), CELL_BOLD)], [""]],
        colWidths=[width * 0.45 - 12],
        rowHeights=[None, None, None, 52],
        style=TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LINEABOVE", (0, 2), (-1, 2), 0.3, LIGHT_RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]),
    )
    block = Table([[session_table, invigilator_table]], colWidths=[width * 0.55 + 12, width * 0.45 - 12],
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [
        Paragraph(escape(text("attendance_title", lang)), TITLE),
        block,
        Spacer(1, 3),
        Paragraph(escape(text("end_time_note", lang)), SMALL),
        *([Paragraph(escape(text("filled_attendance_note", lang, when=printed_at(lang))), SMALL)]
          if data.filled else []),
        Paragraph(escape(text("participants", lang)), HEADING),
    ]


def _candidate_rows(data: SessionExport, lang: str) -> list[list[str]]:
    widths = {index: COLUMNS[index][1] - 2 * CELL_PADDING for index in _FITTED}
    outcomes = {o.candidate_id: o for o in data.room.candidates} if data.room is not None else {}
    rows = []
    for number, c in enumerate(data.candidates, start=1):
        outcome = outcomes.get(c.id)
        signature = text("absent", lang) if outcome is not None and outcome.state == ABSENT else ""
        end_screen = CHECKED if outcome is not None and outcome.end_screen_seen else CHECKBOX
        if signature:
            end_screen = "–"
        values = {"last_name": c.last_name, "first_name": c.first_name, "birth_city": c.birth_city_name,
                  "birth_country": c.birth_country, "email": c.email, "external_id": c.external_id}
        fitted = {i: fit_text(values[name], widths[i], REGULAR, CELL_FONT_SIZE) for i, name in _FITTED.items()}
        rows.append([
            str(number), fitted[1], fitted[2], format_date(c.birthdate, lang), fitted[4], department_code(c),
            fitted[6], fitted[7], fitted[8], format_percent(c.extra_time_percentage, lang), signature, end_screen,
        ])
    return rows


def _table(lang: str, rows: list[list[str]]) -> Table:
    header = [Paragraph(escape(text(key, lang)), HEADER_CELL) for key, _ in COLUMNS]
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_FONT_SIZE, CELL_FONT_SIZE + 1.5),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("FONTSIZE", (11, 1), (11, -1), 13), ("LEADING", (11, 1), (11, -1), 13),
        *(("ALIGN", (column, 1), (column, -1), "CENTER") for column in _CENTRED),
    ]
    return Table([header, *rows], colWidths=[width for _, width in COLUMNS],
                 rowHeights=[HEADER_HEIGHT] + [ROW_HEIGHT] * len(rows), repeatRows=1,
                 style=TableStyle(commands))
