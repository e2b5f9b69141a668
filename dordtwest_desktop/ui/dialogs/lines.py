"""An editable list of short texts that keeps each line's identity (goals, components)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from dordtwest_desktop.ui.widgets import button, list_with_buttons

TR_CONTEXT = "LinesEditor"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)


class LinesEditor(QWidget):
    def __init__(self, lines: list[tuple[uuid.UUID, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMinimumHeight(90)
        for ident, text in lines:
            self._append(ident, text)
        list_with_buttons(
            self,
            self.list,
            [
                button(self, _tr("Add"), "add_line", self.add_line),
                button(self, _tr("Remove"), "remove_line", self.remove_current),
            ],
        )

    def _append(self, ident: uuid.UUID, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        item.setData(Qt.ItemDataRole.UserRole, str(ident))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_line(self, text: str = "") -> None:
        item = self._append(uuid.uuid4(), text or "")
        self.list.setCurrentItem(item)
        if not text:
            self.list.editItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def lines(self) -> list[tuple[uuid.UUID, str]]:
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            text = item.text().strip()
            if text:
                result.append((uuid.UUID(item.data(Qt.ItemDataRole.UserRole)), text))
        return result
