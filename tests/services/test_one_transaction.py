"""A use case is one transaction: a crash half-way leaves nothing of it behind."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid
from datetime import date
from pathlib import Path

import pytest

from dordtwest_desktop.domain.enums import Body
from dordtwest_desktop.domain.errors import NotFoundError
from dordtwest_desktop.services.dto import MeetingDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.store.database import Store, open_store


def test_a_meeting_whose_agenda_fails_is_not_created(store: Store):
    service = MeetingService(store)
    before = service.meetings()
    dto = MeetingDTO(id=uuid.uuid4(), body=Body.ALLIANCE, day=date(2025, 3, 13))
    with pytest.raises(NotFoundError):
        service.create_meeting(dto, copy_from=uuid.uuid4())
    assert service.meetings() == before


def test_a_process_killed_while_making_the_agenda_leaves_no_meeting(db_path: Path):
    ident = uuid.uuid4()
    script = textwrap.dedent(
        f"""
        import os, uuid
        from datetime import date
        from dordtwest_desktop.domain.enums import Body
        from dordtwest_desktop.services import meetings
        from dordtwest_desktop.services.dto import MeetingDTO
        from dordtwest_desktop.store.database import open_store

        def killed(*args, **kwargs):
            os._exit(9)  # the meeting row is flushed; the agenda is not yet written

        meetings._copy_agenda = killed
        store = open_store({str(db_path)!r})
        service = meetings.MeetingService(store)
        earlier = service.meetings()[-1].id
        dto = MeetingDTO(id=uuid.UUID({str(ident)!r}), body=Body.ALLIANCE, day=date(2025, 3, 13))
        service.create_meeting(dto, copy_from=earlier)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], timeout=60)
    assert done.returncode == 9
    store = open_store(db_path)
    try:
        assert ident not in {m.id for m in MeetingService(store).meetings()}
    finally:
        store.close()
