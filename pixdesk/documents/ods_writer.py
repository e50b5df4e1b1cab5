"""A small OpenDocument spreadsheet writer: one sheet, typed cells, a few styles.

The XML is written straight into the zip: odfpy builds a DOM and is about 40 times slower on a 10,000-row list.
Cells are typed (string, float, date) so that LibreOffice shows dates as dates and keeps codes' leading zeros.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import BinaryIO

from pixdesk import __version__

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"

# Cell styles a caller may name (see Styled); dates always get DATE.
TITLE, SECTION, LABEL, HEADER, NOTE, DATE, PERCENT_NUMBER, VALUE, DATE_VALUE, CENTRED = (
    "ce_title", "ce_section", "ce_label", "ce_header", "ce_note", "ce_date", "ce_percent", "ce_value",
    "ce_date_value", "ce_centred")
_DATE_STYLES = (DATE, DATE_VALUE)
HEADER_ROW = "ro_header"


@dataclass(frozen=True)
class Styled:
    """A cell value with one of the styles above; plain values get the default style."""

    value: object
    style: str


@dataclass(frozen=True)
class Percentage:
    """A percentage cell: the platform reads its value, a fraction (0.33 shown "33 %"); typing 33 into a cell of
    this style stores 0.33 too."""

    percent: int


_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'office:version="1.3"'
)
_BORDER = 'fo:border="0.06pt solid #808080"'
_CELL_STYLES = f"""
<number:date-style style:name="N_date"><number:day number:style="long"/><number:text>/</number:text>\
<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<number:percentage-style style:name="N_percent"><number:number number:decimal-places="0" \
number:min-integer-digits="1"/><number:text> %</number:text></number:percentage-style>
<style:style style:name="ta1" style:family="table" style:master-page-name="Default">\
<style:table-properties table:display="true"/></style:style>
<style:style style:name="{HEADER_ROW}" style:family="table-row"><style:table-row-properties \
style:row-height="1.6cm" style:use-optimal-row-height="false"/></style:style>
<style:style style:name="{TITLE}" style:family="table-cell" style:parent-style-name="Default">\
<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="{SECTION}" style:family="table-cell" style:parent-style-name="Default">\
<style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
<style:style style:name="{LABEL}" style:family="table-cell" style:parent-style-name="Default">\
<style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="{NOTE}" style:family="table-cell" style:parent-style-name="Default">\
<style:text-properties fo:font-style="italic" fo:color="#404040"/></style:style>
<style:style style:name="{HEADER}" style:family="table-cell" style:parent-style-name="Default">\
<style:table-cell-properties fo:background-color="#e8e8e8" {_BORDER} fo:wrap-option="wrap" \
style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/>\
<style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="{DATE}" style:family="table-cell" style:parent-style-name="Default" \
style:data-style-name="N_date"/>
<style:style style:name="{VALUE}" style:family="table-cell" style:parent-style-name="Default">\
<style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="{DATE_VALUE}" style:family="table-cell" style:parent-style-name="Default" \
style:data-style-name="N_date"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="{CENTRED}" style:family="table-cell" style:parent-style-name="Default">\
<style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="{PERCENT_NUMBER}" style:family="table-cell" style:parent-style-name="Default" \
style:data-style-name="N_percent"/>
"""
_STYLES_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {_NAMESPACES}>
<office:styles><style:default-style style:family="table-cell"><style:text-properties \
style:font-name="Liberation Sans" fo:font-size="10pt"/></style:default-style>
<style:style style:name="Default" style:family="table-cell"/></office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties \
fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1cm" \
style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>
"""
_MANIFEST_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{MIMETYPE}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

# Characters XML 1.0 forbids; a pasted name can carry one, and LibreOffice would refuse the whole file.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACE_RUN = re.compile(" {2,}|^ | $")


def _text(value: str) -> str:
    text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if not text.isprintable():
        text = _FORBIDDEN.sub("", text).replace("\n", "<text:line-break/>").replace("\t", "<text:tab/>")
    if "  " in text or text.startswith(" ") or text.endswith(" "):
        # ODF collapses runs of spaces inside <text:p>; <text:s/> keeps each one.
        text = _SPACE_RUN.sub(lambda m: f'<text:s text:c="{len(m.group())}"/>', text)
    return text


def _cell(value: object, style: str | None = None) -> str:
    if value is None or value == "":
        return "<table:table-cell/>"
    style_attr = f' table:style-name="{style}"' if style else ""
    kind = type(value)
    if kind is str:
        return f'<table:table-cell{style_attr} office:value-type="string"><text:p>{_text(value)}</text:p></table:table-cell>'
    if kind is Styled:
        return _cell(value.value, value.style)
    if kind is int or kind is float:
        return (f'<table:table-cell{style_attr} office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if kind is Percentage:
        return (f'<table:table-cell table:style-name="{PERCENT_NUMBER}" office:value-type="percentage" '
                f'office:value="{value.percent / 100}"><text:p>{value.percent} %</text:p></table:table-cell>')
    if kind is date:
        shown = f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
        date_style = style if style in _DATE_STYLES else DATE
        return (f'<table:table-cell table:style-name="{date_style}" office:value-type="date" '
                f'office:date-value="{value.isoformat()}"><text:p>{shown}</text:p></table:table-cell>')
    raise TypeError(f"no spreadsheet cell for {kind.__name__}")


def row_xml(values: Sequence[object], style: str | None = None, row_style: str | None = None) -> str:
    """One table row; `style` applies to every cell of the row that has none of its own."""
    while values and (values[-1] is None or values[-1] == ""):
        values = values[:-1]
    row_attr = f' table:style-name="{row_style}"' if row_style else ""
    cells = "".join(_cell(v, style) for v in values) if style else "".join(map(_cell, values))
    return f"<table:table-row{row_attr}>{cells or '<table:table-cell/>'}</table:table-row>"


def write_ods(target: BinaryIO, sheet_name: str, column_widths_cm: Sequence[float], rows: Iterable[str],
              *, column_styles: Sequence[str | None] = (), title: str = "") -> None:
    """Write the spreadsheet to an open binary file. `rows` are `row_xml` strings, consumed once, in order.

    `column_styles` gives a column's default cell style, which also applies to what the user types in later."""
    columns = "".join(
        f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{width}cm"/></style:style>' for i, width in enumerate(column_widths_cm)
    )
    styles = list(column_styles) + [None] * (len(column_widths_cm) - len(column_styles))
    column_tags = "".join(
        f'<table:table-column table:style-name="co{i}"'
        + (f' table:default-cell-style-name="{style}"/>' if style else "/>")
        for i, style in enumerate(styles)
    )
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_NAMESPACES}>'
            f"<office:automatic-styles>{columns}{_CELL_STYLES}</office:automatic-styles>"
            f'<office:body><office:spreadsheet><table:table table:name="{_text(sheet_name)}" table:style-name="ta1">'
            f"{column_tags}")
    tail = "</table:table></office:spreadsheet></office:body></office:document-content>"
    content = "".join((head, *rows, tail))

    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        # The mimetype entry must come first and stay uncompressed so tools can sniff the file type.
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", _MANIFEST_XML)
        archive.writestr("meta.xml", _meta_xml(title))
        archive.writestr("styles.xml", _STYLES_XML)
        archive.writestr("content.xml", content.encode("utf-8"))


def _meta_xml(title: str) -> str:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_NAMESPACES}><office:meta>'
            f"<meta:generator>PixDesk/{__version__}</meta:generator><dc:title>{_text(title)}</dc:title>"
            f"<meta:creation-date>{now}</meta:creation-date></office:meta></office:document-meta>")
