"""Where each search hit belongs (meeting, agenda item, initiative) and how it is named.

Four reads by id for the hits on screen (at most 20 of each kind), never per hit.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, Uuid, cast, literal_column, null, select, union_all
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import format_short_date
from dordtwest_desktop.domain.enums import Outcome
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
    """(meeting, agenda item, initiative, extra words) for each hit: one read for every kind.

    One statement rather than one per kind: on a server each is a round trip, and on a
    busy machine a round trip waits for the server's process to be scheduled (~5 ms).
    """
    A, D, N = m.Annotation.__table__, m.Decision.__table__, m.Action.__table__
    item, attachment = m.AgendaItem.__table__, m.Attachment.__table__
    F, G, M = m.FundingLine.__table__, m.Goal.__table__, m.Milestone.__table__
    # kind, table, then the columns (meeting, agenda item, initiative, extra) it has.
    places: tuple[tuple[str, Any, Any, Any, Any, Any], ...] = (
        ("agenda_item", item, item.c.meeting_id, item.c.id, None, None),
        ("decision", D, None, D.c.item_id, None, D.c.outcome),
        ("annotation", A, A.c.meeting_id, A.c.item_id, None, A.c.author),
        ("attachment", attachment, None, attachment.c.item_id, None, None),
        ("action", N, N.c.meeting_id, N.c.item_id, None, N.c.owner),
        ("funding_line", F, None, None, F.c.initiative_id, F.c.funder),
        ("goal", G, None, None, G.c.initiative_id, None),
        ("milestone", M, None, None, M.c.initiative_id, None),
    )
    parts = []
    for kind, table, meeting, item_id, initiative, extra in places:
        wanted = list(set(ids.get(kind, [])))
        if not wanted:
            continue
        # Every part typed alike: the union's rows are read with the first part's types.
        parts.append(
            select(
                literal_column(f"'{kind}'", String).label("kind"),
                table.c.id,
                *(
                    c if c is not None else cast(null(), Uuid)
                    for c in (meeting, item_id, initiative)
                ),
                cast(extra if extra is not None else null(), String).label("extra"),
            ).where(table.c.id.in_(wanted))
        )
    if not parts:
        return {}
    rows = session.execute(parts[0] if len(parts) == 1 else union_all(*parts))
    return {
        (kind, ident): (meeting, item_id, initiative, _extra(kind, extra))
        for kind, ident, meeting, item_id, initiative, extra in rows
    }


def _extra(kind: str, value: str | None) -> str:
    if value is None or value == "":
        return ""
    if kind == "decision":
        return label(Outcome(value))  # read as text by the union: the enum's value
    return value
