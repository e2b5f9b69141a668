"""Storing the remarks of one file: added, updated or left alone, and its report."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.enums import Visibility
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.annotation_remarks import Agenda, Remark
from dordtwest_desktop.services.annotation_report import FileReport, ItemTally, plural
from dordtwest_desktop.store import models as m


@dataclass
class _Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    emptied: int = 0  # boxes imported before, empty in this file
    authors: Counter[str] = field(default_factory=Counter)
    items: Counter[uuid.UUID] = field(default_factory=Counter)
    general: int = 0


def store_remarks(
    session: Session, path: Path, remarks: list[Remark], agenda: Agenda, now: datetime
) -> FileReport:
    unique: dict[str, Remark] = {}
    for remark in remarks:
        unique.setdefault(remark.key, remark)
    existing = _existing(session, list(unique))
    tally = _Tally()
    for key, remark in unique.items():
        _apply(session, remark, existing.get(key), agenda.meeting.id, now, tally)
    if tally.emptied:
        agenda.warnings.append(
            plural(
                tally.emptied,
                tr(
                    "1 box imported before is empty now; its remark was kept as it was "
                    "(delete it in the meeting if that was meant)."
                ),
                tr(
                    "{count} boxes imported before are empty now; their remarks were kept as "
                    "they were (delete them in the meeting if that was meant)."
                ),
            )
        )
    if not any(r.text for r in unique.values()):
        agenda.warnings.append(tr("It holds no filled boxes and no comments."))
    return FileReport(
        path,
        added=tally.added,
        updated=tally.updated,
        unchanged=tally.unchanged,
        per_author=tuple(tally.authors.items()),
        per_item=tuple(
            ItemTally(i, agenda.numbers[i], agenda.label(i), n) for i, n in tally.items.items()
        ),
        general=tally.general,
        warnings=tuple(agenda.warnings),
    )


def _existing(session: Session, keys: list[str]) -> dict[str, m.Annotation]:
    """The remarks imported before under these keys."""
    found: dict[str, m.Annotation] = {}
    for start in range(0, len(keys), 500):
        query = select(m.Annotation).where(m.Annotation.source_key.in_(keys[start : start + 500]))
        found.update((row.source_key or "", row) for row in session.scalars(query))
    return found


def _apply(
    session: Session,
    remark: Remark,
    row: m.Annotation | None,
    meeting_id: uuid.UUID,
    now: datetime,
    tally: _Tally,
) -> None:
    """Add the remark, or update the one imported before when its text or place changed."""
    if not remark.text:
        tally.emptied += row is not None
        return
    if row is None:
        session.add(_new_row(remark, meeting_id, now))
        tally.added += 1
        author = remark.author
    elif (row.text, row.item_id, row.point_id) != (remark.text, remark.item_id, remark.point_id):
        row.text, row.item_id, row.point_id = remark.text, remark.item_id, remark.point_id
        row.meeting_id = None if remark.item_id else meeting_id
        row.updated_at = now
        tally.updated += 1
        author = row.author  # as first imported; the key ignores case and spacing
    else:
        tally.unchanged += 1
        return
    tally.authors[author] += 1
    if remark.item_id is None:
        tally.general += 1
    else:
        tally.items[remark.item_id] += 1


def _new_row(remark: Remark, meeting_id: uuid.UUID, now: datetime) -> m.Annotation:
    return m.Annotation(
        id=uuid.uuid4(),
        item_id=remark.item_id,
        meeting_id=None if remark.item_id else meeting_id,
        point_id=remark.point_id,
        author=remark.author,
        text=remark.text,
        created_at=now,
        updated_at=now,
        visibility=Visibility.SHARED,
        source_key=remark.key,
    )
