"""Documents attached to a finalisation (the scanned attendance sheet, PV d'incident, PV de fraude, photos):
checked by content, never by name, before anything is stored.

A file is taken when its first bytes say PDF, PNG or JPEG *and* it really opens as one: a PDF through PDFium
(pypdfium2, which also gives the page count and the thumbnail), an image fully decoded by Pillow. At most 10 MB each.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from pixdesk.models.errors import Problem, ValidationError
from pixdesk.models.finalisation import DOCUMENT_KINDS

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
PDF, PNG, JPEG = "application/pdf", "image/png", "image/jpeg"
MEDIA_TYPES = (PDF, PNG, JPEG)
_TYPE_NAMES = {PDF: "PDF", PNG: "PNG", JPEG: "JPEG"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# A PDF's header may follow some bytes of junk (scanners and mail gateways add them): readers look in the first KB.
_PDF_HEADER_REACH = 1024
# Pillow refuses images past twice this many pixels (decompression bombs); a 600 dpi A4 scan is 35 million.
MAX_IMAGE_PIXELS = 80_000_000


@dataclass(frozen=True)
class Attachment:
    file_name: str
    media_type: str
    content: bytes
    sha256: str
    page_count: int | None
    kind: str

    @property
    def size(self) -> int:
        return len(self.content)


def sniff(content: bytes) -> str | None:
    """The media type the first bytes announce, or None."""
    if content.startswith(_PNG_SIGNATURE):
        return PNG
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if b"%PDF-" in content[:_PDF_HEADER_REACH]:
        return PDF
    return None


def pdf_page_count(content: bytes) -> int:
    """Raises ValueError when PDFium cannot open it (damaged, or encrypted with a password)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as error:
        raise ValueError(str(error)) from None
    try:
        count = len(document)
    finally:
        document.close()
    if count < 1:
        raise ValueError("no page")
    return count


def check_image(content: bytes) -> None:
    """Decode the whole image: a truncated or forged file fails here, not on the reviewer's screen."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                image.verify()
            with Image.open(io.BytesIO(content)) as image:
                image.load()
    except Exception as error:  # Pillow raises many kinds (OSError, SyntaxError, bombs…): all mean "not readable"
        raise ValueError(str(error)) from None


def guess_kind(media_type: str) -> str:
    return "photo" if media_type in (PNG, JPEG) else "other"


def check_kind(kind: str) -> str:
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(Problem("DOCUMENT_KIND_NOT_VALID", "kind",
                                      {"value": kind, "choices": ", ".join(DOCUMENT_KINDS)}))
    return kind


def attachment_from_bytes(file_name: str, content: bytes, kind: str | None = None) -> Attachment:
    """The checked attachment, or ValidationError naming the file."""
    name = Path(file_name).name or file_name
    if not content:
        raise ValidationError(Problem("DOCUMENT_EMPTY", "attach", {"name": name}))
    if len(content) > MAX_DOCUMENT_BYTES:
        raise _too_large(name, len(content))
    media_type = sniff(content)
    if media_type is None:
        raise ValidationError(Problem("DOCUMENT_TYPE_NOT_ACCEPTED", "attach", {"name": name}))
    pages = None
    try:
        if media_type == PDF:
            pages = pdf_page_count(content)
        else:
            check_image(content)
    except ValueError:
        raise ValidationError(Problem("DOCUMENT_DAMAGED", "attach",
                                      {"name": name, "type": _TYPE_NAMES[media_type]})) from None
    return Attachment(name, media_type, content, hashlib.sha256(content).hexdigest(), pages,
                      check_kind(kind) if kind else guess_kind(media_type))


def read_attachment(path: str | os.PathLike[str], kind: str | None = None) -> Attachment:
    """Read and check a file; its size is looked at before it is read."""
    target = Path(path)
    try:
        size = target.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise _too_large(target.name, size)
        with target.open("rb") as handle:
            content = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError:
        raise ValidationError(Problem("DOCUMENT_NOT_FOUND", "attach", {"name": str(path)})) from None
    return attachment_from_bytes(target.name, content, kind)


def read_attachments(paths: list[str], kind: str | None = None) -> list[Attachment]:
    """Every file checked; one problem per file at fault, all at once."""
    found, problems = [], []
    for path in paths:
        try:
            found.append(read_attachment(path, kind))
        except ValidationError as error:
            problems += error.problems
    if problems:
        raise ValidationError(problems)
    return found


def _too_large(name: str, size: int) -> ValidationError:
    return ValidationError(Problem("DOCUMENT_TOO_LARGE", "attach", {
        "name": name, "size": f"{size / 1024 / 1024:.1f}", "max": MAX_DOCUMENT_BYTES // 1024 // 1024}))
