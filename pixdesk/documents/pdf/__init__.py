"""PDF documents of a session, drawn with reportlab: attendance sheet, incident report, invigilator kit."""
