"""Funding lines generate their report milestones and keep them in step (real databases)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, insert, select

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.domain.enums import Body, MilestoneKind, MilestoneStatus, MomentRule
from dordtwest_desktop.domain.errors import ValidationError
from dordtwest_desktop.domain.regimes import Moment
from dordtwest_desktop.services.dto import InitiativeDTO, MilestoneDTO
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.services.regimes import RegimeDTO, RegimeService
from dordtwest_desktop.store import exchange
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store


def d(text: str) -> PreciseDate:
    return PreciseDate.parse(text)


@pytest.fixture
def programme(store: Store) -> ProgrammeService:
    return ProgrammeService(store)


@pytest.fixture
def regimes(store: Store) -> RegimeService:
    return RegimeService(store)


def pmg(programme: ProgrammeService) -> InitiativeDTO:
    return next(i for i in programme.initiatives() if i.name == "Preventie met Gezag")


def regime(regimes: RegimeService, name: str) -> RegimeDTO:
    return next(r for r in regimes.regimes() if r.name == name)


def assign(programme: ProgrammeService, regime_id: uuid.UUID | None, **period) -> InitiativeDTO:
    """Give Preventie met Gezag's funding line a regime (and a period), as the dialog does."""
    initiative = pmg(programme)
    line = replace(initiative.funding[0], regime_id=regime_id, **period)
    programme.save_initiative(replace(initiative, funding=(line,)))
    return pmg(programme)


def reports(programme: ProgrammeService) -> list[MilestoneDTO]:
    return [x for x in programme.milestones() if x.kind is MilestoneKind.ACCOUNTABILITY]


def shown(programme: ProgrammeService) -> list[tuple[str, str]]:
    return [(x.title, x.due.render()) for x in reports(programme)]


def count(store: Store, model: type[m.Base]) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


SISA_PMG = [(f"SiSa-verantwoording {y}", f"15 juli {y + 1}") for y in range(2023, 2027)]


def test_the_seed_ships_templates_and_assigns_none(programme, regimes):
    assert [(r.name, r.template, r.used_by) for r in regimes.regimes()] == [
        ("SiSa", True, 0),
        ("Eindverantwoording", True, 0),
        ("Voortgangsrapportage", True, 0),
        ("Eigen", True, 0),
    ]
    assert all(f.regime_id is None for i in programme.initiatives() for f in i.funding)
    assert reports(programme) == []


def test_sisa_on_preventie_met_gezag_gives_four_report_milestones(programme, regimes):
    initiative = assign(programme, regime(regimes, "SiSa").id)
    assert shown(programme) == SISA_PMG
    line = initiative.funding[0]
    for milestone in reports(programme):
        assert milestone.funding_line_id == line.id
        assert milestone.initiative_id == initiative.id
        assert milestone.body is Body.FUNDER
        assert milestone.status is MilestoneStatus.PLANNED
        assert milestone.deviation == ""
    assert regime(regimes, "SiSa").used_by == 1


def test_a_longer_period_adds_a_year_and_a_shorter_one_removes_untouched_ones(programme, regimes):
    sisa = regime(regimes, "SiSa").id
    assign(programme, sisa)
    ids = {x.title: x.id for x in reports(programme)}
    assign(programme, sisa, period_end=d("eind 2027"))
    assert shown(programme)[-1] == ("SiSa-verantwoording 2027", "15 juli 2028")
    # The same records stay: regeneration finds them by their moment, not by title.
    assert {x.title: x.id for x in reports(programme)}.items() >= ids.items()
    assign(programme, sisa, period_end=d("2024"))
    assert shown(programme) == SISA_PMG[:2]


