"""Reading the first sheet of a .ods, .xlsx or .csv file into rows of typed cells, safely.

Row i of the result is line i + 1 of the sheet, so problems can name the line the user sees. The format is told
by the file's first bytes, not its name. Zips pass `archive_guard` before calamine reads them; any failure is one
`FileRefused` problem in the user's language, never a traceback, within a few seconds and bounded memory.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import python_calamine

from pixdesk.documents.archive_guard import UNREADABLE, inflate_members, open_archive, read_small_member
from pixdesk.documents.import_problems import ImportCancelled, refuse
from pixdesk.documents.sheet_extent import OdsExtent, XlsxExtent

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DATA_ROWS = 50_000
HEADER_SEARCH_ROWS = 50
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_CSV_DELIMITERS = ";,\t"


@dataclass(frozen=True)
class Sheet:
    rows: list[list[object]]
    format: str  # "ods", "xlsx" or "csv"

    def line(self, index: int) -> int:
        return index + 1


def _formatted(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


def _too_many_rows():
    return refuse("IMPORT_TOO_MANY_ROWS", max=_formatted(MAX_DATA_ROWS))


def read_sheet(path: Path | str, *, is_cancelled: Callable[[], bool] | None = None) -> Sheet:
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise refuse("IMPORT_FILE_NOT_FOUND", path=path.name) from None
    except OSError:
        raise refuse(UNREADABLE) from None
    if size > MAX_FILE_BYTES:
        raise refuse("IMPORT_FILE_TOO_LARGE", max=MAX_FILE_BYTES // (1024 * 1024))
    if head.startswith(_ZIP_MAGIC):
        return _read_zip(path, is_cancelled)
    if head.startswith(_OLE2_MAGIC):
        raise refuse(_ole2_kind(path))
    return _read_csv(path)


def _ole2_kind(path: Path) -> str:
    # A password-protected .xlsx is an OLE2 container holding "EncryptionInfo"; other OLE2 files are old .xls.
    data = path.read_bytes()
    return "IMPORT_FILE_ENCRYPTED" if "EncryptionInfo".encode("utf-16-le") in data else "IMPORT_FILE_OLD_EXCEL"


def _read_zip(path: Path, is_cancelled) -> Sheet:
    archive = open_archive(path)
    try:
        names = set(archive.namelist())
        mimetype = read_small_member(archive, "mimetype") or b""
        max_rows = MAX_DATA_ROWS + HEADER_SEARCH_ROWS
        if mimetype.startswith(_ODS_MIMETYPE) or "content.xml" in names:
            manifest = read_small_member(archive, "META-INF/manifest.xml") or b""
            if b"encryption-data" in manifest:
                raise refuse("IMPORT_FILE_ENCRYPTED")
            kind, extent, measured = "ods", OdsExtent(max_rows, MAX_DATA_ROWS), "content.xml"
            inflate_members(archive, path, lambda name: name == measured, extent, is_cancelled)
        elif "xl/workbook.xml" in names:
            kind, extent = "xlsx", XlsxExtent(max_rows, MAX_DATA_ROWS)
            inflate_members(archive, path, lambda name: name.startswith("xl/worksheets/") and name.endswith(".xml"),
                            extent, is_cancelled)
        else:
            raise refuse(UNREADABLE)
    finally:
        archive.close()
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled()
    return Sheet(_calamine_rows(path), kind)


def _calamine_rows(path: Path) -> list[list[object]]:
    try:
        with python_calamine.CalamineWorkbook.from_path(str(path)) as workbook:
            if not workbook.sheet_names:
                raise refuse("IMPORT_NO_CANDIDATES")
            rows = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except python_calamine.PasswordError:
        raise refuse("IMPORT_FILE_ENCRYPTED") from None
    except (python_calamine.CalamineError, ValueError, OSError):
        raise refuse(UNREADABLE) from None
    if len(rows) > MAX_DATA_ROWS + HEADER_SEARCH_ROWS:
        raise _too_many_rows()
    return rows


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV (séparateur: point-virgule)" on French Windows writes cp1252.
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    sample = "\n".join(text[:64 * 1024].splitlines()[:HEADER_SEARCH_ROWS])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_CSV_DELIMITERS).delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in _CSV_DELIMITERS}
        return max(counts, key=counts.get)


def _read_csv(path: Path) -> Sheet:
    data = path.read_bytes()
    if not data.strip() or b"\x00" in data[:4096]:
        raise refuse(UNREADABLE)
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[list[object]] = []
    # csv's own field limit (128 KB) stops a runaway quoted field; shorter overlong cells become line problems.
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_DATA_ROWS + HEADER_SEARCH_ROWS:
                raise _too_many_rows()
    except csv.Error:
        raise refuse("IMPORT_CSV_NOT_VALID", line=len(rows) + 1) from None
    return Sheet(rows, "csv")
