"""Excel exports from the GUI: a list view's rows as shown, or the whole workbook of `export xlsx`.

The rows are gathered on the GUI thread (a view's records are at hand; the workbook's
read is one quick use case); XlsxWriter writes them on a pool thread behind a
cancellable progress dialog, as the PDF exports do. The writer is the command line's.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.services.documents import Cancelled, Progress
from dordtwest_desktop.services.workbook import (
    CellKind,
    Sheet,
    SheetColumn,
    WorkbookData,
    workbook_data,
)
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.export_dialog import WriteJob, offer_to_open, run_with_progress

if TYPE_CHECKING:
    from dordtwest_desktop.ui.views.base import RecordListView

log = logging.getLogger(__name__)
TR_CONTEXT = "WorkbookExport"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class WorkbookJob(WriteJob):
    """One workbook, written on a pool thread."""

    def __init__(self, data: WorkbookData, out: Path) -> None:
        def write(progress: Progress, cancelled: Cancelled) -> object:
            from dordtwest_desktop.export.workbook import write_workbook

            return write_workbook(data, out, progress=progress, cancelled=cancelled)

        super().__init__(write, out)
        self.data = data


def start(data: WorkbookData, out: Path, parent: QWidget | None, title: str) -> WorkbookJob:
    """Write in the pool with a progress dialog; offer to open the file when done."""
    job = WorkbookJob(data, out)
    job.signals.finished.connect(lambda path: offer_to_open(parent, path))
    job.signals.failed.connect(lambda message: QMessageBox.warning(parent, title, message))
    run_with_progress(job, _tr("Exporting %1…").replace("%1", out.name), "excel_progress", parent)
    return job


def ask_path(context: AppContext, parent: QWidget | None, title: str, name: str) -> Path | None:
    folder = Path(context.settings.last_folder or Path.home())
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(folder / name), _tr("Excel workbook (*.xlsx)")
    )
    if not chosen:
        return None
    out = Path(chosen).expanduser()
    if out.suffix.lower() != ".xlsx":
        out = out.with_suffix(".xlsx")
    context.settings.last_folder = str(out.parent)
    return out


def file_stem(title: str) -> str:
    """ "Mijlpalen" -> "mijlpalen"; a name safe in any file system."""
    return re.sub(r"[^\w-]+", "-", title.strip().casefold()).strip("-") or "lijst"


def view_sheet(view: RecordListView) -> Sheet:
    """What the view shows, in the order it shows it: its search, filters and sort."""
    columns = view.model.columns()
    proxy = view.proxy
    records = [
        view.model.record(proxy.mapToSource(proxy.index(row, 0)).row())
        for row in range(proxy.rowCount())
    ]
    getters: list[Callable[[object], object]] = [c.cell or c.display for c in columns]
    return Sheet(
        key="List",
        name=view.title,
        columns=tuple(SheetColumn(c.header, c.kind if c.cell else CellKind.TEXT) for c in columns),
        rows=[tuple(get(record) for get in getters) for record in records],
    )


def export_view(view: RecordListView) -> WorkbookJob | None:
    """*Exporteren naar Excel…* of a list view: ask where, then write in the background."""
    context: AppContext | None = getattr(view, "context", None)
    if context is None:
        return None
    title = _tr("Export to Excel")
    out = ask_path(context, view, title, f"{file_stem(view.title)}-{date.today().isoformat()}.xlsx")
    if out is None:
        return None
    try:
        data = WorkbookData(
            programme=context.programme.name(),
            exported_at=datetime.now().replace(microsecond=0),
            sheets=(view_sheet(view),),
        )
    except DomainError as error:
        QMessageBox.warning(view, title, error.message)
        return None
    return start(data, out, view.window(), title)


def ask_public(parent: QWidget, title: str) -> bool | None:
    """Complete or public workbook; None when the user cancels."""
    box = QMessageBox(parent)
    box.setObjectName("excel_public")
    box.setWindowTitle(title)
    box.setText(
        _tr(
            "Actions, milestones, funding, decisions, attendance and indicators in one "
            "workbook. Which version?"
        )
    )
    complete = box.addButton(_tr("Complete"), QMessageBox.ButtonRole.AcceptRole)
    public = box.addButton(
        _tr("Public (without confidential items)"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return None if clicked not in (complete, public) else clicked is public


def export_programme(
    context: AppContext, parent: QWidget, public: bool | None = None
) -> WorkbookJob | None:
    """File → Export workbook (Excel)…: every sheet of `export xlsx`, complete or public."""
    title = _tr("Export workbook (Excel)")
    if public is None:
        public = ask_public(parent, title)
        if public is None:
            return None
    suffix = "-openbaar" if public else ""
    out = ask_path(context, parent, title, f"dordtwest-{date.today().isoformat()}{suffix}.xlsx")
    if out is None:
        return None
    try:
        data = workbook_data(context.store, public=public)
    except DomainError as error:
        QMessageBox.warning(parent, title, error.message)
        return None
    return start(data, out, parent, title)
