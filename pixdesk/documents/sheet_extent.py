"""Measuring a sheet's extent from its XML stream, before calamine builds it.

calamine allocates the rectangle from the first to the last non-empty cell, repeats expanded, for every sheet:
a few hundred bytes of ODS (`number-rows-repeated="1000000"` on a filled row) or one far xlsx cell (`XFD1048576`)
ask for gigabytes and abort the process. This reads the XML row by row with byte searches only (no cell objects),
tracks where the last filled row ends and how wide filled rows are, and refuses past the limits. Empty repeated
rows and cells, which LibreOffice and Excel write out to the sheet's edge, count for nothing, as in calamine.
"""

from __future__ import annotations

import re
from itertools import compress, repeat
from operator import or_

from pixdesk.documents.import_problems import refuse

MAX_COLUMNS = 512
MAX_CELLS = 3_000_000  # about 100 MB in calamine's dense range; a 50,000-candidate sheet needs 1 M
MAX_ROW_BYTES = 16 * 1024 * 1024

_ODS_ROW_END = b"</table:table-row>"
_ODS_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated="(\d+)"')
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_XLSX_ROW_END = b"</row>"
_XLSX_ROW_NUMBER = re.compile(rb'<row\b[^>]*?\br="(\d+)"')
_XLSX_FILLED_CELL = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,4})\d+"[^>]*(?<!/)>')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


class ExtentScanner:
    """Accumulates the extent of every sheet seen; `member()` gives the sink for one XML member."""

    def __init__(self, max_rows: int, reported_max_rows: int):
        self.max_rows = max_rows
        self.reported_max_rows = reported_max_rows
        self.total_cells = 0
        self._height = 0
        self._width = 0

    # One sheet's running state; `_end_sheet` folds it into the total.
    def _end_sheet(self) -> None:
        self.total_cells += self._height * self._width
        self._height = self._width = 0
        self._check_cells(0)

    def _check_cells(self, pending: int) -> None:
        if self.total_cells + pending > MAX_CELLS:
            raise refuse("IMPORT_SHEET_TOO_LARGE", max_columns=MAX_COLUMNS)

    def _filled_row(self, last_row: int, width: int) -> None:
        if last_row > self.max_rows:
            raise refuse("IMPORT_TOO_MANY_ROWS", max=f"{self.reported_max_rows:,}".replace(",", "\u202f"))
        if width > MAX_COLUMNS:
            raise refuse("IMPORT_SHEET_TOO_LARGE", max_columns=MAX_COLUMNS)
        self._height = last_row
        self._width = max(self._width, width)
        self._check_cells(self._height * self._width)

    def member(self) -> _RowSplitter:
        raise NotImplementedError


class _RowSplitter:
    """Cuts a byte stream into pieces that each end with one row's closing tag."""

    def __init__(self, scanner: ExtentScanner, row_end: bytes):
        self.scanner = scanner
        self.row_end = row_end
        self.buffer = b""

    def feed(self, data: bytes) -> None:
        pieces = (self.buffer + data).split(self.row_end)
        self.buffer = pieces.pop()
        if len(self.buffer) > MAX_ROW_BYTES:
            raise refuse("IMPORT_SHEET_TOO_LARGE", max_columns=MAX_COLUMNS)
        for piece in pieces:
            self.row(piece)

    def row(self, piece: bytes) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.scanner._end_sheet()


class _OdsRows(_RowSplitter):
    def __init__(self, scanner: ExtentScanner):
        super().__init__(scanner, _ODS_ROW_END)
        self.row_index = 0

    def feed(self, data: bytes) -> None:
        # Per chunk rather than per row: this runs over every row of every file.
        whole = self.buffer + data
        pieces = whole.split(self.row_end)
        self.buffer = pieces.pop()
        if len(self.buffer) > MAX_ROW_BYTES:
            raise refuse("IMPORT_SHEET_TOO_LARGE", max_columns=MAX_COLUMNS)
        # Sheet starts and repeated rows are rare: look for them once per chunk, not in every row.
        new_sheets = b"<table:table " in whole or b"<table:table>" in whole
        repeated_rows = b"rows-repeated" in whole
        if new_sheets or repeated_rows:
            self._rows_one_by_one(pieces, new_sheets, repeated_rows)
        else:
            self._plain_rows(pieces)

    def _plain_rows(self, pieces: list[bytes]) -> None:
        """A chunk whose rows each count one (most of every file): the filled ones are found in C, and only the
        last of them and the widest matter to the limits."""
        has_value = map(bytes.__contains__, pieces, repeat(b"office:value-type"))
        has_text = map(bytes.__contains__, pieces, repeat(b"<text:p"))
        filled = list(compress(range(len(pieces)), map(or_, has_value, has_text)))
        if filled:
            widest = max(map(self._width, map(pieces.__getitem__, filled)))
            self.scanner._filled_row(self.row_index + filled[-1] + 1, widest)
        self.row_index += len(pieces)

    def _rows_one_by_one(self, pieces: list[bytes], new_sheets: bool, repeated_rows: bool) -> None:
        scanner, index = self.scanner, self.row_index
        for piece in pieces:
            if new_sheets and (b"<table:table " in piece or b"<table:table>" in piece):
                scanner._end_sheet()
                index = 0
            if repeated_rows and b"rows-repeated" in piece:
                row_start = piece.rfind(b"<table:table-row")
                repeated = _ODS_ROWS_REPEATED.search(piece, row_start, piece.find(b">", row_start))
                index += int(repeated.group(1)) if repeated else 1
            else:
                index += 1
            if b"office:value-type" in piece or b"<text:p" in piece:
                scanner._filled_row(index, self._width(piece))
        self.row_index = index

    @staticmethod
    def _width(piece: bytes) -> int:
        crude = piece.count(b"<table:table-cell") + piece.count(b"<table:covered-table-cell")
        if b"columns-repeated" in piece:
            repeats = _ODS_COLUMNS_REPEATED.findall(piece)
            crude += sum(map(int, repeats)) - len(repeats)
        if crude <= MAX_COLUMNS:
            return crude
        # Only wide rows get the exact count: empty cells after the last filled one are not part of the sheet.
        spans = []
        for match in _ODS_CELL.finditer(piece):
            attributes = match.group(1)
            repeat = _ODS_COLUMNS_REPEATED.search(attributes)
            filled = b"office:value-type" in attributes or not match.group(2)
            spans.append((int(repeat.group(1)) if repeat else 1, filled))
        while spans and not spans[-1][1]:
            spans.pop()
        return sum(span for span, _ in spans)


class _XlsxRows(_RowSplitter):
    def __init__(self, scanner: ExtentScanner):
        super().__init__(scanner, _XLSX_ROW_END)
        self.row_index = 0

    def row(self, piece: bytes) -> None:
        number = _XLSX_ROW_NUMBER.search(piece)
        self.row_index = int(number.group(1)) if number else self.row_index + 1
        columns = _XLSX_FILLED_CELL.findall(piece)
        if not columns:
            if b"<v>" in piece or b"<is>" in piece:
                # Cells without references are placed one after another.
                self.scanner._filled_row(self.row_index, piece.count(b"<c ") + piece.count(b"<c>"))
            return
        self.scanner._filled_row(self.row_index, max(_column_number(c) for c in columns))


class OdsExtent(ExtentScanner):
    def member(self) -> _RowSplitter:
        return _OdsRows(self)


class XlsxExtent(ExtentScanner):
    def member(self) -> _RowSplitter:
        return _XlsxRows(self)
