"""export_json on SQLite: rows rendered by json_object() are the general path's, byte for byte."""

from __future__ import annotations

import io
import json
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    Uuid,
    create_engine,
    insert,
    text,
)
from sqlalchemy.orm import Session

from dordtwest_desktop.domain.dates import PreciseDate
from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.store.exchange import _write_rows, export_json, import_json, tables
from dordtwest_desktop.store.exchange_sqlite import MAX_COLUMNS, SqliteRows
from dordtwest_desktop.store.models import Base
from dordtwest_desktop.store.types import PreciseDateType


class Colour(StrEnum):
    RED = "red"
    GREEN = "groen"


metadata = MetaData()
every_kind = Table(
    "every_kind",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("other", Uuid),
    Column("at", DateTime),
    Column("day", Date),
    Column("hour", Time),
    Column("flag", Boolean),
    Column("colour", Enum(Colour, native_enum=False, create_constraint=True, length=32)),
    Column("label", String(200)),
    Column("body", Text),
    Column("count", Integer),
    Column("amount", Float),
    Column("content", LargeBinary),
    Column("due", PreciseDateType),
)

PRECISE = [PreciseDate.parse(t) for t in ("14 november 2026", "mei 2027", "Q2 2025", "2027")]
# Every character a database can hold: the escapes of JSON (quotes, backslash, control
# characters, NUL) and text beyond the Basic Multilingual Plane; no lone surrogates.
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
ROW = st.fixed_dictionaries(
    {
        "id": st.uuids(),
        "other": st.none() | st.uuids(),
        "at": st.none() | st.datetimes(min_value=datetime(1, 1, 1)),
        "day": st.none() | st.dates(),
        "hour": st.none() | st.times(),
        "flag": st.none() | st.booleans(),
        "colour": st.none() | st.sampled_from(Colour),
        "label": st.none() | TEXT,
        "body": st.none() | TEXT,
        "count": st.none() | st.integers(-(2**63), 2**63 - 1),
        "amount": st.none() | st.floats(allow_nan=False, allow_infinity=False),
        "content": st.none() | st.binary(max_size=30),
        "due": st.none() | st.sampled_from(PRECISE),
    }
)


def test_another_database_takes_the_general_path(store: Store) -> None:
    with store.read() as session:
        assert (SqliteRows.of(session) is None) == (not store.is_sqlite)


def _both(session: Session, table: Table) -> tuple[list[str], list[str]]:
    """Each row as the SQLite path and as the general path writes it (order aside)."""
    by_sqlite, general = io.BytesIO(), io.BytesIO()
    rows = SqliteRows.of(session)
    assert rows is not None
    assert rows.write(by_sqlite, table) is not None
    _write_rows(general, session, table)
    return (
        sorted(by_sqlite.getvalue().decode().removeprefix("\n   ").split(",\n   ")),
        sorted(general.getvalue().decode().removeprefix("\n   ").split(",\n   ")),
    )


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    engine = create_engine(f"sqlite:///{tmp_path_factory.mktemp('kinds') / 'kinds.sqlite'}")
    metadata.create_all(engine)
    return engine


@pytest.fixture
def seeded(db_path: Path) -> Iterator[Store]:
    """The seeded programme on SQLite (this path is SQLite's own; `store` runs on both)."""
    opened = open_store(db_path)
    yield opened
    opened.close()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(ROW, min_size=1, max_size=8, unique_by=lambda row: row["id"]))
def test_every_kind_of_value_is_written_as_the_general_path_writes_it(
    engine: Any, rows: list
) -> None:
    with Session(engine) as session, session.begin():
        session.execute(every_kind.delete())
        session.execute(insert(every_kind), rows)
        by_sqlite, general = _both(session, every_kind)
        session.rollback()
    assert by_sqlite == general


@pytest.mark.parametrize(
    ("column", "stored"),
    [
        # Values another program wrote: not SQLAlchemy's spelling, each read as the
        # general path reads it (times through datetime, numbers of either kind).
        ("at", "2024-03-01 10:00:00"),
        ("at", "2024-03-01T10:00:00.500000+01:00"),
        ("at", "2024-03-01 10:00:00.000000"),
        ("day", "2024-03-01"),
        ("hour", "09:30:00.000000"),
        ("hour", "09:30:00.250000"),
        ("due", "1 mei 2027"),
        ("count", "tekst in een getalkolom"),
        ("amount", 3),
        ("amount", 0.1 + 0.2),
        ("amount", 1e20),
        ("label", 42),
        ("other", "0123456789abcdef0123456789abcdef"),
        ("other", "kort"),
        ("flag", 1),
        ("flag", 0),
    ],
)
def test_stored_values_outside_sqlalchemys_spelling_match(
    engine: Any, column: str, stored: Any
) -> None:
    with Session(engine) as session, session.begin():
        session.execute(every_kind.delete())
        session.execute(
            text(f"INSERT INTO every_kind (id, {column}) VALUES (:id, :value)"),
            {"id": uuid.uuid4().hex, "value": stored},
        )
        by_sqlite, general = _both(session, every_kind)
        session.rollback()
    assert by_sqlite == general


def test_a_table_wider_than_one_sqlite_call_takes_goes_the_general_path(engine: Any) -> None:
    wide = Table(
        "wide",
        MetaData(),
        Column("id", Integer, primary_key=True),
        *(Column(f"c{n}", Integer) for n in range(MAX_COLUMNS)),
    )
    with Session(engine) as session:
        rows = SqliteRows.of(session)
        assert rows is not None
        assert rows.write(io.BytesIO(), wide) is None


def test_every_table_of_the_seeded_store_matches(seeded: Store) -> None:
    with seeded.read() as session:
        for table in tables():
            by_sqlite, general = _both(session, table)
            assert by_sqlite == general, table.name


def test_rows_are_in_key_order(seeded: Store, tmp_path: Path) -> None:
    with seeded.transaction() as session:
        # Stored out of key order: the row last stored has the lowest key.
        session.execute(
            text("UPDATE milestone SET id = :low WHERE rowid = (SELECT max(rowid) FROM milestone)"),
            {"low": "0" * 32},
        )
    export_json(seeded, tmp_path / "x.json")
    document = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    for name, rows in document["tables"].items():
        keys = [
            [row[c.name] for c in Base.metadata.tables[name].primary_key.columns] for row in rows
        ]
        assert keys == sorted(keys), name
    assert document["tables"]["milestone"][0]["id"] == str(uuid.UUID(int=0))


def test_an_imported_export_exports_to_the_same_bytes(seeded: Store, tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_json(seeded, first)
    empty = open_store(tmp_path / "empty.sqlite", seed=False)
    import_json(empty, first)
    export_json(empty, second)
    empty.close()

    def without_time(path: Path) -> list[str]:
        return [line for line in path.read_text().splitlines() if '"exported_at"' not in line]

    assert without_time(first) == without_time(second)


def test_the_pools_connection_is_left_as_it_was(seeded: Store) -> None:
    with seeded.read() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        rows = SqliteRows.of(session)
        assert rows is not None
        rows.write(io.BytesIO(), Base.metadata.tables["milestone"])
        assert raw.text_factory is str
        rows.close()
        with pytest.raises(sqlite3.OperationalError):
            raw.execute("SELECT dordtwest_exchange_value('milestone.due', '2027')")
