"""Asking what to do when a record was changed by someone else since it was opened."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dordtwest_desktop.domain.dates import format_short_date
from dordtwest_desktop.domain.labels import label

# Fields that say nothing to a user: identities, links by id, the version itself.
_HIDDEN = {"id", "version"}


class Choice(enum.Enum):
    MINE = "mine"  # store my change on top of theirs
    THEIRS = "theirs"  # drop my change, show theirs
    CANCEL = "cancel"  # back to the editor, my text as I typed it


def record_of(value: Any) -> Any:
    """The versioned record in what an editor submits (a record, or a tuple with one)."""
    if isinstance(value, tuple):
        return next((v for v in value if hasattr(v, "version")), None)
    return value if hasattr(value, "version") else None


def rebased(value: Any, version: int) -> Any:
    """What the editor submitted, now based on `version` (0: create it anew)."""
    if isinstance(value, tuple):
        return tuple(rebased(v, version) if v is record_of(value) else v for v in value)
    return dataclasses.replace(value, version=version)


Describe = Callable[[str, Any], "tuple[str, str | None] | None"]


def differences(theirs: Any, mine: Any, describe: Describe) -> list[tuple[str, str, str]]:
    """(field, theirs, mine) for every field whose value differs, in the form's words.

    `describe(name, value)` gives the editor's label for a field and its wording of
    a value (None: format it here); fields the editor does not show are named as
    they are, except identities and links by id, which say nothing to a user.
    """
    if not dataclasses.is_dataclass(mine) or type(theirs) is not type(mine):
        return []
    rows = []
    for field in dataclasses.fields(mine):
        a, b = getattr(theirs, field.name), getattr(mine, field.name)
        if field.name in _HIDDEN or a == b:
            continue
        found_a, found_b = describe(field.name, a), describe(field.name, b)
        if found_a is None or found_b is None:
            if field.name.endswith(("_id", "_ids")):
                continue
            rows.append((field.name, shown(a), shown(b)))
            continue
        rows.append((found_a[0], found_a[1] or shown(a), found_b[1] or shown(b)))
    return rows


def shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, enum.StrEnum):
        try:
            return label(value)
        except KeyError:
            return str(value)
    if isinstance(value, datetime):
        return f"{format_short_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_short_date(value)
    if isinstance(value, tuple):
        return QCoreApplication.translate(TR_CONTEXT, "%n line(s)", None, len(value))
    return str(value)


def changed_by(by: str, at: datetime | None) -> str:
    """'Changed by Sanne Bos on 2-12-2026 at 10:42.', with what is known of it."""
    when = f"{format_short_date(at.date())} {at:%H:%M}" if at is not None else ""
    if by and when:
        return _tr("Their version: changed by %1, %2.").replace("%1", by).replace("%2", when)
    if by:
        return _tr("Their version: changed by %1.").replace("%1", by)
    return _tr("Their version: changed %1.").replace("%1", when)


def changed_meanwhile(
    last_change: Callable[[Any], Any] | None, record: Any, name: str
) -> str | None:
    """'Sanne Bos changed 'X' on 2-12-2026 09:16, after it was shown here.' or None.

    For a question before deleting: `record` carries the version it was shown at,
    `last_change(id)` the history's newest entry for it (with `version`, `who`).
    """
    if last_change is None or record is None or not getattr(record, "version", 0):
        return None
    change = last_change(record.id)
    if change is None or change.version <= record.version:
        return None
    return (
        _tr("%1 changed '%2' on %3, after it was shown here.")
        .replace("%1", change.who or _tr("Someone"))
        .replace("%2", name)
        .replace("%3", change.when())
    )


class ConflictDialog(QDialog):
    """Theirs and mine side by side; the user picks which to keep."""

    def __init__(
        self,
        message: str,
        theirs: Any,
        mine: Any,
        describe: Describe,
        parent: QWidget | None = None,
        *,
        by: str = "",
        at: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Changed by someone else"))
        self.setMinimumWidth(620)
        self.choice = Choice.CANCEL
        body = QVBoxLayout(self)
        intro = QLabel(message, self)
        intro.setWordWrap(True)
        body.addWidget(intro)
        if by or at:
            who = QLabel(changed_by(by, at), self)
            who.setObjectName("conflict_who")
            who.setWordWrap(True)
            body.addWidget(who)
        rows = differences(theirs, mine, describe) if theirs is not None else []
        if rows:
            table = QTableWidget(len(rows), 3, self)
            table.setObjectName("conflict_table")
            table.setHorizontalHeaderLabels([_tr("Field"), _tr("Their version"), _tr("Yours")])
            for r, cells in enumerate(rows):
                for c, text in enumerate(cells):
                    table.setItem(r, c, QTableWidgetItem(text))
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
            table.setWordWrap(True)
            table.resizeRowsToContents()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setTabKeyNavigation(False)
            body.addWidget(table)
        elif theirs is None:
            gone = QLabel(_tr("The record no longer exists: saving stores yours anew."), self)
            gone.setWordWrap(True)
            body.addWidget(gone)
        buttons = QDialogButtonBox(self)
        self.mine_button = self._button(buttons, _tr("&Save my change anyway"), Choice.MINE)
        if theirs is not None:
            self.theirs_button = self._button(buttons, _tr("&Load their version"), Choice.THEIRS)
        self._button(buttons, _tr("&Cancel"), Choice.CANCEL)
        body.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, text: str, choice: Choice) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(f"conflict_{choice.value}")
        button.clicked.connect(lambda: self._pick(choice))
        return button

    def _pick(self, choice: Choice) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice is not Choice.CANCEL else 0)


TR_CONTEXT = "ConflictDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)
