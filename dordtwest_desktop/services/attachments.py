"""PDF attachments of agenda items: copied into the database, checked by hash."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from sqlalchemy import func, select

from dordtwest_desktop.domain.attachments import (  # noqa: F401 - pdf_page_count is used from here
    MAX_ATTACHMENT_BYTES,
    attachment_facts,
    pdf_page_count,
    pdf_text,
)
from dordtwest_desktop.domain.errors import StorageError, ValidationError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services import convert_meetings as cm
from dordtwest_desktop.services.common import Service, Snapshot, get_or_raise
from dordtwest_desktop.services.dto import AttachmentDTO
from dordtwest_desktop.store import models as m


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
        facts = attachment_facts(filename, data)
        contents = pdf_text(data)  # before the transaction: it holds no lock meanwhile
        with self.store.transaction() as session:
            get_or_raise(session, m.AgendaItem, item_id)
            count = session.scalar(select(func.count()).where(m.Attachment.item_id == item_id))
            row = m.Attachment(
                id=ident or uuid.uuid4(),
                item_id=item_id,
                position=count or 0,
                filename=filename,
                size=facts.size,
                sha256=facts.sha256,
                page_count=facts.page_count,
                content=data,
                text=contents,
            )
            session.add(row)
            session.flush()
            return cm.attachment(row)

    def content(self, ident: uuid.UUID) -> bytes:
        """The attachment's bytes, verified against the hash taken when it was added."""
        with self.store.read() as session:
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
