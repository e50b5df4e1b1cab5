"""Paragraph styles and colours shared by the PDF documents: black on white, thin grey rules (ink-friendly)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle

from pixdesk.documents.pdf.fonts import BOLD, REGULAR

INK = colors.black
RULE = colors.HexColor("#7a7a7a")
LIGHT_RULE = colors.HexColor("#b4b4b4")
HEADER_FILL = colors.HexColor("#ededed")  # the only fill: a pale grey that prints as a faint tint
MUTED = colors.HexColor("#444444")

TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=6, textColor=INK)
HEADING = ParagraphStyle("heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=7.5, leading=9.5, textColor=MUTED)
CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=BOLD)
HEADER_CELL = ParagraphStyle("header_cell", fontName=BOLD, fontSize=7, leading=8.5, alignment=TA_CENTER)
