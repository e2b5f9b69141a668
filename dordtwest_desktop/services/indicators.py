"""Use cases of indicators: edit them and their yearly figures, import a CSV or XLSX file."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dordtwest_desktop.domain import records
from dordtwest_desktop.domain.enums import Direction
from dordtwest_desktop.domain.errors import ImportFileError, NotFoundError, ValidationError
from dordtwest_desktop.domain.indicators import (
    CsvRow,
    Evaluation,
    evaluate,
    parse_csv,
)
from dordtwest_desktop.domain.labels import label
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.services.common import (
    Revert,
    Service,
    Snapshot,
    based_on,
    check,
)
from dordtwest_desktop.store import exchange
from dordtwest_desktop.store import models as m
from dordtwest_desktop.store.database import Store

# Suggestions for the source field; it stays free text.
SOURCES = ("Leefbaarometer", "CBS wijk- en buurtcijfers", "Veiligheidsmonitor")


@dataclass(frozen=True)
class IndicatorValueDTO:
    """The figures of one peildatum (year)."""

    id: uuid.UUID
    year: int
    dordt_west: float
    dordrecht: float
    netherlands: float | None = None


@dataclass(frozen=True)
class IndicatorDTO:
    id: uuid.UUID
    name: str
    direction: Direction = Direction.UNKNOWN
    pillar_id: uuid.UUID | None = None
    unit: str = ""
    source: str = ""
    target: float | None = None  # None: the Dordrecht average is the target
    notes: str = ""
    position: int = 0
    values: tuple[IndicatorValueDTO, ...] = ()  # by year
    version: int = 0  # the stored version this copy was read at; 0: a new record

    def evaluation(self) -> Evaluation | None:
        return evaluate(self.values, self.direction)

    @property
    def latest(self) -> IndicatorValueDTO | None:
        return self.values[-1] if self.values else None


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, and how to take it back."""

    path: Path | None
    rows: int
    indicators: int  # distinct indicators in the file
    created: tuple[str, ...]  # names of the indicators the file introduced
    added: int  # new yearly figures
    updated: int  # yearly figures that replaced earlier ones
    revert: Revert

    def message(self) -> str:
        text = tr(
            "{rows} figures of {indicators} indicators imported ({added} new, {updated} replaced)."
        ).format(rows=self.rows, indicators=self.indicators, added=self.added, updated=self.updated)
        if self.path is not None:
            text = tr("{file}: {summary}").format(file=self.path.name, summary=text)
        if self.created:
            text += " " + tr(
                "New indicators: {names}; check their pillar, unit and direction."
            ).format(names=", ".join(self.created))
        return text


def value(row: m.IndicatorValue | Any) -> IndicatorValueDTO:
    return IndicatorValueDTO(
        id=row.id,
        year=row.year,
        dordt_west=row.dordt_west,
        dordrecht=row.dordrecht,
        netherlands=row.netherlands,
    )


def indicator(row: m.Indicator | Any, values: Sequence[Any] | None = None) -> IndicatorDTO:
    """From its ORM row, or from a plain row and its figures' rows (`values`)."""
    if values is None:
        values = row.values
    return IndicatorDTO(
        id=row.id,
        name=row.name,
        direction=row.direction,
        pillar_id=row.pillar_id,
        unit=row.unit,
        source=row.source,
        target=row.target,
        notes=row.notes,
        position=row.position,
        values=tuple(value(v) for v in sorted(values, key=lambda v: v.year)),
        version=row.version,
    )


