"""Keeping a funding line's report milestones in step with its regime and period.

The one place that does so, inside the caller's transaction (saving an
initiative, a milestone or a regime), so a use case stores the line and its
milestones together or not at all.

A generated milestone follows its regime until a user touches it: edits its
title or date, marks it reached or cancelled, or links it to a meeting, an
agenda item, a goal or a decision. A touched milestone is never moved or deleted
by a regeneration; it is kept, and where it no longer matches the regime it is
marked "deviates from the regime" with the reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, bindparam, case, delete, insert, inspect, select, update
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.enums import Body, MilestoneKind, MilestoneStatus
from dordtwest_desktop.domain.regimes import Moment, Planned, plan
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.dto import FundingLineDTO
from dordtwest_desktop.store import history
from dordtwest_desktop.store import models as m

# Generated milestones get identities derived from their line and moment: a redo
# or a regeneration elsewhere (another copy of the store) gives the same record.
_NAMESPACE = uuid.UUID("0c5d8f8e-3a59-4b8a-a1f4-1c0e3e2b7d41")


@dataclass(frozen=True)
class SyncReport:
    lines: int
    created: int
    moved: int
    deleted: int
    deviating: int


def milestone_id(line_id: uuid.UUID, key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{line_id}/{key}")


def line_name(line: m.FundingLine | FundingLineDTO) -> str:
    return f"'{line.scheme or line.funder}'"


def moments_of(row: m.Regime) -> tuple[Moment, ...]:
    return tuple(
        Moment(x.id, x.title, x.rule, x.months, x.day, x.month, x.fixed) for x in row.moments
    )


# Above this many lines one query for all generated milestones beats many IN lists.
_IN_LIMIT = 500
_MILESTONE_COLUMNS = (
    m.Milestone.id,
    m.Milestone.funding_line_id,
    m.Milestone.regime_key,
    m.Milestone.title,
    m.Milestone.due,
    m.Milestone.regime_title,
    m.Milestone.regime_due,
    m.Milestone.status,
    m.Milestone.meeting_id,
    m.Milestone.goal_id,
    m.Milestone.deviation,
    m.Milestone.kind,
    m.Milestone.body,
    m.Milestone.initiative_id,
    m.Milestone.version,
)
_LINE_COLUMNS = (
    m.FundingLine.id,
    m.FundingLine.initiative_id,
    m.FundingLine.regime_id,
    m.FundingLine.period_start,
    m.FundingLine.period_end,
    m.FundingLine.scheme,
    m.FundingLine.funder,
)


@dataclass
class _Steps:
    """What a regeneration changes: values per milestone id, ids to delete, rows to add."""

    # id -> (stored version, new values); the old and new of each changed field
    update: dict[uuid.UUID, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    old_new: dict[uuid.UUID, dict[str, tuple[Any, Any]]] = field(default_factory=dict)
    delete: set[uuid.UUID] = field(default_factory=set)
    create: list[dict[str, Any]] = field(default_factory=list)

    def change(self, row: Any, values: dict[str, Any]) -> dict[str, Any]:
        """Note the values that differ from the row's; returns them."""
        changed = {k: v for k, v in values.items() if getattr(row, k) != v}
        if changed:
            self.update[row.id] = (row.version, changed)
            self.old_new[row.id] = {k: (getattr(row, k), v) for k, v in changed.items()}
        return changed

    moved: int = 0
    deviating: int = 0


def sync_lines(session: Session, lines: Sequence[m.FundingLine]) -> SyncReport:
    """Bring the generated milestones of these lines in step with their regimes."""
    session.flush()
    return sync_ids(session, [line.id for line in lines])


def sync_ids(session: Session, ids: list[uuid.UUID] | None) -> SyncReport:
    """Regenerate the lines with these ids (None: every line of the store).

    Two passes: the database says which generated milestones are "tidy" (untouched
    and as the regime last gave them); those whose moment still asks for the same
    title and date are left alone. Only the rest are read in full and settled, so
    regenerating a store whose milestones are in step reads little and writes
    nothing. Raises ValidationError, naming the line and the regime, when a regime
    cannot be applied to a line's period; the caller's transaction writes nothing.
    """
    lines = _plain_lines(session, ids)
    by_id = {line.id: line for line in lines}
    plans = _plans(session, lines)
    wanted: dict[uuid.UUID, dict[str, Planned]] = {
        line.id: {p.key: p for p in plans.get(line.id, ())} for line in lines
    }
    steps = _Steps()
    unsettled: dict[uuid.UUID, tuple[Any, Planned | None]] = {}
    for ident, line_id, key, title, due, tidy in _summaries(session, ids):
        if line_id not in by_id:
            continue
        want = wanted[line_id].pop(key or "", None)
        if tidy and want is None:
            steps.delete.add(ident)
        elif not (tidy and want is not None and want.title == title and want.due == due):
            unsettled[ident] = (by_id[line_id], want)
    _settle(session, unsettled, steps)
    for line_id, rest in wanted.items():
        steps.create += [_new_row(by_id[line_id], want) for want in rest.values()]
    report = SyncReport(
        len(lines), len(steps.create), steps.moved, len(steps.delete), steps.deviating
    )
    _apply(session, steps)
    return report


