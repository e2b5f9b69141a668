"""The export use case end to end, for the command line and tests: prepare, then draw.

The GUI runs the same two steps apart: `prepare_document` on the GUI thread (a
quick read), `write_document` on a pool thread with a progress dialog.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from dordtwest_desktop.export import write_document
from dordtwest_desktop.services.documents import Cancelled, Progress, prepare_document
from dordtwest_desktop.services.storage import Store


def export_document(
    store: Store,
    what: str,
    *,
    out: Path,
    meeting: str | uuid.UUID | None = None,
    draft: bool = False,
    public: bool = False,
    fillable: bool = False,
    author: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Export one of the PDF documents; nothing is written when it fails."""
    prepared = prepare_document(
        store, what, meeting=meeting, draft=draft, public=public, fillable=fillable, author=author
    )
    return write_document(prepared, out, progress=progress, cancelled=cancelled)


def export_workbook(
    store: Store,
    *,
    out: Path,
    public: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """The spreadsheet of actions, milestones, funding, decisions, attendance and indicators."""
    from dordtwest_desktop.export.workbook import write_workbook
    from dordtwest_desktop.services.workbook import workbook_data

    data = workbook_data(store, public=public)
    return write_workbook(data, out, progress=progress, cancelled=cancelled)
