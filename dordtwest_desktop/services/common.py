"""What every service shares: the store, snapshots for undo, and input checks."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from dordtwest_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from dordtwest_desktop.domain.records import (  # noqa: F401 - the services' input checks
    amount,
    max_length,
    ordered_period,
    required,
)
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import exchange
from dordtwest_desktop.store.database import Store
from dordtwest_desktop.store.versions import check_version, touch


@dataclass(frozen=True)
class Snapshot:
    """A deleted record with all that referred to it; `restore` brings it back."""

    table: str
    id: uuid.UUID
    rows: exchange.Rows


@dataclass(frozen=True)
class Revert:
    """How to undo a change that touched several records: delete these, put back those."""

    remove: tuple[tuple[str, uuid.UUID], ...] = ()
    rows: exchange.Rows = field(default_factory=dict)


class Service:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _delete(self, table: str, ident: uuid.UUID) -> Snapshot:
        with self.store.transaction() as session:
            return delete_with_snapshot(session, table, ident)

    def restore(self, snapshot: Snapshot) -> None:
        with self.store.transaction() as session:
            exchange.merge(session, snapshot.rows)

    def revert(self, revert: Revert) -> None:
        with self.store.transaction() as session:
            for table, ident in revert.remove:
                exchange.delete_row(session, table, ident)
            exchange.merge(session, revert.rows)


def delete_with_snapshot(session: Session, table: str, ident: uuid.UUID) -> Snapshot:
    """Delete a record and return what brings it back, inside the caller's transaction."""
    rows = exchange.snapshot(session, table, ident)
    if not rows:
        raise NotFoundError(tr("This record no longer exists."))
    exchange.delete_row(session, table, ident)
    return Snapshot(table=table, id=ident, rows=rows)


def based_on(row: Any, version: int, current: Any) -> None:
    """Refuse a save that is not based on the stored version, and move the version on.

    `row` is the stored record (None when there is none), `version` the version the
    editor loaded (0 for a new record) and `current` the stored record as a DTO,
    shown to the user when the save is refused.
    """
    if row is None:
        if version:
            raise ConflictError(
                tr(
                    "This record was deleted by someone else after you opened it; "
                    "your change was not stored."
                )
            )
        return
    check_version(row, version, current)
    touch(row)


def get_or_raise(session: Session, model: type[Any], ident: uuid.UUID) -> Any:
    row = session.get(model, ident)
    if row is None:
        raise NotFoundError(tr("This record no longer exists."))
    return row


def check(rule: Callable[..., None], field: str | None = None, **values: Any) -> None:
    """Apply a record rule of domain.records; `field` moves its error to a form's field."""
    try:
        rule(**values)
    except ValidationError as error:
        if field is None:
            raise
        raise ValidationError(error.message, field=field, column=error.column) from error


@contextmanager
def no_collection() -> Iterator[None]:
    """Python's cycle collector off for a bulk read or write, then as it was.

    Hundreds of thousands of short-lived tuples (rows, XlsxWriter's cells, a list's
    rows) set off full collections over and over that walk every object the application
    holds and find nothing to free: measured at the scale of benchmarks/, a quarter of
    the writing and a third of the reading of a workbook, more than a list view's read
    itself. Reference counting still frees everything not in a cycle; the collector
    runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
