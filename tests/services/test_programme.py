"""Programme use cases: validation, children replaced, delete and restore."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import FundingStatus, GoalKind
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.services.dto import (
    ComponentDTO,
    FundingLineDTO,
    GoalDTO,
    InitiativeDTO,
    MilestoneDTO,
)
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store


def _initiative(**changes) -> InitiativeDTO:
    base = InitiativeDTO(
        id=uuid.uuid4(),
        name="Voorbeeldinspanning",
        components=(ComponentDTO(id=uuid.uuid4(), name="Onderdeel A"),),
        funding=(
            FundingLineDTO(
                id=uuid.uuid4(),
                scheme="Voorbeeldregeling",
                funder="Ministerie van Justitie en Veiligheid (J&V)",
                status=FundingStatus.REQUESTED,
                requested_cents=1_000_000_00,
            ),
        ),
    )
    return replace(base, **changes)


def test_empty_name_is_refused_and_nothing_stored(store: Store):
    service = ProgrammeService(store)
    with pytest.raises(ValidationError) as error:
        service.save_initiative(_initiative(name="   "))
    assert error.value.field == "name"
    assert len(service.initiatives()) == 4


def test_negative_amount_is_refused(store: Store):
    service = ProgrammeService(store)
    bad = _initiative()
    line = replace(bad.funding[0], granted_cents=-1)
    with pytest.raises(ValidationError):
        service.save_initiative(replace(bad, funding=(line,)))
    assert len(service.initiatives()) == 4


def test_period_end_before_start_is_refused(store: Store):
    with pytest.raises(ValidationError) as error:
        ProgrammeService(store).save_initiative(
            _initiative(
                period_start=PreciseDate.parse("2026"), period_end=PreciseDate.parse("Q1 2024")
            )
        )
    assert error.value.field == "period_end"


def test_children_are_replaced_and_previous_version_returned(store: Store):
    service = ProgrammeService(store)
    dto = _initiative()
    assert service.save_initiative(dto) is None
    changed = replace(
        dto,
        version=1,
        components=(ComponentDTO(id=uuid.uuid4(), name="Onderdeel B"),),
        funding=(),
        goals=(GoalDTO(id=uuid.uuid4(), kind=GoalKind.INITIATIVE, title="Doel"),),
    )
    previous = service.save_initiative(changed)
    assert previous is not None and previous.components[0].name == "Onderdeel A"
    stored = service.initiative(dto.id)
    assert [c.name for c in stored.components] == ["Onderdeel B"]
    assert stored.funding == ()
    assert [g.title for g in stored.goals] == ["Doel"]
    service.save_initiative(replace(previous, version=2))
    assert service.initiative(dto.id).funding == previous.funding


def test_delete_and_restore_brings_back_children_and_references(store: Store):
    service = ProgrammeService(store)
    vhf = next(i for i in service.initiatives() if i.name == "Volkshuisvestingsfonds")
    milestone = MilestoneDTO(
        id=uuid.uuid4(), title="Voorbeeld", due=PreciseDate.parse("eind 2024"), initiative_id=vhf.id
    )
    service.save_milestone(milestone)
    snapshot = service.delete_initiative(vhf.id)
    assert vhf.id not in {i.id for i in service.initiatives()}
    assert next(x for x in service.milestones() if x.id == milestone.id).initiative_id is None
    service.restore(snapshot)
    assert service.initiative(vhf.id) == vhf
    assert next(x for x in service.milestones() if x.id == milestone.id).initiative_id == vhf.id


def test_goal_cannot_nest_under_itself(store: Store):
    service = ProgrammeService(store)
    a = GoalDTO(id=uuid.uuid4(), kind=GoalKind.STRATEGIC, title="A")
    b = GoalDTO(id=uuid.uuid4(), kind=GoalKind.STRATEGIC, title="B", parent_id=a.id)
    service.save_goal(a)
    service.save_goal(b)
    with pytest.raises(ValidationError):
        service.save_goal(replace(a, version=1, parent_id=b.id))


def test_funders_suggest_ministries_and_used_names(store: Store):
    funders = ProgrammeService(store).funders()
    assert "BZK, OCW, SZW en VWS" in funders
    assert any("Sociale Zaken" in f for f in funders)


def test_editing_a_seeded_initiative_keeps_its_goals(store: Store):
    service = ProgrammeService(store)
    pmg = next(i for i in service.initiatives() if i.name == "Preventie met Gezag")
    service.save_initiative(replace(pmg, ambition=pmg.ambition + " (bewerkt)"))
    stored = service.initiative(pmg.id)
    assert [g.id for g in stored.goals] == [g.id for g in pmg.goals]
    assert [c.id for c in stored.components] == [c.id for c in pmg.components]
    assert stored.funding == pmg.funding


def test_link_targets_are_the_lists_names_in_their_order(store):
    from dordtwest_desktop.services.programme import ProgrammeService

    programme = ProgrammeService(store)
    targets = programme.link_targets()
    assert targets.goals == tuple((g.title, g.id) for g in programme.goals())
    assert targets.initiatives == tuple((i.name, i.id) for i in programme.initiatives())
    assert targets.milestones == tuple(
        (f"{x.title} ({x.due.render()})", x.id) for x in programme.milestones()
    )
