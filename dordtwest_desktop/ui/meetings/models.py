"""The agenda as a Qt model: scheduled items in order, movable by drag and drop."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dordtwest_desktop.services.dto import ScheduledItem
from dordtwest_desktop.ui.models import ID_ROLE, Column, RecordModel

Index = QModelIndex | QPersistentModelIndex
AGENDA_MIME = "application/x-dordtwest-agenda-item"
CONFIDENTIAL_BRUSH = QBrush(QColor("#a93226"))


class AgendaModel(RecordModel[ScheduledItem]):
    """Rows are ScheduledItems; a move is shown at once and handed to `on_reorder`.

    `on_reorder(order)` stores the new order; the view then reloads from the
    service, which recomputes every start time.
    """

    def __init__(
        self, columns: Sequence[Column[ScheduledItem]], parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self.highlight = lambda scheduled: scheduled.overruns
        self.on_reorder: Callable[[list[uuid.UUID]], None] | None = None

    def order(self) -> list[uuid.UUID]:
        return [scheduled.item.id for scheduled in self._rows]

    def row_of(self, ident: Any) -> int:
        for number, scheduled in enumerate(self._rows):
            if scheduled.item.id == ident:
                return number
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (ID_ROLE, Qt.ItemDataRole.ForegroundRole):
            if not index.isValid() or not 0 <= index.row() < len(self._rows):
                return None
            item = self._rows[index.row()].item
            if role == ID_ROLE:
                return item.id
            return CONFIDENTIAL_BRUSH if item.confidential else None
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        idents = ",".join(str(self._rows[row].item.id) for row in rows)
        data = QMimeData()
        data.setData(AGENDA_MIME, QByteArray(idents.encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(AGENDA_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A drop between rows (or on a row: before it) moves the dragged item there."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        raw = bytes(data.data(AGENDA_MIME).data()).decode("ascii")
        try:
            ident = uuid.UUID(raw.split(",")[0])
        except ValueError:
            return False
        source = self.row_of(ident)
        if source < 0:
            return False
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)

    def moveRows(
        self,
        sourceParent: Index,
        sourceRow: int,
        count: int,
        destinationParent: Index,
        destinationChild: int,
    ) -> bool:
        size = len(self._rows)
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        if sourceRow < 0 or sourceRow + count > size or not 0 <= destinationChild <= size:
            return False
        if sourceRow <= destinationChild <= sourceRow + count:
            return False  # onto itself: nothing moves
        root = QModelIndex()
        if not self.beginMoveRows(root, sourceRow, sourceRow + count - 1, root, destinationChild):
            return False
        moving = self._rows[sourceRow : sourceRow + count]
        del self._rows[sourceRow : sourceRow + count]
        target = destinationChild if destinationChild < sourceRow else destinationChild - count
        self._rows[target:target] = moving
        self.endMoveRows()
        if self.on_reorder is not None:
            self.on_reorder(self.order())
        return True
