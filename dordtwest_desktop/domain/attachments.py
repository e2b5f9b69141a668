"""What makes a PDF acceptable as an attachment, and the facts stored beside it."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.i18n import tr

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentFacts:
    """What the store keeps beside an attachment's bytes."""

    size: int
    sha256: str
    page_count: int


def pdf_page_count(data: bytes, name: str) -> int:
    """Pages of a readable, unencrypted PDF; a clear error for anything else."""
    # pypdf is imported here, not at module level: it costs start-up time.
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data:
        raise ValidationError(tr("'{name}' is empty (0 bytes).").format(name=name), "attachment")
    if not data.lstrip()[:5] == b"%PDF-":
        raise ValidationError(tr("'{name}' is not a PDF file.").format(name=name), "attachment")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ValidationError(
                tr("'{name}' is protected with a password; attach an unprotected PDF.").format(
                    name=name
                ),
                "attachment",
            )
        count = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError(
            tr("'{name}' is a damaged PDF file.").format(name=name), "attachment"
        ) from exc
    if count == 0:
        raise ValidationError(tr("'{name}' has no pages.").format(name=name), "attachment")
    return count


def pdf_is_tagged(data: bytes) -> bool:
    """Whether a PDF says it is tagged: a structure tree, and /MarkInfo /Marked true.

    Only the catalogue is read, not the pages. A damaged file counts as untagged.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError
    from pypdf.generic import DictionaryObject

    try:
        root = PdfReader(io.BytesIO(data)).root_object
        mark_info = root.get("/MarkInfo")
        tree = root.get("/StructTreeRoot")
        mark_info = mark_info.get_object() if mark_info is not None else None
        tree = tree.get_object() if tree is not None else None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError):
        return False
    marked = isinstance(mark_info, DictionaryObject) and bool(mark_info.get("/Marked", False))
    return marked and isinstance(tree, DictionaryObject) and "/K" in tree


def attachment_facts(filename: str, data: bytes) -> AttachmentFacts:
    """Check a PDF for attaching; its size, hash and page count."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            tr("'{name}' is larger than 200 MB.").format(name=filename), "attachment"
        )
    pages = pdf_page_count(data, filename)
    return AttachmentFacts(len(data), hashlib.sha256(data).hexdigest(), pages)


# Enough for any report's words; a scanned 500-page PDF's junk stays bounded.
MAX_TEXT_CHARS = 2_000_000


def pdf_text(data: bytes) -> str:
    """The text of a PDF's pages, for search; empty when it has none or cannot be read.

    Extracted once, when the file is attached. A PDF pypdf cannot read (damaged,
    encrypted, scanned without text) is still a valid attachment: it is only not
    found by its contents.
    """
    import logging

    from pypdf import PdfReader

    parts: list[str] = []
    size = 0
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return ""
        for page in reader.pages:
            try:
                part = page.extract_text() or ""
            except Exception:  # one bad page keeps the others' text
                logging.getLogger(__name__).warning("no text from a page", exc_info=True)
                continue
            parts.append(part)
            size += len(part)
            if size >= MAX_TEXT_CHARS:
                break
    except Exception:  # any reader failure means: no text to search
        logging.getLogger(__name__).warning("no text from a PDF", exc_info=True)
        return ""
    # NUL cannot be stored in a PostgreSQL text column.
    return "\n".join(parts)[:MAX_TEXT_CHARS].replace("\x00", " ")
