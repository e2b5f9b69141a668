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
    period: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Export one of the PDF documents; nothing is written when it fails."""
    prepared = prepare_document(
        store,
        what,
        meeting=meeting,
        draft=draft,
        public=public,
        fillable=fillable,
        author=author,
        period=period,
    )
    return write_document(prepared, out, progress=progress, cancelled=cancelled)
