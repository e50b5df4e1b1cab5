"""The finalisation receipt: what was finalised, when and by whom, kept by the centre. The session, each candidate
who started and their outcome, the incidents and how they are sent, the attached documents with their SHA-256, and
the journal's fingerprint, which seals all of it (the finalisation is the journal's last event)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from pixdesk.documents.export_data import session_number
from pixdesk.documents.pdf.page import Checkpoint, Part, frame_size
from pixdesk.documents.pdf.styles import BODY, CELL, CELL_BOLD, HEADER_FILL, HEADING, RULE, SMALL, TITLE
from pixdesk.models.finalisation import document_kind_label
from pixdesk.models.formats import long_date
from pixdesk.models.room import abort_reason_label
from pixdesk.texts import QT_TRANSLATE_NOOP, translate

TEXTS = {
    "title": QT_TRANSLATE_NOOP("pdf", "Récépissé de finalisation"),
    "session": QT_TRANSLATE_NOOP("pdf", "Session n° {id} – {date}, {time} – {site}, salle {room}"),
    "examiner": QT_TRANSLATE_NOOP("pdf", "Surveillant(s) : {examiner}"),
    "finalised": QT_TRANSLATE_NOOP("pdf", "Finalisée le {date} à {time} par {by}."),
    "pending": QT_TRANSLATE_NOOP(
        "pdf", "Les informations de finalisation sont transmises à Pix à la synchronisation ; ce récépissé garde "
               "ce qui a été finalisé, tel quel."),
    "candidates": QT_TRANSLATE_NOOP("pdf", "Candidats ayant commencé leur test ({count})"),
    "col_name": QT_TRANSLATE_NOOP("pdf", "Nom, prénom"),
    "col_id": QT_TRANSLATE_NOOP("pdf", "N°"),
    "col_outcome": QT_TRANSLATE_NOOP("pdf", "Issue"),
    "col_end_screen": QT_TRANSLATE_NOOP("pdf", "Écran de fin vu"),
    "col_reports": QT_TRANSLATE_NOOP("pdf", "Signalements"),
    "completed": QT_TRANSLATE_NOOP("pdf", "terminé"),
    "unfinished": QT_TRANSLATE_NOOP("pdf", "non terminé – {reason}"),
    "yes": QT_TRANSLATE_NOOP("pdf", "oui"),
    "no": QT_TRANSLATE_NOOP("pdf", "non"),
    "incidents": QT_TRANSLATE_NOOP("pdf", "Signalements ({count})"),
    "no_incident": QT_TRANSLATE_NOOP("pdf", "Aucun signalement."),
    "col_candidate": QT_TRANSLATE_NOOP("pdf", "Candidat"),
    "col_code": QT_TRANSLATE_NOOP("pdf", "Code"),
    "col_sent_as": QT_TRANSLATE_NOOP("pdf", "Envoyé comme"),
    "col_question": QT_TRANSLATE_NOOP("pdf", "Question"),
    "col_details": QT_TRANSLATE_NOOP("pdf", "Détails"),
    "comment": QT_TRANSLATE_NOOP("pdf", "Commentaire global"),
    "no_comment": QT_TRANSLATE_NOOP("pdf", "Aucun commentaire."),
    "has_incident": QT_TRANSLATE_NOOP("pdf", "Un ou plusieurs incidents ont impacté la session : {value}"),
    "has_joining_issue": QT_TRANSLATE_NOOP("pdf", "Des candidats ont eu du mal à rejoindre la session : {value}"),
    "documents": QT_TRANSLATE_NOOP("pdf", "Documents joints ({count})"),
    "no_document": QT_TRANSLATE_NOOP("pdf", "Aucun document joint."),
    "col_file": QT_TRANSLATE_NOOP("pdf", "Fichier"),
    "col_kind": QT_TRANSLATE_NOOP("pdf", "Type"),
    "col_size": QT_TRANSLATE_NOOP("pdf", "Taille"),
    "size": QT_TRANSLATE_NOOP("pdf", "{n} Ko"),
    "journal": QT_TRANSLATE_NOOP("pdf", "Journal de la salle"),
    "fingerprint": QT_TRANSLATE_NOOP("pdf", "Empreinte (SHA-256) : {fingerprint}"),
    "events": QT_TRANSLATE_NOOP("pdf", "{count} événements, chaîne d'empreintes vérifiée : {verified}."),
}
NAME_WIDTH, ID_WIDTH, OUTCOME_WIDTH, SEEN_WIDTH = 150, 34, 150, 70
CODE_WIDTH, QUESTION_WIDTH = 40, 58


def t(key: str, lang: str, **params: object) -> str:
    template = translate("pdf", TEXTS[key], lang)
    return template.format(**params) if params else template


def receipt_part(data, lang: str) -> Part:
    """`data` is a services.finalisation.Finalisation of a finalised session."""
    width = frame_size(False)[0]
    s, record = data.session, data.record
    when = s.finalized_at.astimezone()
    story: list[Flowable] = [
        Paragraph(escape(t("title", lang)), TITLE),
        Paragraph(escape(t("session", lang, id=session_number(s, lang), date=long_date(s.date, lang), time=s.time, site=s.site,
                           room=s.room)), BODY),
        Paragraph(escape(t("examiner", lang, examiner=s.examiner)), BODY),
        Spacer(1, 4),
        Paragraph("<b>" + escape(t("finalised", lang, date=long_date(when.date(), lang),
                                   time=when.strftime("%H:%M"), by=record.finalized_by)) + "</b>", BODY),
        Paragraph(escape(t("pending", lang)), SMALL),
        Paragraph(escape(t("candidates", lang, count=len(data.lines))), HEADING),
        _candidates(data, lang, width),
        Paragraph(escape(t("incidents", lang, count=len(record.issue_reports))), HEADING),
        _incidents(data, lang, width),
        Paragraph(escape(t("comment", lang)), HEADING),
        Paragraph(escape(s.examiner_global_comment or t("no_comment", lang)), BODY),
        Spacer(1, 3),
        Paragraph(escape(t("has_incident", lang, value=_yes_no(record.document["data"]["attributes"]["has-incident"],
                                                               lang))), BODY),
        Paragraph(escape(t("has_joining_issue", lang, value=_yes_no(
            record.document["data"]["attributes"]["has-joining-issue"], lang))), BODY),
        Paragraph(escape(t("documents", lang, count=len(record.documents))), HEADING),
        _documents(record.documents, lang, width),
        Paragraph(escape(t("journal", lang)), HEADING),
        Paragraph(escape(t("fingerprint", lang, fingerprint=record.journal_fingerprint or "–")), BODY),
        Paragraph(escape(t("events", lang, count=data.report.event_count,
                           verified=_yes_no(data.report.verified, lang))), BODY),
        Checkpoint(1),
    ]
    return Part(t("title", lang), False, story)


def _yes_no(value: bool, lang: str) -> str:
    return t("yes" if value else "no", lang)


def _table(header: list[str], rows: list[list], widths: list[float]) -> Table:
    return Table([[Paragraph(escape(h), CELL_BOLD) for h in header], *rows], colWidths=widths, repeatRows=1,
                 style=TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                                   ("FONT", (0, 1), (-1, -1), CELL.fontName, CELL.fontSize),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))


def _candidates(data, lang: str, width: float) -> Table:
    rows = []
    for line in data.lines:
        codes = ", ".join(i.view.code for i in data.incidents.get(line.candidate_id, []))
        outcome = t("completed", lang) if line.completed else t(
            "unfinished", lang, reason=abort_reason_label(line.abort_reason, lang) if line.abort_reason else "?")
        rows.append([Paragraph(escape(f"{line.journal.last_name} {line.journal.first_name}"), CELL),
                     str(line.candidate_id), Paragraph(escape(outcome), CELL), _yes_no(line.end_screen_seen, lang),
                     Paragraph(escape(codes), CELL)])
    widths = [NAME_WIDTH, ID_WIDTH, OUTCOME_WIDTH, SEEN_WIDTH]
    return _table([t(k, lang) for k in ("col_name", "col_id", "col_outcome", "col_end_screen", "col_reports")],
                  rows, [*widths, width - sum(widths)])


def _incidents(data, lang: str, width: float) -> Flowable:
    rows = []
    for line in data.lines:
        for item in data.incidents.get(line.candidate_id, []):
            view = item.view
            details = item.sent.description or ""
            rows.append([Paragraph(escape(view.candidate_name), CELL), view.code, view.current_code,
                         "" if item.sent.question_number is None else str(item.sent.question_number),
                         Paragraph(escape(details), CELL)])
    if not rows:
        return Paragraph(escape(t("no_incident", lang)), BODY)
    widths = [NAME_WIDTH - 30, CODE_WIDTH, CODE_WIDTH + 20, QUESTION_WIDTH]
    return _table([t(k, lang) for k in ("col_candidate", "col_code", "col_sent_as", "col_question", "col_details")],
                  rows, [*widths, width - sum(widths)])


def _documents(documents: list[dict], lang: str, width: float) -> Flowable:
    if not documents:
        return Paragraph(escape(t("no_document", lang)), BODY)
    rows = [[Paragraph(escape(d["file_name"]), CELL), Paragraph(escape(document_kind_label(d["kind"], lang)), CELL),
             t("size", lang, n=max(1, round(d["size"] / 1024))), Paragraph(f"<font size=6.2>{d['sha256']}</font>", CELL)]
            for d in documents]
    widths = [118, 84, 40]
    return _table([t(k, lang) for k in ("col_file", "col_kind", "col_size")] + ["SHA-256"], rows,
                  [*widths, width - sum(widths)])
