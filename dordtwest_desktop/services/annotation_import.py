"""Remarks written in a briefing pack PDF, back into the meeting (`import annotations`).

Two kinds of remark come back from a pack that the app exported:

* the boxes of a fillable pack (export.fields): each filled box becomes a shared
  remark on exactly its item or proposed decision; the author is the cover's name
  field, else the `author` given;
* standard PDF comments on a page, fillable pack or not (sticky notes, text
  boxes, highlights and underlines with their comment, any markup annotation
  with text): each lands on the item whose section holds that spot, by the page
  map the pack carries (export.stamp); highlighted words are quoted. The author
  is the one the reader stored, else the name field, else `author`.

Each file is one transaction. A remark comes back under a stable key
(Annotation.source_key), so importing a file again adds nothing, and a changed
text in a re-sent file updates that author's remark:

    pdf-field:<field name>:<author>
    pdf-annot:<meeting>:<page>:<annotation id>:<author>

The annotation id is its /NM (the unique name most readers give it), else a hash
of its kind and rectangle: an edited note updates, a moved one counts as new.
<author> is folded (case, runs of spaces), so "Jan  de Vries" and "jan de vries"
are one person; another spelling is another author. A box emptied in a re-sent
file leaves the remark imported earlier as it was (and says so).

A file that cannot be read (damaged, encrypted, not a pack of this app, a pack
of another meeting, remarks without any author) is refused whole. A remark on an
item deleted since is left out with a warning and the rest of the file is
imported; a remark on a deleted decision point lands on its item, with a warning.
A comment on a page of no agenda item (cover, agenda, actions, milestones,
funding, indicators) becomes a general remark on the meeting (`item_id` None).
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import format_long_date
from dordtwest_desktop.domain.enums import Visibility
from dordtwest_desktop.domain.errors import DomainError, ImportFileError
from dordtwest_desktop.export.fields import (
    FIELD_VERSION,
    FilledField,
    PageComment,
    PdfRemarks,
    read_remarks,
)
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.annotation_report import (
    FileReport,
    ImportReport,
    ItemTally,
    combine,
    plural,
)
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store

# The report types stay importable from here, where the UI and the tests take them.
__all__ = [
    "AUTHOR_LIMIT",
    "KEY_LIMIT",
    "FileReport",
    "ImportReport",
    "ItemTally",
    "combine",
    "import_annotations",
]

log = logging.getLogger(__name__)

AUTHOR_LIMIT = 200  # Annotation.author
KEY_LIMIT = 300  # Annotation.source_key


@dataclass(frozen=True)
class _Remark:
    key: str
    item_id: uuid.UUID | None  # None: a general remark on the meeting
    point_id: uuid.UUID | None
    author: str
    text: str
    what: str  # names the remark in messages


@dataclass
class _Agenda:
    """The meeting's items and points as they are now."""

    meeting: m.Meeting
    items: dict[uuid.UUID, m.AgendaItem]
    numbers: dict[uuid.UUID, int]
    point_items: dict[uuid.UUID, uuid.UUID]
    warnings: list[str] = field(default_factory=list)

    def label(self, item_id: uuid.UUID) -> str:
        return f"{self.numbers[item_id]}. {self.items[item_id].title}"


def import_annotations(
    store: Store,
    files: list[Path],
    author: str | None,
    now: datetime | None = None,
    *,
    meeting_id: uuid.UUID | None = None,
) -> ImportReport:
    """Import the remarks of each file (one transaction per file).

    `author` names whoever wrote remarks that name no author themselves. With
    `meeting_id` (the GUI imports into the meeting on screen) a pack of another
    meeting is refused.
    """
    stamp = (now or datetime.now()).replace(microsecond=0)
    fallback = _clean_author(author or "")
    reports = [_import_file(store, Path(p), fallback, stamp, meeting_id) for p in files]
    return combine(reports)


def _import_file(
    store: Store, path: Path, author: str, now: datetime, expected: uuid.UUID | None
) -> FileReport:
    try:
        with _pypdf_into_log(path):
            content = read_remarks(path)
        with store.transaction() as session:
            agenda = _agenda(session, path, content, expected)
            remarks = _remarks(path, content, agenda, author)
            return _store(session, path, remarks, agenda, now)
    except _NoAuthor as error:
        return FileReport(path, error=error.message, needs_author=True)
    except DomainError as error:
        return FileReport(path, error=error.message)


class _Relay(logging.Handler):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def emit(self, record: logging.LogRecord) -> None:
        log.info("pypdf on '%s': %s", self.name, record.getMessage())


@contextmanager
def _pypdf_into_log(path: Path) -> Iterator[None]:
    """What pypdf repairs while reading a file ("EOF marker not found") goes into the
    log, not onto stderr: the user gets one sentence about the file, if any."""
    source = logging.getLogger("pypdf")
    relay = _Relay(path.name)
    propagates = source.propagate
    source.addHandler(relay)
    source.propagate = False
    try:
        yield
    finally:
        source.removeHandler(relay)
        source.propagate = propagates


class _NoAuthor(ImportFileError):
    """Remarks that name no author, and no author was given."""


def _agenda(
    session: Session, path: Path, content: PdfRemarks, expected: uuid.UUID | None
) -> _Agenda:
    meeting = session.get(m.Meeting, content.meeting_id)
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
    return _Agenda(
        meeting=meeting,
        items=items,
        numbers={row.id: n for n, row in enumerate(rows, start=1)},
        point_items={point: item for point, item in points},
    )