class IndicatorService(Service):
    # -- reading ---------------------------------------------------------------
    def indicators(self) -> tuple[IndicatorDTO, ...]:
        """Every indicator with its figures, in pillar order, then their own order."""
        # Plain rows, not ORM objects with their values loaded: 100 indicators of 20
        # years each were a third of a second of the dashboard's opening.
        with self.store.read() as session:
            pillars = {i: p for i, p in session.execute(select(m.Pillar.id, m.Pillar.position))}
            figures: dict[uuid.UUID, list[Any]] = defaultdict(list)
            value_table = m.IndicatorValue.__table__
            for row in session.execute(select(*value_table.c).order_by(value_table.c.year)):
                figures[row.indicator_id].append(row)
            rows = session.execute(select(*m.Indicator.__table__.c))
            found = [indicator(r, figures[r.id]) for r in rows]
        last = len(pillars) + 1
        return tuple(
            sorted(
                found,
                key=lambda i: (
                    pillars.get(i.pillar_id, last) if i.pillar_id else last,
                    i.position,
                    i.name.casefold(),
                ),
            )
        )

    def indicator(self, ident: uuid.UUID) -> IndicatorDTO:
        with self.store.read() as session:
            row = session.get(m.Indicator, ident)
            if row is None:
                raise NotFoundError(tr("This record no longer exists."))
            return indicator(row)

    # -- editing ---------------------------------------------------------------
    def save_indicator(self, dto: IndicatorDTO) -> IndicatorDTO | None:
        """Create or update an indicator with its figures; returns the previous version.

        Figures absent from `dto` are removed; figures are matched by year.
        """
        records.indicator(name=dto.name, unit=dto.unit, source=dto.source, target=dto.target)
        name = records.indicator_name(dto.name)
        _check_values(dto.values)
        with self.store.transaction() as session:
            _check_unique(session, name, dto.id)
            row = session.get(m.Indicator, dto.id)
            previous = indicator(row) if row else None
            based_on(row, dto.version, previous)
            if row is None:
                row = m.Indicator(id=dto.id, position=_next_position(session))
                session.add(row)
            row.name = name
            row.direction = dto.direction
            row.pillar_id = dto.pillar_id
            row.unit = dto.unit.strip()
            row.source = dto.source.strip()
            row.target = dto.target
            row.notes = dto.notes
            _replace_values(session, row, dto.values)
            return previous

    def delete_indicator(self, ident: uuid.UUID) -> Snapshot:
        return self._delete("indicator", ident)

    # -- importing -------------------------------------------------------------
    def import_csv(self, path: Path) -> ImportSummary:
        """Read and store an indicator file (CSV or spreadsheet) in one transaction."""
        return self.apply_rows(read_indicator_file(path), path)

    def apply_rows(self, rows: Sequence[CsvRow], path: Path | None = None) -> ImportSummary:
        """Store checked rows: new figures are added, figures of the same year replaced."""
        with self.store.transaction() as session:
            by_name = {i.name.casefold(): i for i in session.scalars(select(m.Indicator))}
            created: list[m.Indicator] = []
            position = _next_position(session)
            said = _directions(rows)
            for row in rows:
                if row.indicator.casefold() not in by_name:
                    new = m.Indicator(
                        id=uuid.uuid4(),
                        name=row.indicator,
                        position=position,
                        # Unknown until the file or a user says which way is better.
                        direction=said.get(row.indicator.casefold(), Direction.UNKNOWN),
                        unit="",
                        source="",
                        notes="",
                    )
                    position += 1
                    session.add(new)
                    by_name[row.indicator.casefold()] = new
                    created.append(new)
            directed = _set_directions(session, by_name, said, created)
            session.flush()
            ids = {by_name[r.indicator.casefold()].id for r in rows}
            existing = {
                (v.indicator_id, v.year): v
                for v in session.scalars(
                    select(m.IndicatorValue).where(m.IndicatorValue.indicator_id.in_(ids))
                )
            }
            replaced = [existing[k].id for k in _keys(rows, by_name) if k in existing]
            before = exchange.rows_of(session, "indicator_value", replaced) if replaced else {}
            before.update(directed)
            added: list[m.IndicatorValue] = []
            for row in rows:
                owner = by_name[row.indicator.casefold()]
                target = existing.get((owner.id, row.year))
                if target is None:
                    target = m.IndicatorValue(id=uuid.uuid4(), indicator_id=owner.id, year=row.year)
                    session.add(target)
                    added.append(target)
                target.dordt_west = row.dordt_west
                target.dordrecht = row.dordrecht
                target.netherlands = row.netherlands
            # Undo: figures of a new indicator go with it (ON DELETE CASCADE).
            new_ids = {i.id for i in created}
            remove = [("indicator", i.id) for i in created]
            remove += [("indicator_value", v.id) for v in added if v.indicator_id not in new_ids]
            return ImportSummary(
                path=path,
                rows=len(rows),
                indicators=len(ids),
                created=tuple(i.name for i in created),
                added=len(added),
                updated=len(replaced),
                revert=Revert(remove=tuple(remove), rows=before),
            )


