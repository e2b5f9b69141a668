"""One broadcaster of what changed; every view listens and refreshes what it shows.

`changed` carries a services.changes.Changes (kinds, ids, who). The four area
signals are derived from it, for listeners that only need to know "something in
the programme/meetings/actions/indicators changed".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance

from dordtwest_desktop.services.changes import (
    ACTION_KINDS,
    INDICATOR_KINDS,
    MEETING_KINDS,
    PROGRAMME_KINDS,
    Changes,
    Kind,
)


class AppEvents(QObject):
    changed = Signal(object)  # Changes
    programme_changed = Signal()
    meetings_changed = Signal()
    actions_changed = Signal()
    indicators_changed = Signal()

    def areas(self) -> dict[SignalInstance, frozenset[Kind]]:
        return {
            self.programme_changed: PROGRAMME_KINDS,
            self.meetings_changed: MEETING_KINDS,
            self.actions_changed: ACTION_KINDS,
            self.indicators_changed: INDICATOR_KINDS,
        }

    def kinds_of(self, signals: tuple[SignalInstance, ...]) -> frozenset[Kind]:
        """The kinds an area signal stands for (callers name areas by their signals)."""
        areas = self.areas()
        return frozenset(kind for signal in signals for kind in areas.get(signal, ()))

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)
        for signal, kinds in self.areas().items():
            if changes.touches(kinds):
                signal.emit()

    def everything_changed(self, by: str = "") -> None:
        self.announce(Changes.everything(by))