def _inline(what: str) -> str:
    """A record's name ("Opmerking bij agendapunt 5 …") inside a sentence."""
    return what[:1].lower() + what[1:]


def _clean_author(text: str) -> str:
    return " ".join(text.split())


def _clean_text(text: str) -> str:
    """PDF readers end lines with CR; controls other than newline and tab are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or (ord(c) >= 0x20 and c != "\x7f")).strip()


def _key(*parts: str) -> str:
    """A source key; an overlong author is replaced by its hash to keep within the column."""
    *head, author = parts
    folded = author.casefold()
    key = ":".join([*head, folded])
    if len(key) > KEY_LIMIT:
        key = ":".join([*head, "sha1-" + hashlib.sha1(folded.encode()).hexdigest()])
    return key


def _remarks(path: Path, content: PdfRemarks, agenda: _Agenda, fallback: str) -> list[_Remark]:
    named = _clean_author(content.name)
    remarks = [
        r for f in content.fields if (r := _from_field(f, content, agenda, named or fallback))
    ]
    for comment in content.comments:
        remark = _from_comment(comment, content, agenda, named or fallback)
        if remark is not None:
            remarks.append(remark)
    if content.bare_highlights:
        agenda.warnings.append(
            plural(
                content.bare_highlights,
                tr("1 highlight without a comment was left out."),
                tr("{count} highlights without a comment were left out."),
            )
        )
    if content.comments and content.page_map is None:
        agenda.warnings.append(
            tr(
                "The comments on its pages were left out: the file no longer says which pages "
                "belong to which agenda item (a PDF reader removed it)."
            )
        )
    _check_authors(path, remarks)
    return remarks


def _check_authors(path: Path, remarks: list[_Remark]) -> None:
    """Every remark to store names its author, in a name that fits."""
    for remark in remarks:
        if not remark.text:
            continue  # an empty box: only looked up, never stored
        if not remark.author:
            raise _NoAuthor(
                tr(
                    "'{name}' does not say who wrote {what}: the name field on the cover is "
                    "empty. Give the author's name (on the command line: --author NAME) and "
                    "import it again; nothing of it was imported."
                ).format(name=path.name, what=_inline(remark.what))
            )
        if len(remark.author) > AUTHOR_LIMIT:
            raise ImportFileError(
                tr(
                    "In '{name}' the author of {what} is longer than {limit} characters; "
                    "shorten the name and import it again. Nothing of it was imported."
                ).format(name=path.name, what=_inline(remark.what), limit=AUTHOR_LIMIT)
            )


def _from_field(
    filled: FilledField, content: PdfRemarks, agenda: _Agenda, author: str
) -> _Remark | None:
    ref = filled.ref
    if ref is None or ref.kind == "name":
        return None
    if ref.version != FIELD_VERSION:
        if filled.value.strip():
            agenda.warnings.append(
                tr(
                    "The box '{name}' comes from a newer version of this app; left out. "
                    "Update the app and import the file again."
                ).format(name=filled.tooltip or filled.name)
            )
        return None
    what = filled.tooltip or tr("The box '{name}'").format(name=filled.name)
    if ref.meeting_id != content.meeting_id:
        agenda.warnings.append(
            tr("{what}: the box belongs to another meeting; left out.").format(what=what)
        )
        return None
    text = _clean_text(filled.value)
    item_id, point_id = ref.item_id, ref.point_id
    if item_id not in agenda.items:
        if text:
            agenda.warnings.append(
                tr("{what}: that agenda item has been deleted since; left out.").format(what=what)
            )
        return None
    if point_id is not None and agenda.point_items.get(point_id) != item_id:
        if text:
            agenda.warnings.append(
                tr(
                    "{what}: that proposed decision has been deleted since; the remark is "
                    "placed on item {item}."
                ).format(what=what, item=agenda.label(item_id))
            )
        point_id = None
    return _Remark(_key("pdf-field", filled.name, author), item_id, point_id, author, text, what)


def _from_comment(
    comment: PageComment, content: PdfRemarks, agenda: _Agenda, author: str
) -> _Remark | None:
    if content.page_map is None:
        return None
    writer = _clean_author(comment.author) or author
    what = tr("{kind} on page {page}").format(kind=comment.kind_label, page=comment.page)
    what = what[:1].upper() + what[1:]
    item_id = content.page_map.item_at(comment.page, comment.y)
    if item_id is not None and item_id not in agenda.items:
        agenda.warnings.append(
            tr("{what}: that agenda item has been deleted since; left out.").format(what=what)
        )
        return None
    text = _clean_text(comment.text)
    if comment.quote:
        quote = "“" + " ".join(comment.quote.split()) + "”"
        text = f"{quote}\n{text}" if text else quote
    key = _key("pdf-annot", str(content.meeting_id), str(comment.page), comment.ident, writer)
    return _Remark(key, item_id, None, writer, text, what)


@dataclass
class _Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    emptied: int = 0  # boxes imported before, empty in this file
    authors: Counter[str] = field(default_factory=Counter)
    items: Counter[uuid.UUID] = field(default_factory=Counter)
    general: int = 0


def _store(
    session: Session, path: Path, remarks: list[_Remark], agenda: _Agenda, now: datetime
) -> FileReport:
    unique: dict[str, _Remark] = {}
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
    remark: _Remark,
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


def _new_row(remark: _Remark, meeting_id: uuid.UUID, now: datetime) -> m.Annotation:
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
