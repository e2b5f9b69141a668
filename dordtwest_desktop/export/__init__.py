"""The PDF documents: agenda, briefing pack and decision list (reportlab platypus).

Pure functions of `services.documents.DocumentData`; the services layer has
already left out what must not be exported. `build()` is what the GUI and the
command line call after `services.documents.prepare_document` (see
`dordtwest_desktop.exporting`).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dordtwest_desktop.services.documents import (
        Cancelled,
        DocumentData,
        PreparedDocument,
        Progress,
    )

__all__ = ["MEETING_DOCUMENTS", "build", "read_page_map", "write_document"]

MEETING_DOCUMENTS = ("agenda", "pack", "decisions")


def build(
    what: str,
    data: DocumentData,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write document `what` to `out`; nothing is written when it fails or is cancelled."""
    from dordtwest_desktop.export.agenda import build_agenda
    from dordtwest_desktop.export.decisions import build_decisions
    from dordtwest_desktop.export.document import Steps, write_pdf
    from dordtwest_desktop.export.pack import build_pack, pack_steps

    if what not in MEETING_DOCUMENTS:
        raise ValueError(f"unknown meeting document: {what!r}")
    builders = {"agenda": build_agenda, "pack": build_pack, "decisions": build_decisions}
    total = pack_steps(data) if what == "pack" else 3
    steps = Steps(total, progress, cancelled)
    steps.check()
    content = builders[what](data, steps)
    steps.check()
    write_pdf(Path(out), content)
    steps.finish()
    return Path(out)


def write_document(
    prepared: PreparedDocument,
    out: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Draw a prepared document into `out` (any of them, the dashboard too).

    Without the cycle collector: reportlab and pypdf make millions of short-lived
    objects, and the full collections they set off walk everything the application
    holds (a pack at the scale of benchmarks/: 3.2-3.6 s with them, 2.7 s without;
    more in a session with the views open). The few cycles a build leaves go at the
    first young collection after it.
    """
    from dordtwest_desktop.services.common import no_collection

    with no_collection():
        from dordtwest_desktop.services.documents import DocumentData

        if isinstance(prepared.data, DocumentData):
            return build(prepared.what, prepared.data, out, progress=progress, cancelled=cancelled)
        from dordtwest_desktop.services.report import ReportData

        if isinstance(prepared.data, ReportData):
            from dordtwest_desktop.export.report import build_report

            return build_report(prepared.data, out, progress=progress, cancelled=cancelled)
        from dordtwest_desktop.services.partner import PartnerData

        if isinstance(prepared.data, PartnerData):
            from dordtwest_desktop.export.partner import build_partner

            return build_partner(prepared.data, out, progress=progress, cancelled=cancelled)
        from dordtwest_desktop.export.dashboard import build_dashboard

        build_dashboard(prepared.data, out)
        return Path(out)


def read_page_map(pdf_path: Path | str) -> tuple[uuid.UUID, dict[uuid.UUID, tuple[int, int]]]:
    """The meeting of a briefing pack and each agenda item's (first, last) page, 1-based."""
    from dordtwest_desktop.readback.page_map import read_page_map as read

    return read(pdf_path)