def test_touched_milestones_are_kept_and_marked_with_the_reason(store, programme, regimes):
    sisa = regime(regimes, "SiSa").id
    assign(programme, sisa)
    by_title = {x.title: x for x in reports(programme)}
    edited = by_title["SiSa-verantwoording 2024"]
    programme.save_milestone(replace(edited, due=d("1 juli 2025")))
    # One save, one version: the deviation is written with the edit (an editor's undo
    # counts on it).
    stored = next(x for x in reports(programme) if x.id == edited.id)
    assert stored.version == edited.version + 1 and stored.deviation
    reached = by_title["SiSa-verantwoording 2025"]
    programme.save_milestone(replace(reached, status=MilestoneStatus.REACHED))
    linked = by_title["SiSa-verantwoording 2026"]
    item = _an_agenda_item(store)
    with store.transaction() as session:
        session.execute(insert(m.item_milestone).values(item_id=item, milestone_id=linked.id))

    # An edit alone already deviates; reaching a report that is on its date does not.
    now = {x.title: x for x in reports(programme)}
    assert "met de hand gewijzigd" in now["SiSa-verantwoording 2024"].deviation
    assert now["SiSa-verantwoording 2025"].deviation == ""

    assign(programme, sisa, period_end=d("2023"))  # only 2023 remains in the regime
    after = {x.title: x for x in reports(programme)}
    assert set(after) == {f"SiSa-verantwoording {y}" for y in range(2023, 2027)}
    assert after["SiSa-verantwoording 2024"].due == d("1 juli 2025")  # never moved
    for title in (
        "SiSa-verantwoording 2024",
        "SiSa-verantwoording 2025",
        "SiSa-verantwoording 2026",
    ):
        assert after[title].deviation.startswith("Wijkt af van het regime"), title
        assert "niet meer" in after[title].deviation
    assert "bereikt" in after["SiSa-verantwoording 2025"].deviation
    assert "gekoppeld" in after["SiSa-verantwoording 2026"].deviation
    assert after["SiSa-verantwoording 2023"].deviation == ""

    assign(programme, sisa, period_end=d("medio 2026"))  # back: the marks go where they match
    back = {x.title: x for x in reports(programme)}
    assert back["SiSa-verantwoording 2025"].deviation == ""
    assert back["SiSa-verantwoording 2026"].deviation == ""
    assert back["SiSa-verantwoording 2024"].deviation != ""  # still on 1 juli


def _an_agenda_item(store: Store) -> uuid.UUID:
    with store.read() as session:
        found = session.scalar(select(m.AgendaItem.id).limit(1))
    assert found is not None
    return found


def test_another_regime_replaces_the_untouched_reports(programme, regimes):
    assign(programme, regime(regimes, "SiSa").id)
    assign(programme, regime(regimes, "Eindverantwoording").id)
    assert shown(programme) == [
        ("Eindverantwoording", "februari 2027"),
        ("Vaststelling", "augustus 2027"),
    ]
    assign(programme, None)
    assert reports(programme) == []


def test_removing_the_line_or_the_initiative_takes_untouched_reports_along(programme, regimes):
    initiative = assign(programme, regime(regimes, "SiSa").id)
    snapshot = programme.delete_initiative(initiative.id)
    assert reports(programme) == []
    programme.restore(snapshot)  # undo brings the reports back with the initiative
    assert shown(programme) == SISA_PMG
    programme.save_initiative(replace(pmg(programme), funding=()))
    assert reports(programme) == []


@pytest.mark.parametrize(
    ("period", "words"),
    [
        ({"period_start": None, "period_end": None}, "periode"),
        ({"period_start": d("medio 2023"), "period_end": None}, "periode"),
    ],
)
def test_a_period_the_regime_cannot_use_refuses_the_save_and_writes_nothing(
    store, programme, regimes, period, words
):
    before = (pmg(programme), count(store, m.Milestone))
    with pytest.raises(ValidationError) as caught:
        assign(programme, regime(regimes, "SiSa").id, **period)
    assert "SiSa" in caught.value.message and "Preventie met Gezag" in caught.value.message
    assert words in caught.value.message
    assert (pmg(programme), count(store, m.Milestone)) == before


def test_a_regime_with_a_date_before_the_grant_starts_is_refused(store, programme, regimes):
    own = RegimeDTO(
        id=uuid.uuid4(),
        name="Eigen PmG",
        moments=(Moment(uuid.uuid4(), "Startnotitie", MomentRule.FIXED, fixed=d("2020")),),
    )
    regimes.save_regime(own)
    before = count(store, m.Milestone)
    with pytest.raises(ValidationError) as caught:
        assign(programme, own.id)
    assert "Startnotitie" in caught.value.message and "medio 2023" in caught.value.message
    assert count(store, m.Milestone) == before
    assert pmg(programme).funding[0].regime_id is None


