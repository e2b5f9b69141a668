"""Where each search hit belongs (meeting, agenda item, initiative) and how it is named.

A few reads by id for the hits on screen (at most 20 of each kind), never per hit.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import null, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import format_short_date
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.domain.meeting_title import meeting_title
from dordtwest_desktop.store import models as m

if TYPE_CHECKING:
    from dordtwest_desktop.services.search import Row, SearchHit


def _by_ids(
    session: Session, table: Any, ids: Iterable[uuid.UUID], *columns: Any
) -> dict[Any, Any]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    return {
        r[0]: r for r in session.execute(select(table.c.id, *columns).where(table.c.id.in_(wanted)))
    }


def resolve(session: Session, rows: list[Row]) -> list[SearchHit]:
    """Where each hit belongs (meeting, agenda item, initiative) and how to name it."""
    ids: dict[str, list[uuid.UUID]] = defaultdict(list)
    for kind, ident, _, _ in rows:
        ids[kind].append(ident)
    links = _links(session, ids)
    item_ids = {v[1] for v in links.values() if v[1] is not None}
    items = _by_ids(
        session, m.AgendaItem.__table__, item_ids, m.AgendaItem.meeting_id, m.AgendaItem.title
    )
    meeting_ids = {v[0] for v in links.values() if v[0] is not None}
    meeting_ids |= {r.meeting_id for r in items.values()}
    meeting_ids |= set(ids.get("meeting", []))
    t = m.Meeting.__table__
    meetings = _by_ids(session, t, meeting_ids, t.c.day, t.c.body, t.c.body_name, t.c.title)
    initiative_ids = {v[2] for v in links.values() if v[2] is not None}
    t = m.Initiative.__table__
    initiatives = _by_ids(session, t, initiative_ids, t.c.name)
    from dordtwest_desktop.services.search import SearchHit as hit_type
    from dordtwest_desktop.services.search import plain as _plain

    hits = []
    for kind, ident, title, snippet in rows:
        meeting_id, item_id, initiative_id, extra = links.get((kind, ident), (None, None, None, ""))
        item = items.get(item_id)
        if item is not None and meeting_id is None:
            meeting_id = item.meeting_id
        if kind == "meeting":
            meeting_id = ident
        meeting = meetings.get(meeting_id)
        parts = []
        if meeting is not None:
            name = meeting_title(meeting.title, meeting.body, meeting.body_name, meeting.day)
            if kind == "meeting":
                parts.append(format_short_date(meeting.day))
                if not _plain(title).strip():
                    title = name
            else:
                parts.append(f"{name} · {format_short_date(meeting.day)}")
        if item is not None and kind != "agenda_item":
            parts.append(item.title)
        if initiative_id is not None and initiative_id in initiatives:
            parts.append(initiatives[initiative_id].name)
        parts.append(extra)
        if not _plain(title).strip():
            # A decision or remark has no title of its own: it is named by its text.
            title, snippet = snippet, ""
        context = " · ".join(p for p in parts if p)
        hits.append(
            hit_type(
                kind,
                ident,
                title.strip(),
                snippet.strip(),
                context,
                meeting_id,
                item_id,
                initiative_id,
            )
        )
    return hits


Links = dict[
    tuple[str, uuid.UUID], tuple[uuid.UUID | None, uuid.UUID | None, uuid.UUID | None, str]
]


def _links(session: Session, ids: dict[str, list[uuid.UUID]]) -> Links:
    """(meeting, agenda item, initiative, extra words) for each hit."""
    links: Links = {}

    def add(kind: str, model: Any, *columns: Any) -> None:
        table = model.__table__
        wanted = [c if c is not None else null() for c in columns]
        for row in _by_ids(session, table, ids.get(kind, []), *wanted).values():
            meeting, item, initiative, extra = row[1:]
            links[(kind, row[0])] = (meeting, item, initiative, _extra(kind, extra))

    A, D, N = m.Annotation.__table__, m.Decision.__table__, m.Action.__table__
    item = m.AgendaItem.__table__
    add("agenda_item", m.AgendaItem, item.c.meeting_id, item.c.id.label("item"), None, None)
    add("decision", m.Decision, None, D.c.item_id, None, D.c.outcome)
    add("annotation", m.Annotation, A.c.meeting_id, A.c.item_id, None, A.c.author)
    add("attachment", m.Attachment, None, m.Attachment.__table__.c.item_id, None, None)
    add("action", m.Action, N.c.meeting_id, N.c.item_id, None, N.c.owner)
    add(
        "funding_line", m.FundingLine, None, None, m.FundingLine.initiative_id, m.FundingLine.funder
    )
    add("goal", m.Goal, None, None, m.Goal.initiative_id, None)
    add("milestone", m.Milestone, None, None, m.Milestone.initiative_id, None)
    return links


def _extra(kind: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if kind == "decision":
        return label(value)
    return str(value)
