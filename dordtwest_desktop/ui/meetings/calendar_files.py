"""Meetings to and from calendar files (.ics): the invitation of the meeting on screen,
and an import that shows what it will add and change before anything is written.

The same code as the command line's `export ics` and `import ics`; the import is one
step on the undo stack (its new meetings deleted, the changed ones put back).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.dates import format_short_date
from dordtwest_desktop.domain.errors import DomainError
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.meeting_title import meeting_title
from dordtwest_desktop.exporting import export_calendar
from dordtwest_desktop.services.ics_import import (
    ADD,
    CHANGE,
    SAME,
    SKIP,
    CalendarImportPlan,
    CalendarImportResult,
    CalendarImportService,
    PlannedMeeting,
)
from dordtwest_desktop.ui.context import AppContext
from dordtwest_desktop.ui.meetings.common import format_time
from dordtwest_desktop.ui.ops import waiting

TR_CONTEXT = "CalendarFiles"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def _folder(context: AppContext) -> Path:
    return Path(context.settings.last_folder or Path.home())


def export_invitation(
    parent: QWidget, context: AppContext, meeting_id: uuid.UUID, out: Path | None = None
) -> str | None:
    """Write the meeting's calendar invitation; the summary shown, or None if not written."""
    if out is None:
        meeting = context.meetings.meeting(meeting_id)
        suggestion = _folder(context) / f"vergadering-{meeting.day:%Y-%m-%d}.ics"
        name, _ = QFileDialog.getSaveFileName(
            parent,
            _tr("Calendar invitation"),
            str(suggestion),
            _tr("Calendar files (*.ics)"),
        )
        if not name:
            return None
        out = Path(name)
    context.settings.last_folder = str(out.parent)
    try:
        with waiting():
            summary = export_calendar(context.store, out, meeting=meeting_id)
    except DomainError as error:
        QMessageBox.warning(parent, _tr("Calendar invitation"), error.message)
        return None
    QMessageBox.information(parent, _tr("Calendar invitation"), summary)
    return summary


def start_import(
    parent: QWidget, context: AppContext, path: Path | None = None
) -> CalendarImportDialog | None:
    """Read a calendar file and show what importing it would do (nothing written yet)."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, _tr("Import calendar"), str(_folder(context)), _tr("Calendar files (*.ics)")
        )
        if not name:
            return None
        path = Path(name)
    context.settings.last_folder = str(path.parent)
    service = CalendarImportService(context.store)
    try:
        with waiting():
            plan = service.plan(path)
    except DomainError as error:
        QMessageBox.warning(parent, _tr("Import calendar"), error.message)
        return None
    dialog = CalendarImportDialog(context, service, plan, parent)
    dialog.open()
    return dialog


def _action_words() -> dict[str, str]:
    return {
        ADD: _tr("New"),
        CHANGE: _tr("Changed"),
        SAME: _tr("Unchanged"),
        SKIP: _tr("Skipped"),
    }


_COLOURS = {ADD: "#1b6e20", CHANGE: "#8a5a00", SKIP: "#a11d1d"}


class CalendarImportDialog(QDialog):
    """The preview: every meeting of the file, what happens to it, and why."""

    def __init__(
        self,
        context: AppContext,
        service: CalendarImportService,
        plan: CalendarImportPlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = service
        self.plan = plan
        self.outcome: CalendarImportResult | None = None
        self.setWindowTitle(_tr("Import calendar"))
        self.resize(860, 480)
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setText(self._summary())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("import_preview")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [_tr("What"), _tr("Date"), _tr("Time"), _tr("Meeting"), _tr("Location"), _tr("Details")]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        # The ones that change something first; unchanged meetings at the end.
        order = {ADD: 0, CHANGE: 1, SKIP: 2, SAME: 3}
        for entry in sorted(plan.entries, key=lambda e: (order[e.action], e.meeting.day)):
            self.tree.addTopLevelItem(self._row(entry))
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            _tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(plan.writes)
        self.import_button.setDefault(plan.writes)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

    def _summary(self) -> str:
        first, last = self.plan.period
        text = _tr("%1. Nothing is stored until you choose Import.").replace(
            "%1", self.plan.summary().rstrip(".")
        )
        series = (
            _tr("Recurring series are expanded from %1 to %2 (the programme's period).")
            if self.plan.programme_period
            else _tr(
                "Recurring series are expanded from %1 to %2 (the programme has no period set)."
            )
        )
        first_day, last_day = format_short_date(first), format_short_date(last)
        return text + " " + series.replace("%1", first_day).replace("%2", last_day)

    def _row(self, entry: PlannedMeeting) -> QTreeWidgetItem:
        meeting = entry.meeting
        if meeting.start_time is None:
            clock = _tr("all day")
        else:
            end = f"–{format_time(meeting.end_time)}" if meeting.end_time else ""
            clock = format_time(meeting.start_time) + end
        details = []
        if entry.changes:
            details.append(_tr("changes: %1").replace("%1", ", ".join(entry.changes)))
        if entry.action == ADD:
            details.append(label(meeting.status))
        details.extend(entry.notes)
        item = QTreeWidgetItem(
            [
                _action_words()[entry.action],
                format_short_date(meeting.day),
                clock,
                meeting_title(meeting.title, meeting.body, meeting.body_name),
                meeting.location,
                "; ".join(details),
            ]
        )
        item.setToolTip(5, "\n".join(details))
        colour = _COLOURS.get(entry.action)
        if colour:
            item.setForeground(0, QBrush(QColor(colour)))
        item.setData(0, Qt.ItemDataRole.UserRole, entry.action)
        return item

    def run(self) -> None:
        """Write the plan as one undoable step; the dialog stays open when it fails."""
        service, plan = self.service, self.plan
        first = [True]

        def do() -> CalendarImportResult:
            # The first time against the versions the preview saw; a redo writes the
            # planned state over what the undo put back.
            check, first[0] = first[0], False
            return service.apply(plan, check=check)

        try:
            self.outcome = self.context.ops.change(
                _tr("Import calendar"), do, service.undo, self.context.events.meetings_changed
            )
        except DomainError as error:
            QMessageBox.warning(self, _tr("Import calendar"), error.message)
            return
        self.accept()