def test_editing_a_regime_regenerates_every_line_that_has_it(programme, regimes):
    sisa = regime(regimes, "SiSa")
    assign(programme, sisa.id)
    moment = replace(sisa.moments[0], title="Sisa {jaar} (J&V)", day=1, month=6)
    regimes.save_regime(replace(sisa, moments=(moment,)))
    assert shown(programme) == [(f"Sisa {y} (J&V)", f"1 juni {y + 1}") for y in range(2023, 2027)]
    with pytest.raises(ValidationError):
        regimes.save_regime(replace(regime(regimes, "SiSa"), moments=(replace(moment, title=""),)))
    assert shown(programme)[0] == ("Sisa 2023 (J&V)", "1 juni 2024")


def test_a_regime_change_that_one_line_cannot_take_writes_nothing(store, programme, regimes):
    sisa = regime(regimes, "SiSa")
    assign(programme, sisa.id)
    early = Moment(uuid.uuid4(), "Te vroeg", MomentRule.FIXED, fixed=d("2019"))
    before = (shown(programme), regime(regimes, "SiSa"))
    with pytest.raises(ValidationError):
        regimes.save_regime(replace(sisa, moments=(*sisa.moments, early)))
    assert (shown(programme), regime(regimes, "SiSa")) == before


def test_a_regime_in_use_cannot_be_deleted_one_that_is_not_can(store, programme, regimes):
    assign(programme, regime(regimes, "SiSa").id)
    with pytest.raises(ValidationError) as caught:
        regimes.delete_regime(regime(regimes, "SiSa").id)
    assert "Preventie met Gezag" in caught.value.message
    snapshot = regimes.delete_regime(regime(regimes, "Eigen").id)
    assert "Eigen" not in [r.name for r in regimes.regimes()]
    regimes.restore(snapshot)
    assert "Eigen" in [r.name for r in regimes.regimes()]


def test_names_are_unique(regimes):
    with pytest.raises(ValidationError) as caught:
        regimes.save_regime(RegimeDTO(id=uuid.uuid4(), name=" SiSa "))
    assert caught.value.field == "name"


def test_deadlines_are_overdue_or_due_within_ninety_days_per_funder(programme, regimes):
    assign(programme, regime(regimes, "SiSa").id)
    found = regimes.deadlines(date(2025, 6, 1))
    assert [(x.title, x.overdue) for x in found] == [
        ("SiSa-verantwoording 2023", True),
        ("SiSa-verantwoording 2024", False),
    ]
    assert {x.funder for x in found} == {"Ministerie van Justitie en Veiligheid (J&V)"}
    reached = next(x for x in reports(programme) if x.title.endswith("2023"))
    programme.save_milestone(replace(reached, status=MilestoneStatus.REACHED))
    assert [x.title for x in regimes.deadlines(date(2025, 6, 1))] == ["SiSa-verantwoording 2024"]


def test_regenerating_everything_twice_changes_nothing_the_second_time(programme, regimes):
    assign(programme, regime(regimes, "SiSa").id)
    first = regimes.regenerate_all()
    second = regimes.regenerate_all()
    assert (second.created, second.moved, second.deleted) == (0, 0, 0)
    assert first.lines == second.lines == 3  # the seed's funding lines
    assert shown(programme) == SISA_PMG


def test_the_exchange_carries_regimes_and_generated_milestones(store, programme, regimes):
    assign(programme, regime(regimes, "SiSa").id)
    with store.read() as session:
        rows = exchange.dump(session)
    assert [r["name"] for r in rows["regime"]] == [
        "SiSa",
        "Eindverantwoording",
        "Voortgangsrapportage",
        "Eigen",
    ]
    assert len(rows["regime_moment"]) == 4
    generated = [r for r in rows["milestone"] if r["regime_key"]]
    assert len(generated) == 4 and all(r["kind"] == "accountability" for r in generated)
    names = [t.name for t in exchange.tables()]
    assert names.index("regime") < names.index("funding_line") < names.index("milestone")
