"""A remark to store, the agenda it lands on as it is now, and tidy names, texts and keys."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import format_long_date
from dordtwest_desktop.domain.errors import ImportFileError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import models as m

AUTHOR_LIMIT = 200  # Annotation.author
KEY_LIMIT = 300  # Annotation.source_key


@dataclass(frozen=True)
class Remark:
    key: str
    item_id: uuid.UUID | None  # None: a general remark on the meeting
    point_id: uuid.UUID | None
    author: str
    text: str
    what: str  # names the remark in messages


@dataclass
class Agenda:
    """The meeting's items and points as they are now."""

    meeting: m.Meeting
    items: dict[uuid.UUID, m.AgendaItem]
    numbers: dict[uuid.UUID, int]
    point_items: dict[uuid.UUID, uuid.UUID]
    warnings: list[str] = field(default_factory=list)

    def label(self, item_id: uuid.UUID) -> str:
        return f"{self.numbers[item_id]}. {self.items[item_id].title}"


class NoAuthor(ImportFileError):
    """Remarks that name no author, and no author was given."""


def agenda_now(
    session: Session, path: Path, meeting_id: uuid.UUID, expected: uuid.UUID | None
) -> Agenda:
    meeting = session.get(m.Meeting, meeting_id)
    if meeting is None:
        raise ImportFileError(
            tr(
                "'{name}' is the briefing pack of a meeting that is not in this database "
                "(deleted, or kept in another database); nothing of it was imported."
            ).format(name=path.name)
        )
    if expected is not None and meeting.id != expected:
        raise ImportFileError(
            tr(
                "'{name}' is the briefing pack of the meeting of {date}, not of this meeting; "
                "open that meeting to import it. Nothing of it was imported."
            ).format(name=path.name, date=format_long_date(meeting.day))
        )
    rows = session.scalars(
        select(m.AgendaItem)
        .where(m.AgendaItem.meeting_id == meeting.id)
        .order_by(m.AgendaItem.position, cast(m.AgendaItem.id, String))  # as the agenda
    ).all()
    items = {row.id: row for row in rows}
    points = session.execute(
        select(m.DecisionPoint.id, m.DecisionPoint.item_id).where(
            m.DecisionPoint.item_id.in_(list(items))
        )
    ).all()
    return Agenda(
        meeting=meeting,
        items=items,
        numbers={row.id: n for n, row in enumerate(rows, start=1)},
        point_items={point: item for point, item in points},
    )


def inline(what: str) -> str:
    """A record's name ("Opmerking bij agendapunt 5 …") inside a sentence."""
    return what[:1].lower() + what[1:]


def clean_author(text: str) -> str:
    return " ".join(text.split())


def clean_text(text: str) -> str:
    """PDF readers end lines with CR; controls other than newline and tab are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or (ord(c) >= 0x20 and c != "\x7f")).strip()


def source_key(*parts: str) -> str:
    """A source key; an overlong author is replaced by its hash to keep within the column."""
    *head, author = parts
    folded = author.casefold()
    key = ":".join([*head, folded])
    if len(key) > KEY_LIMIT:
        key = ":".join([*head, "sha1-" + hashlib.sha1(folded.encode()).hexdigest()])
    return key
