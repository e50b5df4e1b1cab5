"""The PV d'incident (seed 004): the global comment box, the individual reports (those already recorded, then
blank lines to write on) and the whole code legend with its two notes."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pixdesk.documents.export_data import IncidentLine, SessionExport, session_number
from pixdesk.models.formats import long_date
from pixdesk.documents.pdf.page import Checkpoint, Part, frame_size
from pixdesk.documents.pdf.styles import BODY, CELL, CELL_BOLD, HEADER_FILL, HEADING, LIGHT_RULE, RULE, SMALL, TITLE
from pixdesk.documents.pdf.texts import text
from pixdesk.documents.room_paper import printed_at, room_incident_lines
from pixdesk.models.incidents import GROUP_TITLES, codes_in_group, group_title, legend_notes

BLANK_LINES = 8
FILLED_BLANK_LINES = 3  # for what was noted on paper only
MONO = "Courier"  # reportlab's own: the fingerprint is hexadecimal, ASCII only
BLANK_LINE_HEIGHT = 19
COMMENT_BOX_HEIGHT = 54
# Prénom/Nom, Code, N° épreuve, Détails (the rest of the portrait frame).
REPORT_WIDTHS = (140, 48, 56)
LEGEND_CODE_WIDTH, LEGEND_DETAILS_WIDTH = 40, 140


def incident_part(data: SessionExport, lang: str) -> Part:
    width = frame_size(False)[0]
    s = data.session
    story: list[Flowable] = [
        Paragraph(escape(text("incident_title", lang)), TITLE),
        Paragraph(f"<b>{escape(text('session_id_label', lang))}</b> {escape(session_number(s, lang))} &nbsp;&nbsp; "
                  f"{escape(long_date(s.date, lang))}, {escape(s.time)} &nbsp;&nbsp; "
                  f"{escape(s.site)} – {escape(s.room)}", BODY),
        Paragraph(escape(text("report_purpose", lang)), SMALL),
        Spacer(1, 6),
        _comment_box(s.examiner_global_comment, lang, width),
        Paragraph(escape(text("individual_reports", lang)), HEADING),
        *([Paragraph(escape(text("filled_report_note", lang, when=printed_at(lang))), SMALL), Spacer(1, 3)]
          if data.filled else []),
        _reports_table(room_incident_lines(data, lang) if data.filled else data.incidents, lang, width,
                       FILLED_BLANK_LINES if data.filled else BLANK_LINES),
        *([Spacer(1, 6), _fingerprint(data, lang, width), Spacer(1, 4)] if data.filled else []),
        Paragraph(escape(text("code_note", lang)), SMALL),
        Spacer(1, 4),
        *_legend(lang, width),
        Checkpoint(1),
    ]
    return Part(text("incident_title", lang), False, story)


def _comment_box(comment: str | None, lang: str, width: float) -> Table:
    body = Paragraph(escape(comment), CELL) if comment else ""
    return Table(
        [[Paragraph(escape(text("global_comment", lang)), CELL_BOLD)], [body]],
        colWidths=[width],
        rowHeights=[None, None if comment else COMMENT_BOX_HEIGHT],
        style=TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                          ("LINEBELOW", (0, 0), (-1, 0), 0.3, LIGHT_RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )


def _reports_table(incidents: list[IncidentLine], lang: str, width: float, blank_lines: int = BLANK_LINES) -> Table:
    header = [Paragraph(escape(text(key, lang)), CELL_BOLD)
              for key in ("col_candidate", "col_code", "col_question", "col_details")]
    rows = [
        [Paragraph(escape(i.candidate_name), CELL), i.code, "" if i.question_number is None else str(i.question_number),
         Paragraph(escape(i.description or ""), CELL)]
        for i in incidents
    ]
    rows += [["", "", "", ""] for _ in range(blank_lines)]
    heights = [None] * (1 + len(incidents)) + [BLANK_LINE_HEIGHT] * blank_lines
    return Table(
        [header, *rows], colWidths=[*REPORT_WIDTHS, width - sum(REPORT_WIDTHS)], rowHeights=heights, repeatRows=1,
        style=TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("FONT", (0, 1), (-1, -1), CELL.fontName, CELL.fontSize), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (2, -1), "CENTER"),
        ]),
    )


def _fingerprint(data: SessionExport, lang: str, width: float) -> Table:
    """The journal's fingerprint, so that this paper and the stored journal can be matched later."""
    room = data.room
    if room.fingerprint is None:
        body = [Paragraph(escape(text("no_journal", lang)), CELL)]
    else:
        groups = " ".join(room.fingerprint[i:i + 16] for i in range(0, len(room.fingerprint), 16))
        status = (text("fingerprint_verified", lang, count=room.event_count, session=data.session.id)
                  if room.verified else text("fingerprint_broken", lang))
        body = [Paragraph(f'<font name="{MONO}">{escape(groups)}</font>', CELL),
                Paragraph(escape(status), CELL_BOLD if not room.verified else CELL)]
    return Table([[Paragraph(escape(text("fingerprint_title", lang)), CELL_BOLD)], *([line] for line in body)],
                 colWidths=[width],
                 style=TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))


def _legend(lang: str, width: float) -> list[Flowable]:
    flowables: list[Flowable] = []
    incident_width = width - LEGEND_CODE_WIDTH - LEGEND_DETAILS_WIDTH
    for group in GROUP_TITLES:
        rows = [
            [Paragraph(escape(group_title(group, lang)), CELL_BOLD), "", ""],
            [Paragraph(escape(text(key, lang)), CELL_BOLD)
             for key in ("legend_code", "legend_incident", "legend_details")],
            *([Paragraph(f"<b>{c.code}</b>", CELL), Paragraph(escape(c.label(lang)), CELL),
               Paragraph(escape(c.details(lang)), CELL)] for c in codes_in_group(group)),
        ]
        table = Table(rows, colWidths=[LEGEND_CODE_WIDTH, incident_width, LEGEND_DETAILS_WIDTH], repeatRows=2,
                      style=TableStyle([
                          ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                          ("GRID", (0, 1), (-1, -1), 0.4, RULE), ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                      ]))
        flowables += [KeepTogether(table), Spacer(1, 5)]
    flowables += [Paragraph("• " + escape(note), SMALL) for note in legend_notes(lang)]
    return flowables
