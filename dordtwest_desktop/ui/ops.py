"""Running service calls for the UI: undo, errors in Dutch, and change broadcasts."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dordtwest_desktop.domain.errors import ConflictError, DomainError
from dordtwest_desktop.services.changes import Changes, kind_of
from dordtwest_desktop.services.storage import Store
from dordtwest_desktop.ui.events import AppEvents

log = logging.getLogger(__name__)
R = TypeVar("R")


class ServiceCommand(QUndoCommand):
    """An undoable use case: `do` returns what `undo` needs to reverse it.

    The first `do` runs before the push (so a refused input never reaches the
    stack); the stack's immediate redo() on push is therefore skipped once.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], object],
        result: Any,
        announce: Callable[[Any, bool], None],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._result = result
        self._announce = announce
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self._run(lambda: setattr(self, "_result", self._do()))
        self._announce(self._result, False)

    def undo(self) -> None:
        self._run(lambda: self._undo(self._result))
        self._announce(self._result, True)

    def _run(self, call: Callable[[], object]) -> None:
        try:
            with waiting():
                call()
        except DomainError as error:
            self.setObsolete(True)
            self._report(error.message)


@contextmanager
def waiting() -> Iterator[None]:
    """A wait cursor while a change may wait for another program's write lock."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class Ops:
    """The UI's single way to change data."""

    def __init__(self, store: Store, events: AppEvents, undo_stack: QUndoStack) -> None:
        self.store = store
        self.events = events
        self.undo_stack = undo_stack
        self.parent: QWidget | None = None
        # Who makes the changes (the settings' name, which the user may change).
        self.user: Callable[[], str] = lambda: ""

    def change(
        self,
        text: str,
        do: Callable[[], R],
        undo: Callable[[R], object],
        *signals: SignalInstance,
        changes: Callable[[R, bool], Changes] | None = None,
    ) -> R:
        """Run `do` now (raising DomainError to the form that asked) and make it undoable.

        After each step the events announce what changed: `changes(result, undone)`
        where the caller knows the records, else the kinds of the area `signals`.
        """
        kinds = self.events.kinds_of(signals)

        def announce(result: R, undone: bool) -> None:
            told = changes(result, undone) if changes else Changes(kinds)
            self.events.announce(replace(told, by=self.user()))

        # The history names the person as the settings say now (the name may change).
        self.store.actor = self.user() or self.store.actor
        try:
            with waiting():
                result = do()
        except ConflictError:
            # The views show what this window last read; the store holds someone
            # else's newer version. Let them catch up whatever the user decides.
            self.events.announce(Changes(kinds, by=self.user()))
            raise
        command = ServiceCommand(text, do, undo, result, announce, self.report)
        self.undo_stack.push(command)
        return result

    def save(
        self,
        text: str,
        record: Any,
        save: Callable[[Any], Any],
        delete: Callable[[Any], object],
        *signals: SignalInstance,
        created: str | None = None,
    ) -> Any:
        """Store a record undoably: undo puts back the previous version, or deletes a new one.

        `text` names the step in the Edit menu ("Undo Edit milestone"); `created`, when
        given, names it instead for a record that is new ("Redo Add milestone").

        `save(record)` returns the previous version (None when new), as the services
        do. Each step is based on the version the step before left, so undo and redo
        work and a change made meanwhile by someone else is refused, not overwritten.
        """
        track = _Track(record.version)

        def do() -> Any:
            previous = save(replace(record, version=track.version))
            track.stored(existed=previous is not None)
            return previous

        def undo(previous: Any) -> None:
            if previous is None:
                delete(record.id)
            else:
                save(replace(previous, version=track.version))
            track.undone()

        kind = kind_of(record)

        def changes(previous: Any, undone: bool) -> Changes:
            ids, kinds = frozenset({record.id}), frozenset({kind})
            if previous is not None:
                return Changes(kinds, updated=ids)
            # A new record: the step creates it and its undo deletes it.
            return Changes(kinds, deleted=ids) if undone else Changes(kinds, created=ids)

        if created and record.version == 0:
            text = created
        return self.change(text, do, undo, *signals, changes=changes)

    def edit(
        self,
        text: str,
        record: Any,
        do: Callable[[Any], R],
        undo: Callable[[R], object],
        *signals: SignalInstance,
    ) -> R:
        """Store a record whose use case returns its own undo (a Revert), version-tracked."""
        track = _Track(record.version)

        def run() -> R:
            result = do(replace(record, version=track.version))
            track.stored(existed=record.version != 0)
            return result

        def revert(result: R) -> None:
            undo(result)
            track.undone()

        return self.change(text, run, revert, *signals)

    def report(self, message: str) -> None:
        QMessageBox.warning(self.parent, _tr("Dordt West Alliantie"), message)


class _Track:
    """The stored version of one record across the do, undo and redo of its command.

    Every store of a record moves its version on by exactly one (store/versions.py),
    so the next version is known without reading it back: a save gives v+1; an undo
    restores the previous content as v+2, or deletes a record that was new (0).
    """

    def __init__(self, version: int) -> None:
        self.version = version
        self.existed = version != 0

    def stored(self, *, existed: bool) -> None:
        self.version += 1
        self.existed = existed

    def undone(self) -> None:
        self.version = self.version + 1 if self.existed else 0


TR_CONTEXT = "Ops"


def _tr(text: str) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text)
