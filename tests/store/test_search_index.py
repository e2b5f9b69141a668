"""The search index under Alembic: created by migration 0007_search, left alone by
autogenerate, and its triggers guarded against batch migrations (which on SQLite copy a
table into a new one and drop the old one's triggers)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import Connection, text

from dordtwest_desktop.store import search_index
from dordtwest_desktop.store.database import Store, open_store
from dordtwest_desktop.store.models import Base
from dordtwest_desktop.store.search_index import pg_kind_index_names


def expected_sqlite_triggers() -> set[str]:
    names = {f"{search_index.DOC}_ai", f"{search_index.DOC}_ad"}
    for kind in search_index.kinds("sqlite"):
        names |= {f"search_{kind.name}_{e}" for e in ("ai", "au", "ad")}
    return names | {f"search_decision_point_{e}" for e in ("ins", "upd", "del")}


def indexed(store: Store, word: str) -> int:
    with store.read() as session:
        connection = session.connection()
        if store.is_sqlite:
            query = "SELECT count(*) FROM search_fts WHERE search_fts MATCH :w"
            return int(connection.execute(text(query), {"w": f'"{word}"*'}).scalar_one())
        query = "SELECT count(*) FROM search_doc WHERE vector @@ to_tsquery('dordtwest_search', :w)"
        return int(connection.execute(text(query), {"w": f"{word}:*"}).scalar_one())


@pytest.mark.sqlite_only
def test_every_trigger_is_there_at_the_head(store: Store) -> None:
    # This is the guard: a later migration that batch-alters a source table and forgets
    # search_index.recreate() at its end leaves a trigger missing, and fails here.
    with store.engine.connect() as connection:
        assert search_index.sqlite_trigger_names(connection) == expected_sqlite_triggers()


@pytest.mark.sqlite_only
def test_a_batch_migration_drops_triggers_and_recreate_restores_them(store: Store) -> None:
    with store.engine.begin() as connection:
        operations = Operations(MigrationContext.configure(connection))
        with operations.batch_alter_table("annotation", recreate="always") as batch:
            batch.alter_column("author", comment="who wrote it")
        lost = expected_sqlite_triggers() - search_index.sqlite_trigger_names(connection)
        assert {"search_annotation_ai", "search_annotation_au", "search_annotation_ad"} <= lost
        search_index.recreate(connection)
        assert search_index.sqlite_trigger_names(connection) == expected_sqlite_triggers()
    # Kept in step again: a new remark is found.
    with store.engine.begin() as connection:
        meeting = connection.execute(text("SELECT id FROM meeting LIMIT 1")).scalar_one()
        connection.execute(
            text(
                "INSERT INTO annotation (id, meeting_id, author, text, created_at, updated_at,"
                " visibility, version) VALUES ('0123456789abcdef0123456789abcdef', :m, 'x',"
                " 'Woonwagenstandplaats', '2026-01-01', '2026-01-01', 'shared', 1)"
            ),
            {"m": meeting},
        )
    assert indexed(store, "woonwagenstand") == 1


def test_autogenerate_leaves_the_index_alone(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": search_index.include_object, "compare_type": False}
        )
        diffs = compare_metadata(context, Base.metadata)
    named = [repr(d) for d in diffs if "search_" in repr(d)]
    assert named == []


def test_rebuild_gives_the_same_index(store: Store) -> None:
    before = indexed(store, "alliantie")
    assert before > 0
    with store.engine.begin() as connection:
        search_index.rebuild(connection)
    assert indexed(store, "alliantie") == before


@pytest.mark.postgresql_only
def test_postgresql_folds_accents(store: Store) -> None:
    with store.engine.connect() as connection:
        # This server has the unaccent extension: the configuration uses it.
        assert search_index.pg_uses_unaccent(connection)
        folded = connection.execute(
            text("SELECT to_tsvector('dordtwest_search', 'Coördinatie FINANCIËLE')::text")
        ).scalar_one()
    assert folded == "'coordinatie':1 'financiele':2"


def test_downgrade_removes_the_index_and_upgrade_brings_it_back(tmp_path: Path) -> None:
    from alembic.command import downgrade, upgrade

    from dordtwest_desktop.store.migrate import _config

    store = open_store(tmp_path / "d.sqlite")
    try:
        with store.engine.begin() as connection:
            downgrade(_config(connection), "0005")
            tables = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master"))}
            assert not any(search_index.is_index_object(t) for t in tables)
            upgrade(_config(connection), "head")
        assert indexed(store, "alliantie") > 0
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_rowids_by_kind_and_a_sound_index_after_rebuild(store: Store) -> None:
    with store.engine.begin() as connection:
        search_index.rebuild(connection)
        search_index.rebuild(connection)  # twice: refilling a full index is safe
        # FTS5 checks its index against the content table; raises when corrupt.
        connection.execute(text("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"))
        rows = connection.execute(text("SELECT kind, id FROM search_doc")).all()
    for kind, rowid in rows:
        first, last = search_index.rowid_range(kind)
        assert first < rowid <= last


@pytest.mark.sqlite_only
def test_a_rebuild_gathers_more_terms_in_memory_and_sets_the_default_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[int] = []

    def hashsize(connection: Any) -> int:
        found = connection.execute(
            text("SELECT v FROM search_fts_config WHERE k = 'hashsize'")
        ).scalar()
        return int(found) if found is not None else search_index.DEFAULT_HASHSIZE

    fill = search_index._fill

    def watched(connection: Any) -> None:
        original = connection.execute

        def execute(statement: Any, *args: Any, **kwargs: Any) -> Any:
            if "'rebuild'" in str(statement):
                sizes.append(hashsize(connection))
            return original(statement, *args, **kwargs)

        connection.execute = execute
        try:
            fill(connection)
        finally:
            del connection.execute

    monkeypatch.setattr(search_index, "_fill", watched)
    with store.engine.begin() as connection:
        search_index.rebuild(connection)
        assert sizes == [search_index.REBUILD_HASHSIZE]
        assert hashsize(connection) == search_index.DEFAULT_HASHSIZE
        connection.execute(text("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"))


def _documents(store: Store) -> set[tuple[str, str, str, str]]:
    with store.read() as session:
        rows = session.execute(text("SELECT kind, record_id, title, body FROM search_doc"))
        return {(r[0], str(r[1]).replace("-", ""), r[2], r[3]) for r in rows}


@pytest.mark.sqlite_only
def test_a_bulk_import_rebuilds_the_index_once_and_keeps_the_triggers(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dordtwest_desktop.store import exchange

    # The seed is far below the bulk threshold: lowered, so the seed takes the bulk path.
    monkeypatch.setattr(exchange, "BULK_ROWS", 1)
    exchange.export_json(store, tmp_path / "all.json")
    target = open_store(tmp_path / "empty.sqlite", seed=False)
    try:
        with target.engine.connect() as connection:
            assert search_index.sqlite_trigger_names(connection) == expected_sqlite_triggers()
        exchange.import_json(target, tmp_path / "all.json")
        assert _documents(target) == _documents(store)
        with target.engine.begin() as connection:
            assert search_index.sqlite_trigger_names(connection) == expected_sqlite_triggers()
            connection.execute(
                text("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")
            )
        assert indexed(target, "alliantie") == indexed(store, "alliantie") > 0
    finally:
        target.close()


@pytest.mark.sqlite_only
def test_a_refused_bulk_import_leaves_index_and_triggers_as_they_were(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from dordtwest_desktop.domain.errors import ImportFileError
    from dordtwest_desktop.store import exchange

    monkeypatch.setattr(exchange, "BULK_ROWS", 1)
    exchange.export_json(store, tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    # The last table with rows gets a broken record: every earlier table is merged first.
    last = [name for name, rows in document["tables"].items() if rows][-1]
    document["tables"][last][-1]["id"] = "not a uuid"
    (tmp_path / "broken.json").write_text(json.dumps(document), encoding="utf-8")
    target = open_store(tmp_path / "empty.sqlite", seed=False)
    try:
        with pytest.raises(ImportFileError):
            exchange.import_json(target, tmp_path / "broken.json")
        assert _documents(target) == set()
        with target.engine.connect() as connection:
            assert search_index.sqlite_trigger_names(connection) == expected_sqlite_triggers()
    finally:
        target.close()


def test_migration_0008_splits_the_indexes_by_kind_on_postgresql_only(store: Store) -> None:
    from alembic.command import downgrade, upgrade

    from dordtwest_desktop.store.migrate import _config

    def schema(connection: Connection) -> set[str]:
        if store.is_sqlite:
            rows = connection.execute(text("SELECT type, name, sql FROM sqlite_master"))
            # Later migrations' objects (0009's indexes) are not 0008's to compare.
            return {repr(tuple(r)) for r in rows if not r.name.endswith("_status_due")}
        rows = connection.execute(
            text("SELECT indexname FROM pg_indexes WHERE tablename = :t"),
            {"t": search_index.DOC},
        )
        return {r[0] for r in rows}

    def functions(connection: Connection) -> int:
        if store.is_sqlite:
            return 0
        query = text("SELECT count(*) FROM pg_proc WHERE proname = :name")
        return int(connection.execute(query, {"name": search_index.SEARCH_FUNCTION}).scalar_one())

    with store.engine.begin() as connection:
        at_head = schema(connection)
        assert functions(connection) == (0 if store.is_sqlite else 1)
        downgrade(_config(connection), "0007_search")
        before = schema(connection)
        assert functions(connection) == 0
        upgrade(_config(connection), "head")
        assert schema(connection) == at_head
    if store.is_sqlite:
        assert before == at_head  # SQLite's FTS5 index is left as it was
        return
    per_kind = {n for k in search_index.kinds("postgresql") for n in pg_kind_index_names(k.name)}
    assert before == {
        "search_doc_pkey",
        "search_doc_record",
        "search_doc_vector",
        "search_doc_kind_id",
    }
    assert at_head == {"search_doc_pkey", "search_doc_record"} | per_kind
    assert indexed(store, "alliantie") > 0


def test_the_search_function_changes_only_with_a_migration() -> None:
    """The PostgreSQL search statement is the body of the function `search_hits`,
    which migration 0008_pgsearch installs: a database keeps the definition it was
    migrated with. Changing the statement or the function's settings therefore needs a
    new migration that calls `search_index.pg_create_search_function` again; then
    update this hash."""
    definition = search_index.pg_search_function_sql()
    assert hashlib.sha256(definition.encode()).hexdigest()[:16] == "0266dbbd6348917b"
