"""Every change enters the history: who, when, which field, from what to what."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import MilestoneStatus
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.services.dto import MilestoneDTO
from dordtwest_desktop.services.history import HistoryService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.store.exchange import export_json


def test_the_seed_is_not_anyones_edit(store: Store) -> None:
    with store.read() as session:
        assert session.query(m.HistoryEntry).count() == 0


def test_a_changed_field_names_old_new_who_and_version(store: Store) -> None:
    store.actor = "Sanne Bos"
    programme = ProgrammeService(store)
    goal = programme.goals()[0]
    programme.save_goal(replace(goal, title="Nieuwe titel (voorbeeld)"))
    entries = HistoryService(store).of(goal.id)
    assert [(e.action, e.field, e.old, e.new, e.who) for e in entries] == [
        ("changed", "title", goal.title, "Nieuwe titel (voorbeeld)", "Sanne Bos")
    ]
    assert entries[0].version == goal.version + 1
    assert HistoryService(store).last_change(goal.id) == entries[0]


def test_created_changed_and_deleted_in_the_users_words(store: Store) -> None:
    programme = ProgrammeService(store)
    ident = uuid.uuid4()
    new = MilestoneDTO(id=ident, title="Oplevering (voorbeeld)", due=PreciseDate.parse("2027"))
    programme.save_milestone(new)
    stored = next(x for x in programme.milestones() if x.id == ident)
    programme.save_milestone(replace(stored, status=MilestoneStatus.REACHED))
    programme.delete_milestone(ident)
    entries = HistoryService(store).of(ident)
    assert [e.action for e in entries][::-1] == ["created", "changed", "deleted"]
    status = next(e for e in entries if e.field == "status")
    assert (status.old, status.new) == ("gepland", "behaald")


def test_a_reference_shows_the_name_it_points_to(store: Store) -> None:
    programme = ProgrammeService(store)
    pillars = programme.pillars()
    goal = next(g for g in programme.goals() if g.pillar_id is not None)
    other = next(p for p in pillars if p.id != goal.pillar_id)
    programme.save_goal(replace(goal, pillar_id=other.id))
    change = HistoryService(store).of(goal.id)[0]
    assert change.field == "pillar_id"
    assert change.old == next(p.name for p in pillars if p.id == goal.pillar_id)
    assert change.new == other.name


def test_a_refused_change_leaves_no_history(store: Store) -> None:
    programme = ProgrammeService(store)
    goal = programme.goals()[0]
    with pytest.raises(ValidationError):
        programme.save_goal(replace(goal, title=""))
    assert HistoryService(store).of(goal.id) == ()


def test_the_latest_change_by_someone_else(store: Store) -> None:
    programme = ProgrammeService(store)
    goals = programme.goals()
    store.actor = "Sanne Bos"
    programme.save_goal(replace(goals[0], title="Door Sanne (voorbeeld)"))
    store.actor = "Ahmed El Amrani"
    programme.save_goal(replace(goals[1], title="Door Ahmed (voorbeeld)"))
    latest = HistoryService(store).latest(not_by="Ahmed El Amrani")
    assert latest is not None and latest.who == "Sanne Bos" and latest.record_id == goals[0].id


def test_the_history_is_part_of_the_json_export(store: Store, tmp_path: Path) -> None:
    programme = ProgrammeService(store)
    goal = programme.goals()[0]
    programme.save_goal(replace(goal, title="Geëxporteerd (voorbeeld)"))
    out = tmp_path / "uitwisseling.json"
    export_json(store, out)
    exported = json.loads(out.read_text(encoding="utf-8"))
    rows = exported["tables"]["history"] if "tables" in exported else exported["history"]
    assert any(
        r["record_id"] == str(goal.id) and r["new"] == "Geëxporteerd (voorbeeld)" for r in rows
    )
