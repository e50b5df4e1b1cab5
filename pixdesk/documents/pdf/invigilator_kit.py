"""The kit surveillant: what the invigilator needs in the room (codes, where and when, how many candidates) and
the day-of-session steps as a checklist. White background, black text: it is printed, often in black and white."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pixdesk.documents.export_data import SessionExport, end_time, session_number
from pixdesk.models.formats import long_date
from pixdesk.documents.pdf.fonts import BOLD
from pixdesk.documents.pdf.page import Checkpoint, Part, frame_size
from pixdesk.documents.pdf.styles import BODY, CELL, CELL_BOLD, HEADING, LIGHT_RULE, RULE, SMALL, TITLE
from pixdesk.documents.pdf.texts import CHECKLIST, pick, text

CODE = ParagraphStyle("code", fontName=BOLD, fontSize=26, leading=32)
CHECKBOX = "☐"
BULLET = "•"
LABEL_WIDTH = 150


def kit_part(data: SessionExport, lang: str) -> Part:
    width = frame_size(False)[0]
    s = data.session
    story: list[Flowable] = [
        Paragraph(escape(text("kit_title", lang)), TITLE),
        Paragraph(escape(text("confidential", lang)), SMALL),
        Spacer(1, 8),
        _codes(data, lang, width),
        Spacer(1, 10),
        _details(data, lang, width),
        Paragraph(escape(text("day_steps", lang)), HEADING),
    ]
    extra_count = sum(1 for c in data.candidates if c.extra_time_percentage)
    params = {"session_id": session_number(s, lang), "access_code": s.access_code, "start": s.time,
              "extra_count": extra_count}
    for index, (title, steps) in enumerate(CHECKLIST):
        mark = BULLET if index == len(CHECKLIST) - 1 else CHECKBOX
        items = [[mark, Paragraph(escape(pick(step, lang).format(**params)), BODY)] for step in steps]
        section = Table(items, colWidths=[18, width - 18], style=TableStyle([
            ("FONT", (0, 0), (0, -1), BODY.fontName, 12), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]))
        story.append(KeepTogether([Paragraph(f"<b>{escape(pick(title, lang).format(**params))}</b>", BODY),
                                   Spacer(1, 2), section, Spacer(1, 5)]))
    story.append(Checkpoint(1))
    return Part(text("kit_title", lang), False, story)


def _codes(data: SessionExport, lang: str, width: float) -> Table:
    s = data.session

    def box(label_key: str, value: str, note_key: str) -> list[Flowable]:
        return [Paragraph(escape(text(label_key, lang)), CELL_BOLD), Paragraph(escape(value), CODE),
                Paragraph(escape(text(note_key, lang)), SMALL)]

    session_box = [Paragraph(escape(text("session_id", lang)), CELL_BOLD), Paragraph(escape(s.number), CODE)]
    if s.number_is_provisional:
        session_box.append(Paragraph(escape(text("provisional_number_note", lang)), SMALL))
    return Table(
        [[session_box, box("access_code", s.access_code, "access_code_note"),
          box("invigilator_password", s.invigilator_password, "password_note")]],
        colWidths=[width * 0.22, width * 0.36, width * 0.42],
        style=TableStyle([("BOX", (0, 0), (0, 0), 1, RULE), ("BOX", (1, 0), (1, 0), 1, RULE),
                          ("BOX", (2, 0), (2, 0), 1, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                          ("LEFTPADDING", (0, 0), (-1, -1), 8)]),
    )


def _details(data: SessionExport, lang: str, width: float) -> Table:
    s = data.session
    count = str(len(data.candidates))
    extra_count = sum(1 for c in data.candidates if c.extra_time_percentage)
    if extra_count:
        count += f" ({text('with_extra_time', lang, n=extra_count)})"
    rows = [
        ("site", s.site), ("room", s.room), ("date", long_date(s.date, lang)), ("start_time", s.time),
        ("planned_end", end_time(s.time, data.candidates)), ("invigilators", s.examiner),
        ("candidate_count", count),
    ]
    return Table(
        [[Paragraph(escape(text(key, lang)), CELL_BOLD), Paragraph(escape(value), CELL)] for key, value in rows],
        colWidths=[LABEL_WIDTH, width - LABEL_WIDTH],
        style=TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LINEBELOW", (0, 0), (-1, -2), 0.3, LIGHT_RULE),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
    )
