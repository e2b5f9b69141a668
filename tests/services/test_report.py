"""The progress report's read (services.report), on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import uuid
from datetime import date

from dordtwest_desktop.domain.enums import Outcome
from dordtwest_desktop.services.dto import DecisionDTO
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.report import report_data
from dordtwest_desktop.store.database import Store
from tests.export.builders import add_item, add_note, new_meeting


def test_the_seed_for_2024(store: Store) -> None:
    data = report_data(store, "2024", today=date(2026, 12, 2))
    assert data.programme_name == "Nationaal Programma Dordt West"
    assert [p.title for p in data.pillars][:5] == [
        "Wonen en fysieke leefomgeving",
        "Gezond en samen leven",
        "Leren en ontwikkelen",
        "Arbeidsmarkt en bestaanszekerheid",
        "Leefbaar en veilig",
    ]
    assert all(len(p.strategic_goals) == 1 for p in data.pillars[:5])
    whole = data.pillars[5]
    assert whole.pillar is None
    assert {i.name for i in whole.initiatives} >= {"Preventie met Gezag", "Volkshuisvestingsfonds"}
    granted = {f.funder: f.granted_cents for f in whole.funding}
    assert granted["Ministerie van Justitie en Veiligheid (J&V)"] == 430_000_000
    assert len(whole.late) == 5 and not whole.reached and not whole.upcoming
    assert [m.day for m in data.meetings] == [date(2024, 2, 8)]
    assert data.decisions == 0 and data.left_out_confidential == 0


def test_decisions_of_the_alliantie_without_confidential_ones(store: Store) -> None:
    meeting = new_meeting(store, title="Najaarsoverleg", day=date(2024, 10, 3))
    records = MeetingService(store)
    for title, secret in (("Openbaar punt", False), ("Geheim punt", True)):
        item = add_item(store, meeting.id, title, confidential=secret)
        records.record_decision(
            DecisionDTO(uuid.uuid4(), item.id, f"Besluit {title}", Outcome.ADOPTED)
        )
        add_note(store, item.id, f"Opmerking bij {title}")
    data = report_data(store, "H2 2024")
    [found] = [m for m in data.meetings if m.day == date(2024, 10, 3)]
    assert found.title == "Najaarsoverleg"
    assert [(d.item_title, d.text) for d in found.decisions] == [
        ("Openbaar punt", "Besluit Openbaar punt")
    ]
    assert data.left_out_confidential == 1
    assert "Geheim" not in repr(data) and "Opmerking" not in repr(data)
    # Outside the period: not in the report of the first half.
    assert all(m.day < date(2024, 7, 1) for m in report_data(store, "H1 2024").meetings)
