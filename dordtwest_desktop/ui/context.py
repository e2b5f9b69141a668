"""What every view needs: the services, the ops runner, the events and the settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from dordtwest_desktop.services.attachments import AttachmentService
from dordtwest_desktop.services.history import HistoryService
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.people import PeopleService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.regimes import RegimeService
from dordtwest_desktop.services.storage import Store
from dordtwest_desktop.ui.events import AppEvents
from dordtwest_desktop.ui.ops import Ops
from dordtwest_desktop.ui.settings import Settings


@dataclass
class AppContext:
    store: Store
    events: AppEvents
    ops: Ops
    settings: Settings
    undo_stack: QUndoStack
    programme: ProgrammeService
    meetings: MeetingService
    people: PeopleService
    attachments: AttachmentService
    history: HistoryService

    @property
    def regimes(self) -> RegimeService:
        return RegimeService(self.store)

    @classmethod
    def create(cls, store: Store, settings: Settings | None = None) -> AppContext:
        events = AppEvents()
        undo_stack = QUndoStack()
        settings = settings or Settings()
        ops = Ops(store, events, undo_stack)
        ops.user = lambda: settings.user_name
        store.actor = settings.user_name
        return cls(
            store=store,
            events=events,
            ops=ops,
            settings=settings,
            undo_stack=undo_stack,
            programme=ProgrammeService(store),
            meetings=MeetingService(store),
            people=PeopleService(store),
            attachments=AttachmentService(store),
            history=HistoryService(store),
        )
