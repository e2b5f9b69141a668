"""Records as rows for the command line's `list` (text table or JSON)."""

from __future__ import annotations

from datetime import date
from typing import Any

from dordtwest_desktop.domain.dates import format_short_date
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.money import format_money_short
from dordtwest_desktop.i18n import mark, tr
from dordtwest_desktop.services.meetings import MeetingService
from dordtwest_desktop.services.programme import ProgrammeService
from dordtwest_desktop.store.database import Store

Row = dict[str, Any]


def _money(cents: int | None) -> str:
    return "" if cents is None else format_money_short(cents)


def rows(store: Store, kind: str) -> list[Row]:
    programme = ProgrammeService(store)
    if kind == "goals":
        pillars = {p.id: p.name for p in programme.pillars()}
        return [
            {
                "id": str(g.id),
                "kind": g.kind.value,
                "title": g.title,
                "pillar": pillars.get(g.pillar_id, "") if g.pillar_id else "",
                "initiative_id": str(g.initiative_id) if g.initiative_id else None,
            }
            for g in programme.goals()
        ]
    if kind == "initiatives":
        return [
            {
                "id": str(i.id),
                "name": i.name,
                "status": i.status.value,
                "target_area": i.target_area,
                "requested_cents": i.requested_cents,
                "granted_cents": i.granted_cents,
                "requested": _money(i.requested_cents),
                "granted": _money(i.granted_cents),
                "funders": [f.funder for f in i.funding],
                "components": [c.name for c in i.components],
                "goals": [g.title for g in i.goals],
            }
            for i in programme.initiatives()
        ]
    if kind == "milestones":
        return [
            {
                "id": str(x.id),
                "date": x.due.render(),
                "first_day": x.due.first_day().isoformat(),
                "last_day": x.due.last_day().isoformat(),
                "title": x.title,
                "status": x.status.value,
                "body": x.body.value if x.body else None,
            }
            for x in programme.milestones()
        ]
    meetings = MeetingService(store)
    if kind == "meetings":
        return [
            {
                "id": str(x.id),
                "date": x.day.isoformat(),
                "start": x.start_time.strftime("%H:%M") if x.start_time else None,
                "body": x.body.value,
                "body_label": x.body_label,
                "title": x.title,
                "location": x.location,
                "status": x.status.value,
            }
            for x in meetings.meetings()
        ]
    if kind == "actions":
        return [
            {
                "id": str(a.id),
                "description": a.description,
                "owner": a.owner,
                "due": a.due.render() if a.due else None,
                "status": a.status.value,
                "meeting_id": str(a.meeting_id) if a.meeting_id else None,
            }
            for a in meetings.actions()
        ]
    raise ValueError(kind)


# Columns shown as text, per kind: (field, English header).
_TEXT_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "goals": [
        ("id", mark("ID")),
        ("kind", mark("Kind")),
        ("title", mark("Title")),
        ("pillar", mark("Pillar")),
    ],
    "initiatives": [
        ("id", mark("ID")),
        ("name", mark("Name")),
        ("status", mark("Status")),
        ("requested", mark("Requested")),
        ("granted", mark("Granted")),
    ],
    "milestones": [
        ("id", mark("ID")),
        ("date", mark("Date")),
        ("title", mark("Title")),
        ("status", mark("Status")),
    ],
    "meetings": [
        ("id", mark("ID")),
        ("date", mark("Date")),
        ("body_label", mark("Body")),
        ("status", mark("Status")),
    ],
    "actions": [
        ("id", mark("ID")),
        ("description", mark("Description")),
        ("owner", mark("Owner")),
        ("due", mark("Due")),
        ("status", mark("Status")),
    ],
}

_ENUM_FIELDS = {"kind", "status", "body"}


# What `list KIND` lists, in words, for the sentence that says there is nothing.
_KIND_WORDS = {
    "goals": mark("goals"),
    "initiatives": mark("initiatives"),
    "milestones": mark("milestones"),
    "meetings": mark("meetings"),
    "actions": mark("actions"),
}


def as_text(records: list[Row], kind: str) -> str:
    if not records:  # a sentence, not a table of headers alone
        return tr("No {what} yet.").format(what=tr(_KIND_WORDS[kind]))
    columns = _TEXT_COLUMNS[kind]
    table = [[tr(header) for _, header in columns]]
    for record in records:
        table.append([_cell(kind, field, record.get(field)) for field, _ in columns])
    widths = [max(len(row[i]) for row in table) for i in range(len(columns))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in table
    ]
    return "\n".join(line.rstrip() for line in lines)


def _cell(kind: str, field: str, value: Any) -> str:
    if value is None:
        return ""
    if field == "id":
        return str(value)[:8]
    if kind == "meetings" and field == "date":
        return format_short_date(date.fromisoformat(str(value)))
    if field in _ENUM_FIELDS:
        return _enum_label(kind, field, str(value))
    return str(value)


def _enum_label(kind: str, field: str, value: str) -> str:
    from dordtwest_desktop.domain import enums as e

    enum_for = {
        ("goals", "kind"): e.GoalKind,
        ("initiatives", "status"): e.InitiativeStatus,
        ("milestones", "status"): e.MilestoneStatus,
        ("meetings", "status"): e.MeetingStatus,
        ("actions", "status"): e.ActionStatus,
    }
    enum = enum_for.get((kind, field))
    return label(enum(value)) if enum else value
