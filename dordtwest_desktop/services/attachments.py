"""PDF attachments of agenda items: copied into the database, checked by hash."""

from __future__ import annotations

import hashlib
import io
import uuid
from pathlib import Path

from sqlalchemy import func, select

from dordtwest_desktop.domain.errors import StorageError, ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.common import Service, Snapshot, get_or_raise
from dordtwest_desktop.services.dto import AttachmentDTO
from dordtwest_desktop.store import models as m

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


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


class AttachmentService(Service):
    def add(self, item_id: uuid.UUID, path: Path, ident: uuid.UUID | None = None) -> AttachmentDTO:
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise ValidationError(
                    tr("'{name}' is larger than 200 MB.").format(name=path.name), "attachment"
                )
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise ValidationError(
                tr("The file '{path}' does not exist.").format(path=path), "attachment"
            ) from exc
        except OSError as exc:
            raise ValidationError(
                tr("'{path}' cannot be read: {reason}").format(path=path, reason=exc.strerror),
                "attachment",
            ) from exc
        return self.add_bytes(item_id, path.name, data, ident)

    def add_bytes(
        self, item_id: uuid.UUID, filename: str, data: bytes, ident: uuid.UUID | None = None
    ) -> AttachmentDTO:
        pages = pdf_page_count(data, filename)
        with self.store.transaction() as session:
            get_or_raise(session, m.AgendaItem, item_id)
            count = session.scalar(select(func.count()).where(m.Attachment.item_id == item_id))
            row = m.Attachment(
                id=ident or uuid.uuid4(),
                item_id=item_id,
                position=count or 0,
                filename=filename,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                page_count=pages,
                content=data,
            )
            session.add(row)
            session.flush()
            return cm.attachment(row)

    def content(self, ident: uuid.UUID) -> bytes:
        """The attachment's bytes, verified against the hash taken when it was added."""
        with self.store.transaction() as session:
            row = get_or_raise(session, m.Attachment, ident)
            data = row.content
            if hashlib.sha256(data).hexdigest() != row.sha256:
                raise StorageError(
                    tr("The stored copy of '{name}' is damaged (hash differs).").format(
                        name=row.filename
                    )
                )
            return data

    def remove(self, ident: uuid.UUID) -> Snapshot:
        return self._delete("attachment", ident)
