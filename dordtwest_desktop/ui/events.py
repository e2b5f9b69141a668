"""One broadcaster of what changed; every view listens and refreshes itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    programme_changed = Signal()
    meetings_changed = Signal()
    actions_changed = Signal()
    indicators_changed = Signal()

    def everything_changed(self) -> None:
        self.programme_changed.emit()
        self.meetings_changed.emit()
        self.actions_changed.emit()
        self.indicators_changed.emit()
