"""Every edit is based on the version it loaded: a change made meanwhile is never reverted."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from dordtwest_desktop.domain.errors import ConflictError
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store, open_store


def _first_item(store: Store):
    service = MeetingService(store)
    meeting = service.meetings()[-1]
    return service.detail(meeting.id).agenda[0].item


def _in_another_process(db: str | Path, code: str) -> None:
    """Run `code` with `store` open on `db` in a separate Python process."""
    script = textwrap.dedent(
        f"""
        from dataclasses import replace
        from dordtwest_desktop.store.database import open_store
        from dordtwest_desktop.services.meetings import MeetingService
        store = open_store({str(db)!r})
        service = MeetingService(store)
        """
    ) + textwrap.dedent(code)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def test_another_process_marking_an_item_confidential_is_not_reverted(store: Store, store_target):
    loaded = _first_item(store)
    assert not loaded.confidential
    _in_another_process(
        store_target,
        f"""
        detail = service.detail(service.meetings()[-1].id)
        item = next(s.item for s in detail.agenda if str(s.item.id) == {str(loaded.id)!r})
        service.save_item(replace(item, confidential=True))
        """,
    )
    with pytest.raises(ConflictError) as refused:
        MeetingService(store).save_item(replace(loaded, title="Andere titel"))
    assert refused.value.theirs.confidential is True
    assert refused.value.theirs.version == loaded.version + 1
    stored = _first_item(store)
    assert stored.confidential and stored.title == loaded.title
    # Saving on top of theirs, knowingly, is allowed and moves the version on.
    MeetingService(store).save_item(replace(refused.value.theirs, title="Andere titel"))
    again = _first_item(store)
    assert (again.title, again.confidential, again.version) == (
        "Andere titel",
        True,
        loaded.version + 2,
    )


def test_two_windows_on_one_database_refuse_the_second_save(store_target):
    first, second = open_store(store_target), open_store(store_target)
    try:
        goal = ProgrammeService(first).goals()[0]
        ProgrammeService(second).save_goal(replace(goal, title="Gewijzigd door B"))
        with pytest.raises(ConflictError):
            ProgrammeService(first).save_goal(replace(goal, description="Door A"))
        stored = next(g for g in ProgrammeService(first).goals() if g.id == goal.id)
        assert (stored.title, stored.description) == ("Gewijzigd door B", goal.description)
    finally:
        first.close()
        second.close()


def test_a_record_deleted_meanwhile_is_not_brought_back_silently(store: Store):
    programme = ProgrammeService(store)
    milestone = programme.milestones()[0]
    programme.delete_milestone(milestone.id)
    with pytest.raises(ConflictError) as refused:
        programme.save_milestone(replace(milestone, title="Nog steeds"))
    assert refused.value.theirs is None
    assert milestone.id not in {m.id for m in programme.milestones()}


def test_every_save_moves_the_version_by_exactly_one(store: Store):
    programme = ProgrammeService(store)
    initiative = programme.initiatives()[0]
    # A save that changes only children (the funding lines) still counts.
    programme.save_initiative(replace(initiative, funding=initiative.funding[:-1]))
    assert programme.initiative(initiative.id).version == initiative.version + 1
    unchanged = programme.initiative(initiative.id)
    programme.save_initiative(unchanged)
    assert programme.initiative(initiative.id).version == unchanged.version + 1


def test_a_decision_edit_based_on_an_old_version_is_refused(store: Store):
    import uuid

    from dordtwest_desktop.domain.enums import Outcome
    from dordtwest_desktop.services.dto import DecisionDTO

    service = MeetingService(store)
    item = _first_item(store)
    decision = DecisionDTO(
        id=uuid.uuid4(), item_id=item.id, text="Akkoord", outcome=Outcome.ADOPTED
    )
    service.record_decision(decision)
    service.record_decision(replace(decision, version=1, text="Akkoord, met wijziging"))
    with pytest.raises(ConflictError):
        service.record_decision(replace(decision, version=1, text="Oud"))
