"""Checks on a .ods/.xlsx zip before any parser sees it.

calamine trusts the archive: it aborts the whole process (not an exception) when a sheet's extent asks for
gigabytes, and the zip layer believes the sizes the headers state. So every member is inflated here first, with
our own bounded stream: sizes and ratios from the central directory, then the real byte count, the end of the
deflate stream and the CRC while reading (a lying header is caught), no DOCTYPE/ENTITY in any XML member, and
the sheet extent measured by `sheet_extent` without building any cell.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from pixdesk.documents.import_problems import ImportCancelled, refuse
from pixdesk.documents.sheet_extent import ExtentScanner

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 2000
# Real sheets compress about 10:1 (LibreOffice content.xml) to 100:1 (uniform xlsx rows); bombs reach 1000:1.
MAX_RATIO = 250
RATIO_FLOOR_BYTES = 1024 * 1024
CHUNK = 1024 * 1024
_LOCAL_HEADER = struct.Struct("<4s22xHH")
_FORBIDDEN_XML = (b"<!DOCTYPE", b"<!ENTITY")

UNREADABLE = "IMPORT_FILE_UNREADABLE"


class _XmlDeclarationScanner:
    """Refuses DTDs anywhere in an XML member: entity expansion needs one, and no spreadsheet writes one."""

    def __init__(self) -> None:
        self._tail = b""

    def feed(self, data: bytes) -> None:
        window = self._tail + data
        # Both markers start with "<!", which spreadsheet XML otherwise never holds: one scan of the chunk, not two.
        if b"<!" in window and any(marker in window for marker in _FORBIDDEN_XML):
            raise refuse("IMPORT_FILE_FORBIDDEN_XML")
        self._tail = window[-16:]

    def close(self) -> None:
        pass


def _is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise refuse(UNREADABLE) from None


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise refuse("IMPORT_FILE_TOO_BIG_UNCOMPRESSED", max=MAX_UNCOMPRESSED_BYTES // (1024 * 1024))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise refuse("IMPORT_FILE_ENCRYPTED")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refuse(UNREADABLE)
        total += info.file_size
        ratio_applies = info.file_size > RATIO_FLOOR_BYTES
        if total > MAX_UNCOMPRESSED_BYTES or (ratio_applies and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise refuse("IMPORT_FILE_TOO_BIG_UNCOMPRESSED", max=MAX_UNCOMPRESSED_BYTES // (1024 * 1024))


def _inflate(handle, info: zipfile.ZipInfo, budget: int, sinks: list) -> int:
    """Streams one member's real content into `sinks`; returns the bytes it held. Refuses any lie or damage."""
    handle.seek(info.header_offset)
    header = handle.read(_LOCAL_HEADER.size)
    if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise refuse(UNREADABLE)
    _, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    handle.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    remaining, produced, crc = info.compress_size, 0, 0

    def emit(data: bytes) -> None:
        nonlocal produced, crc
        produced += len(data)
        if produced > info.file_size or produced > budget:
            raise refuse("IMPORT_FILE_TOO_BIG_UNCOMPRESSED", max=MAX_UNCOMPRESSED_BYTES // (1024 * 1024))
        crc = zlib.crc32(data, crc)
        for sink in sinks:
            sink.feed(data)

    try:
        while remaining > 0:
            raw = handle.read(min(CHUNK, remaining))
            if not raw:
                raise refuse(UNREADABLE)
            remaining -= len(raw)
            if inflater is None:
                emit(raw)
                continue
            data = inflater.decompress(raw, CHUNK)
            emit(data)
            while inflater.unconsumed_tail:
                emit(inflater.decompress(inflater.unconsumed_tail, CHUNK))
        if inflater is not None:
            emit(inflater.flush())
            if not inflater.eof:
                raise refuse(UNREADABLE)
    except zlib.error:
        raise refuse(UNREADABLE) from None
    if produced != info.file_size or crc != info.CRC:
        raise refuse(UNREADABLE)
    for sink in sinks:
        sink.close()
    return produced


def open_archive(path: Path) -> zipfile.ZipFile:
    """The zip with its central directory checked (sizes, ratios, encryption flags, methods)."""
    archive = _open_zip(path)
    try:
        _check_directory(archive.infolist())
    except BaseException:
        archive.close()
        raise
    return archive


def read_small_member(archive: zipfile.ZipFile, name: str, limit: int = CHUNK) -> bytes | None:
    """A small member such as the manifest, or None when absent; bounded even if its header lies."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise refuse("IMPORT_FILE_TOO_BIG_UNCOMPRESSED", max=MAX_UNCOMPRESSED_BYTES // (1024 * 1024))
    try:
        with archive.open(info) as member:
            return member.read(limit + 1)[:limit]
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError):
        raise refuse(UNREADABLE) from None


def inflate_members(archive: zipfile.ZipFile, path: Path, extent_member: Callable[[str], bool],
                    extent: ExtentScanner, is_cancelled: Callable[[], bool] | None = None) -> None:
    """Inflates every member under the limits; the members `extent_member` picks are measured by `extent`."""
    budget = MAX_UNCOMPRESSED_BYTES
    with open(path, "rb") as handle:
        for info in archive.infolist():
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled()
            sinks = []
            if _is_xml(info.filename):
                sinks.append(_XmlDeclarationScanner())
            if extent_member(info.filename):
                sinks.append(extent.member())
            budget -= _inflate(handle, info, budget, sinks)