def _directions(rows: Sequence[CsvRow]) -> dict[str, Direction]:
    """The direction the file says per indicator (folded name), where it says one."""
    return {r.indicator.casefold(): r.direction for r in rows if r.direction is not None}


def _set_directions(
    session: Session,
    by_name: dict[str, m.Indicator],
    said: dict[str, Direction],
    created: list[m.Indicator],
) -> exchange.Rows:
    """An existing indicator of unknown direction takes the file's; a set one is not overruled.

    Returns the indicators' rows as they were, for the undo.
    """
    new = {i.id for i in created}
    changed = []
    for name, direction in said.items():
        indicator = by_name[name]
        if indicator.id in new or indicator.direction is direction:
            continue
        if indicator.direction is not Direction.UNKNOWN:
            raise ImportFileError(
                tr(
                    "'{indicator}': the file says {file}, the app says {app}. Change one of "
                    "them; nothing was imported."
                ).format(
                    indicator=indicator.name, file=label(direction), app=label(indicator.direction)
                )
            )
        changed.append(indicator)
    before = exchange.rows_of(session, "indicator", [i.id for i in changed]) if changed else {}
    for indicator in changed:
        indicator.direction = said[indicator.name.casefold()]
    return before


def _keys(rows: Sequence[CsvRow], by_name: dict[str, m.Indicator]) -> list[tuple[uuid.UUID, int]]:
    return [(by_name[r.indicator.casefold()].id, r.year) for r in rows]


def import_csv(store: Store, path: Path) -> ImportSummary:
    """Import an indicator file (`indicator;jaar;dordt_west;dordrecht;nederland`)."""
    return IndicatorService(store).import_csv(Path(path))


def read_indicator_file(path: Path) -> tuple[CsvRow, ...]:
    """The checked rows of a CSV file or, by its extension, a spreadsheet (.xlsx, .ods…)."""
    from dordtwest_desktop.services.indicator_sheets import SHEET_SUFFIXES, read_sheet_file

    if Path(path).suffix.lower() in SHEET_SUFFIXES:
        return read_sheet_file(Path(path))
    return read_csv(path)


def read_csv(path: Path) -> tuple[CsvRow, ...]:
    """The checked rows of a file; errors name the file and the line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFileError(tr("The file '{path}' does not exist.").format(path=path)) from exc
    except OSError as exc:
        raise ImportFileError(
            tr("'{path}' cannot be read: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheets on Windows save "CSV (puntkomma)" in their own code page.
        text = raw.decode("cp1252", errors="replace")
    try:
        return parse_csv(text)
    except ImportFileError as error:
        raise ImportFileError(
            tr("{file}: {message}").format(file=path.name, message=error.message)
        ) from error


def _check_unique(session: Session, name: str, ident: uuid.UUID) -> None:
    other = session.scalar(
        select(m.Indicator.id).where(
            func.lower(m.Indicator.name) == name.lower(), m.Indicator.id != ident
        )
    )
    if other is not None:
        raise ValidationError(
            tr("There already is an indicator '{name}'.").format(name=name), field="name"
        )


def _check_values(values: Sequence[IndicatorValueDTO]) -> None:
    years: set[int] = set()
    for item in values:
        check(
            records.indicator_value,
            year=item.year,
            dordt_west=item.dordt_west,
            dordrecht=item.dordrecht,
            netherlands=item.netherlands,
        )
        if item.year in years:
            raise ValidationError(
                tr("The year {year} appears twice.").format(year=item.year), field="values"
            )
        years.add(item.year)


def _next_position(session: Session) -> int:
    return (session.scalar(select(func.max(m.Indicator.position))) or 0) + 1


def _replace_values(
    session: Session, row: m.Indicator, values: Sequence[IndicatorValueDTO]
) -> None:
    existing = {v.year: v for v in row.values}
    kept = []
    for item in sorted(values, key=lambda v: v.year):
        # Matched by year, so that removing a year and adding it again in one edit
        # updates the row instead of colliding with the unique (indicator, year).
        target = existing.pop(item.year, None) or m.IndicatorValue(id=item.id, year=item.year)
        target.dordt_west = item.dordt_west
        target.dordrecht = item.dordrecht
        target.netherlands = item.netherlands
        kept.append(target)
    row.values = kept
    session.flush()
