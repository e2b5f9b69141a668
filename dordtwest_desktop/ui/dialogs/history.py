"""A record's history in its dialog: when, who, what, from what to what."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dordtwest_desktop.services.history import HistoryEntryDTO
from dordtwest_desktop.ui.dialogs.conflict import Describe

TR_CONTEXT = "HistoryTable"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


def _field_names() -> dict[str, str]:
    """Field names the form does not show, in the user's words."""
    return {
        "position": _tr("Position"),
        "notes": _tr("Notes"),
        "pillar_id": _tr("Pillar"),
        "parent_id": _tr("Part of"),
        "initiative_id": _tr("Initiative"),
        "meeting_id": _tr("Meeting"),
        "goal_id": _tr("Goal"),
        "item_id": _tr("Agenda item"),
        "person_id": _tr("Person"),
        "organisation_id": _tr("Organisation"),
    }


class HistoryTable(QTableWidget):
    """Read-only, newest first; the field named as the record's form names it."""

    def __init__(
        self, entries: Sequence[HistoryEntryDTO], describe: Describe, parent: QWidget | None = None
    ) -> None:
        super().__init__(len(entries) or 1, 5, parent)
        self.setObjectName("history_table")
        self.setHorizontalHeaderLabels(
            [_tr("When"), _tr("Who"), _tr("What"), _tr("Before"), _tr("After")]
        )
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        if not entries:
            self.setSpan(0, 0, 1, 5)
            self.setItem(0, 0, QTableWidgetItem(_tr("No changes recorded yet.")))
        for row, entry in enumerate(entries):
            cells = (
                entry.when(),
                entry.who or "—",
                self._what(entry, describe),
                entry.old if entry.old is not None else "—",
                entry.new if entry.new is not None else "—",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
        header = self.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _what(entry: HistoryEntryDTO, describe: Describe) -> str:
        if entry.action == "created":
            return _tr("created")
        if entry.action == "deleted":
            return _tr("deleted")
        field = entry.field or ""
        found = describe(field, None)
        if found is not None:
            return found[0].replace("&", "")
        return _field_names().get(field, field)
