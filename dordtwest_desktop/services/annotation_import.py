"""Remarks written in a briefing pack PDF, back into the meeting (`import annotations`).

Two kinds of remark come back from a pack that the app exported:

* the boxes of a fillable pack (readback.fields): each filled box becomes a shared
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

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from dordtwest_desktop.domain.errors import DomainError, ImportFileError
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.readback.fields import (
    FIELD_VERSION,
    FilledField,
    PageComment,
    PdfRemarks,
    read_remarks,
)
from dordtwest_desktop.services.annotation_remarks import (
    AUTHOR_LIMIT,
    KEY_LIMIT,
    Agenda,
    NoAuthor,
    Remark,
    agenda_now,
    clean_author,
    clean_text,
    inline,
    source_key,
)
from dordtwest_desktop.services.annotation_report import (
    FileReport,
    ImportReport,
    ItemTally,
    combine,
    plural,
)
from dordtwest_desktop.services.annotation_store import store_remarks
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
    fallback = clean_author(author or "")
    reports = [_import_file(store, Path(p), fallback, stamp, meeting_id) for p in files]
    return combine(reports)


def _import_file(
    store: Store, path: Path, author: str, now: datetime, expected: uuid.UUID | None
) -> FileReport:
    try:
        with _pypdf_into_log(path):
            content = read_remarks(path)
        with store.transaction() as session:
            agenda = agenda_now(session, path, content.meeting_id, expected)
            remarks = _remarks(path, content, agenda, author)
            return store_remarks(session, path, remarks, agenda, now)
    except NoAuthor as error:
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


def _remarks(path: Path, content: PdfRemarks, agenda: Agenda, fallback: str) -> list[Remark]:
    named = clean_author(content.name)
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


def _check_authors(path: Path, remarks: list[Remark]) -> None:
    """Every remark to store names its author, in a name that fits."""
    for remark in remarks:
        if not remark.text:
            continue  # an empty box: only looked up, never stored
        if not remark.author:
            raise NoAuthor(
                tr(
                    "'{name}' does not say who wrote {what}: the name field on the cover is "
                    "empty. Give the author's name (on the command line: --author NAME) and "
                    "import it again; nothing of it was imported."
                ).format(name=path.name, what=inline(remark.what))
            )
        if len(remark.author) > AUTHOR_LIMIT:
            raise ImportFileError(
                tr(
                    "In '{name}' the author of {what} is longer than {limit} characters; "
                    "shorten the name and import it again. Nothing of it was imported."
                ).format(name=path.name, what=inline(remark.what), limit=AUTHOR_LIMIT)
            )


def _from_field(
    filled: FilledField, content: PdfRemarks, agenda: Agenda, author: str
) -> Remark | None:
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
    text = clean_text(filled.value)
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
    return Remark(
        source_key("pdf-field", filled.name, author), item_id, point_id, author, text, what
    )


def _from_comment(
    comment: PageComment, content: PdfRemarks, agenda: Agenda, author: str
) -> Remark | None:
    if content.page_map is None:
        return None
    writer = clean_author(comment.author) or author
    what = tr("{kind} on page {page}").format(kind=comment.kind_label, page=comment.page)
    what = what[:1].upper() + what[1:]
    item_id = content.page_map.item_at(comment.page, comment.y)
    if item_id is not None and item_id not in agenda.items:
        agenda.warnings.append(
            tr("{what}: that agenda item has been deleted since; left out.").format(what=what)
        )
        return None
    text = clean_text(comment.text)
    if comment.quote:
        quote = "“" + " ".join(comment.quote.split()) + "”"
        text = f"{quote}\n{text}" if text else quote
    key = source_key("pdf-annot", str(content.meeting_id), str(comment.page), comment.ident, writer)
    return Remark(key, item_id, None, writer, text, what)