def _plans(session: Session, lines: list[Any]) -> dict[uuid.UUID, tuple[Planned, ...]]:
    regimes = _regimes(session, {line.regime_id for line in lines if line.regime_id})
    # Many grants share a regime and a period: plan each pair once.
    shared: dict[tuple[Any, ...], tuple[Planned, ...]] = {}
    found: dict[uuid.UUID, tuple[Planned, ...]] = {}
    for line in lines:
        if line.regime_id not in regimes:
            continue
        key = (line.regime_id, line.period_start, line.period_end)
        if key not in shared:
            name, moments = regimes[line.regime_id]
            shared[key] = plan(name, moments, line.period_start, line.period_end, line_name(line))
        found[line.id] = shared[key]
    return found


def _summaries(session: Session, ids: list[uuid.UUID] | None) -> Iterable[Any]:
    """Per generated milestone: id, line, moment, what the regime gave it, and tidy."""
    ms, line = m.Milestone, m.FundingLine
    links = select(m.item_milestone.c.milestone_id)
    reached = select(m.Decision.reached_milestone_id).where(
        m.Decision.reached_milestone_id.is_not(None)
    )
    tidy = and_(
        ms.status == MilestoneStatus.PLANNED,
        ms.meeting_id.is_(None),
        ms.goal_id.is_(None),
        ms.id.not_in(links),
        ms.id.not_in(reached),
        ms.title == ms.regime_title,
        ms.due == ms.regime_due,
        ms.deviation == "",
        ms.kind == MilestoneKind.ACCOUNTABILITY,
        ms.body == Body.FUNDER,
        ms.initiative_id == line.initiative_id,
    )
    query = (
        select(
            ms.id,
            ms.funding_line_id,
            ms.regime_key,
            ms.regime_title,
            ms.regime_due,
            case((tidy, True), else_=False),
        )
        .join(line, line.id == ms.funding_line_id)
        .where(ms.regime_key.is_not(None))
    )
    if ids is None or len(ids) > _IN_LIMIT:
        return session.execute(query)
    if not ids:
        return ()
    return session.execute(query.where(ms.funding_line_id.in_(ids)))


def _settle(
    session: Session, unsettled: dict[uuid.UUID, tuple[Any, Planned | None]], steps: _Steps
) -> None:
    """Read the milestones that may change in full and decide what each needs."""
    ids = list(unsettled)
    linked = _linked(session, ids)
    for start in range(0, len(ids), _IN_LIMIT):
        part = ids[start : start + _IN_LIMIT]
        for row in session.execute(select(*_MILESTONE_COLUMNS).where(m.Milestone.id.in_(part))):
            line, want = unsettled[row.id]
            _settle_one(row, want, line, row.id in linked, steps)


def release_lines(session: Session, lines: Iterable[m.FundingLine]) -> None:
    """Before lines go: their untouched report milestones go too, touched ones stay marked."""
    for line in lines:
        line.regime_id = None
    sync_lines(session, list(lines))


def _plain_lines(session: Session, ids: list[uuid.UUID] | None) -> list[Any]:
    query = select(*_LINE_COLUMNS)
    if ids is None:
        return list(session.execute(query))
    found: list[Any] = []
    for start in range(0, len(ids), _IN_LIMIT):
        part = ids[start : start + _IN_LIMIT]
        found.extend(session.execute(query.where(m.FundingLine.id.in_(part))))
    return found


def _regimes(
    session: Session, ids: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, tuple[Moment, ...]]]:
    if not ids:
        return {}
    rows = session.scalars(select(m.Regime).where(m.Regime.id.in_(ids)))
    return {row.id: (row.name, moments_of(row)) for row in rows}


def _linked(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these milestones an agenda item or a decision refers to."""
    if not ids:
        return set()
    wanted = set(ids)
    found: set[uuid.UUID] = set()
    links = m.item_milestone.c.milestone_id
    reached = m.Decision.reached_milestone_id
    if len(ids) > _IN_LIMIT:
        found.update(session.scalars(select(links).distinct()))
        found.update(session.scalars(select(reached).where(reached.is_not(None))))
        return found & wanted
    found.update(session.scalars(select(links).where(links.in_(ids))))
    found.update(session.scalars(select(reached).where(reached.in_(ids))))
    return found & wanted


def _settle_one(row: Any, want: Planned | None, line: Any, linked: bool, steps: _Steps) -> None:
    reason = touched(row, linked)
    if reason is None:
        if want is None:
            steps.delete.add(row.id)
            return
        changes = steps.change(row, _follow(want, line))
        steps.moved += int("title" in changes or "due" in changes)
        return
    # Touched by a user: keep it; say whether and why it deviates.
    if want is not None and row.title == want.title and row.due == want.due:
        steps.change(row, {"regime_title": want.title, "regime_due": want.due, "deviation": ""})
    else:
        steps.change(row, {"deviation": deviation_text(reason, want)})
        steps.deviating += 1


def _new_row(line: Any, want: Planned) -> dict[str, Any]:
    return {
        "id": milestone_id(line.id, want.key),
        "regime_key": want.key,
        "status": MilestoneStatus.PLANNED,
        "goal_id": None,
        "meeting_id": None,
        "notes": "",
        "version": 1,
        **_follow(want, line),
    }


def _follow(want: Planned, line: Any) -> dict[str, Any]:
    """A generated milestone as its regime and funding line say it is."""
    return {
        "title": want.title,
        "due": want.due,
        "regime_title": want.title,
        "regime_due": want.due,
        "deviation": "",
        "kind": MilestoneKind.ACCOUNTABILITY,
        "body": Body.FUNDER,
        "funding_line_id": line.id,
        "initiative_id": line.initiative_id,
    }


def _apply(session: Session, steps: _Steps) -> None:
    """Write the steps with plain bulk statements, versions and history as any edit has.

    Thousands of report milestones move at once when a regime changes; through the
    ORM that took seconds (an object, a dirty check and an UPDATE each).
    """
    table = m.Milestone.__table__
    assert isinstance(table, Table)
    _through_the_session(session, steps)
    changes: list[dict[str, Any]] = []
    if steps.create:
        session.execute(insert(table), steps.create)
        changes += [
            {"record_id": row["id"], "action": history.CREATED, "version": 1}
            for row in steps.create
        ]
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for ident, (version, values) in steps.update.items():
        by_columns.setdefault(tuple(sorted(values)), []).append({"_id": ident, **values})
        changes += [
            {
                "record_id": ident,
                "action": history.CHANGED,
                "field": name,
                "old": old,
                "new": new,
                "version": version + 1,
            }
            for name, (old, new) in steps.old_new[ident].items()
        ]
    for columns, rows in by_columns.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({**{name: bindparam(name) for name in columns}, "version": table.c.version + 1})
        )
        session.execute(statement, rows)
    deleted = list(steps.delete)
    for start in range(0, len(deleted), _IN_LIMIT):
        session.execute(delete(table).where(table.c.id.in_(deleted[start : start + _IN_LIMIT])))
    changes += [{"record_id": i, "action": history.DELETED, "version": 0} for i in deleted]
    if changes:
        history.record_plain(session, "milestone", changes)
    session.flush()


def _through_the_session(session: Session, steps: _Steps) -> None:
    """Milestones the session already holds change as records, not by plain statements.

    The use case may have edited one (saving a milestone): its version moves once per
    transaction (store.versions), which a second, plain UPDATE would break.
    """
    for row in list(session.identity_map.values()):
        if not isinstance(row, m.Milestone) or not inspect(row).persistent:
            continue
        if row.id in steps.delete:
            steps.delete.discard(row.id)
            session.delete(row)
        elif row.id in steps.update:
            _version, values = steps.update.pop(row.id)
            steps.old_new.pop(row.id, None)
            for name, value in values.items():
                setattr(row, name, value)


def touched(row: Any, linked: bool) -> str | None:
    """Why a user's hand is on this generated milestone; None when it is untouched."""
    if row.status is MilestoneStatus.REACHED:
        return tr("it has been reached")
    if row.status is MilestoneStatus.CANCELLED:
        return tr("it has been cancelled")
    if linked or row.meeting_id is not None or row.goal_id is not None:
        return tr("it is linked to a meeting, agenda item, goal or decision")
    if row.title != row.regime_title or row.due != row.regime_due:
        return tr("it was edited by hand")
    return None


def deviation_text(reason: str, want: Planned | None) -> str:
    if want is None:
        return tr(
            "Deviates from the regime: {reason}, and the regime no longer asks for this report."
        ).format(reason=reason)
    return tr("Deviates from the regime: {reason}; the regime says '{title}' on {due}.").format(
        reason=reason, title=want.title, due=want.due.render()
    )
