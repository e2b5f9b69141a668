"""The full-text search index: its tables, triggers and rebuild, for SQLite and PostgreSQL.

One row of `search_doc` per searchable record (kind + record id), holding the text
that is searched: a title and a body. Triggers on every source table keep it in
step inside the very transaction that writes the record, whoever writes (services,
imports, copies, raw SQL), so the index can never lag behind the data.

* SQLite: an FTS5 table `search_fts` over `search_doc` (external content), with
  `unicode61 remove_diacritics 2` (coördinatie = coordinatie, case folded);
  triggers on `search_doc` feed it.
* PostgreSQL: a stored `tsvector` column on `search_doc` with a GIN index per kind, in the
  text search configuration `dordtwest_search`: `simple` (no stemming, so prefixes
  behave exactly as on SQLite) with `unaccent` when the extension can be installed;
  otherwise the text is folded by `dordtwest_fold` (translate() of the accented
  Latin letters) before it is indexed. Either way the same query finds the same rows.

The index is not part of the ORM models: Alembic's autogenerate must leave it alone
(`is_index_object`, used by migrations/env.py). Batch migrations on SQLite recreate
tables and drop their triggers: a later migration that batch-alters a source table
calls `recreate(connection)` at its end (tests/store/test_search_index.py holds it).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

DOC = "search_doc"
FTS = "search_fts"
VOCAB = "search_vocab"
CONFIG = "dordtwest_search"
FOLD = "dordtwest_fold"
PREFIX = "search_"

# Letters unaccent would fold, for servers without the extension (same length both).
ACCENTED = "àáâãäåāăąçćčďèéêëēĕėęěìíîïĩīĭįñńňòóôõöōŏőùúûüũūŭůűųýÿźżžśšşţť"
PLAIN = "".join(unicodedata.normalize("NFD", c)[0] for c in ACCENTED)


@dataclass(frozen=True)
class Kind:
    """One kind of searchable record: its table and the text the index keeps of it."""

    name: str
    table: str
    title: str
    body: str
    owner: str = "''"


def _join(*columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)


def _points(aggregate: str) -> str:
    return f"(SELECT {aggregate} FROM decision_point p WHERE p.item_id = t.id)"


def kinds(dialect: str) -> tuple[Kind, ...]:
    """Every searchable kind; an agenda item carries its proposed decisions (beslispunten)."""
    points = _points(
        "group_concat(p.text, ' ')" if dialect == "sqlite" else "string_agg(p.text, ' ')"
    )
    return (
        Kind("goal", "goal", "t.title", _join("t.description")),
        Kind(
            "initiative",
            "initiative",
            "t.name",
            _join("t.ambition", "t.target_area", "t.responsible", "t.notes"),
        ),
        Kind(
            "funding_line",
            "funding_line",
            "t.scheme",
            _join("t.funder", "t.decision_number", "t.notes"),
        ),
        Kind("milestone", "milestone", "t.title", _join("t.notes")),
        Kind("meeting", "meeting", _join("t.title", "t.body_name"), _join("t.location", "t.chair")),
        Kind(
            "agenda_item",
            "agenda_item",
            "t.title",
            _join("t.explanation", "t.presenter", points),
        ),
        Kind("decision", "decision", "''", _join("t.text")),
        Kind("action", "action", "t.description", _join("t.owner")),
        Kind(
            "annotation",
            "annotation",
            "''",
            _join("t.text"),
            # Personal remarks carry their author: only they find them.
            "CASE WHEN t.visibility = 'personal' THEN t.author ELSE '' END",
        ),
        Kind("attachment", "attachment", "t.filename", _join("t.text")),
    )


# On SQLite each kind has a range of rowids of its own (number << 40): a search then
# reads one kind's newest matches straight from the FTS index by rowid range, with
# LIMIT, however many records of other kinds match too.
KIND_SHIFT = 40


def rowid_range(name: str) -> tuple[int, int]:
    """The rowids (first, last) of a kind on SQLite."""
    number = [k.name for k in kinds("sqlite")].index(name) + 1
    return number << KIND_SHIFT, ((number + 1) << KIND_SHIFT) - 1


def _select(kind: Kind, where: str = "", ident: str = "") -> str:
    return (
        f"SELECT {ident}'{kind.name}', t.id, {kind.owner}, {kind.title}, {kind.body} "
        f"FROM {kind.table} t {where}"
    )


def _insert(kind: Kind, where: str, dialect: str = "postgresql", many: bool = False) -> str:
    if dialect != "sqlite":
        return f"INSERT INTO {DOC} (kind, record_id, owner, title, body) {_select(kind, where)}"
    first, last = rowid_range(kind.name)
    # One row (a trigger): the next free rowid of the kind. Many (a rebuild): numbered.
    ident = (
        f"{first} + row_number() OVER (), "
        if many
        else f"(SELECT coalesce(max(id), {first}) + 1 FROM {DOC} "
        f"WHERE id BETWEEN {first} AND {last}), "
    )
    return (
        f"INSERT INTO {DOC} (id, kind, record_id, owner, title, body) {_select(kind, where, ident)}"
    )


def _delete(kind: str, ident: str) -> str:
    return f"DELETE FROM {DOC} WHERE kind = '{kind}' AND record_id = {ident}"


def is_index_object(name: str | None) -> bool:
    """Is this table (or FTS shadow table) part of the search index, not of the models?"""
    return bool(name) and str(name).startswith(PREFIX)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, other: Any) -> bool:
    """Alembic's filter: autogenerate would drop the index (FTS5 and shadow tables)."""
    return not is_index_object(name)


# ---------------------------------------------------------------- SQLite


def _sqlite_tables() -> list[str]:
    return [
        f"CREATE TABLE IF NOT EXISTS {DOC} ("
        " id INTEGER PRIMARY KEY,"
        " kind VARCHAR(20) NOT NULL,"
        " record_id CHAR(32) NOT NULL,"
        " owner VARCHAR(200) NOT NULL DEFAULT '',"
        " title TEXT NOT NULL DEFAULT '',"
        " body TEXT NOT NULL DEFAULT '')",
        f"CREATE UNIQUE INDEX IF NOT EXISTS {DOC}_record ON {DOC} (kind, record_id)",
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5("
        f" title, body, content='{DOC}', content_rowid='id',"
        # Prefix indexes for the short prefixes of typing ("w", "wi", "wij"); a longer
        # prefix is expanded into its terms through the vocabulary (services/search.py).
        " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB} USING fts5vocab({FTS}, 'row')",
    ]


def _sqlite_triggers() -> list[str]:
    statements = [
        f"CREATE TRIGGER {DOC}_ai AFTER INSERT ON {DOC} BEGIN "
        f"INSERT INTO {FTS} (rowid, title, body) VALUES (new.id, new.title, new.body); END",
        f"CREATE TRIGGER {DOC}_ad AFTER DELETE ON {DOC} BEGIN "
        f"INSERT INTO {FTS} ({FTS}, rowid, title, body) "
        f"VALUES ('delete', old.id, old.title, old.body); END",
    ]
    for kind in kinds("sqlite"):
        name, table = f"{PREFIX}{kind.name}", kind.table
        statements += [
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN "
            f"{_insert(kind, 'WHERE t.id = new.id', 'sqlite')}; END",
            f"CREATE TRIGGER {name}_au AFTER UPDATE ON {table} BEGIN "
            f"{_delete(kind.name, 'old.id')}; {_insert(kind, 'WHERE t.id = new.id', 'sqlite')}; END",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN "
            f"{_delete(kind.name, 'old.id')}; END",
        ]
    item = next(k for k in kinds("sqlite") if k.name == "agenda_item")
    # A proposed decision is searched as part of its agenda item: index the item again.
    for event, ref in (("INSERT", "new"), ("UPDATE", "new"), ("DELETE", "old")):
        statements.append(
            f"CREATE TRIGGER {PREFIX}decision_point_{event.lower()[:3]} "
            f"AFTER {event} ON decision_point BEGIN "
            f"{_delete('agenda_item', f'{ref}.item_id')}; "
            f"{_insert(item, f'WHERE t.id = {ref}.item_id', 'sqlite')}; END"
        )
    return statements


def sqlite_trigger_names(connection: Connection) -> set[str]:
    rows = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'")
    )
    return {r[0] for r in rows}


# ---------------------------------------------------------------- PostgreSQL


def _pg_config(connection: Connection) -> bool:
    """Make the text search configuration; True when it folds accents with unaccent."""
    exists = connection.execute(
        text("SELECT 1 FROM pg_ts_config WHERE cfgname = :name"), {"name": CONFIG}
    ).first()
    has_unaccent = _pg_unaccent(connection)
    if not exists:
        connection.execute(text(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)"))
        if has_unaccent:
            connection.execute(
                text(
                    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
                    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
                )
            )
    # Without unaccent the text is folded before indexing (an immutable SQL function,
    # so the stored tsvector column may use it); with it, folding is the identity.
    body = "SELECT $1" if has_unaccent else f"SELECT translate(lower($1), '{ACCENTED}', '{PLAIN}')"
    connection.execute(
        text(
            f"CREATE OR REPLACE FUNCTION {FOLD}(text) RETURNS text "
            f"LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ {body} $$"
        )
    )
    return has_unaccent


def _pg_unaccent(connection: Connection) -> bool:
    installed = connection.execute(
        text("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")
    ).first()
    if installed:
        return True
    available = connection.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")
    ).first()
    if not available:
        return False
    # A refusal (no privilege) must not abort the migration's transaction.
    savepoint = connection.begin_nested()
    try:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    except Exception:  # any refusal means: fold without it
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def pg_uses_unaccent(connection: Connection) -> bool:
    """Does the server's search configuration fold accents with unaccent?"""
    row = connection.execute(
        text(
            "SELECT 1 FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = m.mapcfg "
            "JOIN pg_ts_dict d ON d.oid = m.mapdict "
            "WHERE c.cfgname = :name AND d.dictname = 'unaccent'"
        ),
        {"name": CONFIG},
    ).first()
    return row is not None


# A record's index row, for the triggers. record_id first (0008_pgsearch; kind first
# before): with kind first it could also read all of a kind, and on a fresh database's
# statistics the search's part for older records did so instead of using the words.
_PG_RECORD_INDEX = f"CREATE UNIQUE INDEX IF NOT EXISTS {DOC}_record ON {DOC} (record_id, kind)"


def _pg_tables() -> list[str]:
    vector = (
        f"setweight(to_tsvector('{CONFIG}'::regconfig, {FOLD}(title)), 'A') || "
        f"setweight(to_tsvector('{CONFIG}'::regconfig, {FOLD}(body)), 'B')"
    )
    return [
        f"CREATE TABLE IF NOT EXISTS {DOC} ("
        " id BIGSERIAL PRIMARY KEY,"
        " kind VARCHAR(20) NOT NULL,"
        " record_id UUID NOT NULL,"
        " owner VARCHAR(200) NOT NULL DEFAULT '',"
        " title TEXT NOT NULL DEFAULT '',"
        " body TEXT NOT NULL DEFAULT '',"
        f" vector TSVECTOR GENERATED ALWAYS AS ({vector}) STORED)",
        _PG_RECORD_INDEX,
        *_pg_kind_indexes(),
    ]


def pg_kind_index_names(kind: str) -> tuple[str, str]:
    """The two indexes of one kind on PostgreSQL: its words (GIN) and its ids (btree)."""
    return f"{DOC}_vector_{kind}", f"{DOC}_id_{kind}"


def _pg_kind_indexes() -> list[str]:
    """Two partial indexes per kind, which services/search.py's query relies on.

    The words: a GIN index over all kinds made `w:*` collect the 127,000 matching rows
    of every kind (20-30 ms) only to keep the goals among them; per kind it collects
    that kind's. The ids: the newest records of a kind in order. A (kind, id) index
    can do that too, but the planner rated it by the correlation of `kind` with the
    table's order (none) and walked the primary key backwards through every other
    kind instead (55 ms to reach the newest milestones, which are old rows).
    A new kind needs its pair in a migration (tests/store/test_search_index.py checks).
    """
    statements = []
    for kind in kinds("postgresql"):
        words, ids = pg_kind_index_names(kind.name)
        statements += [
            # A short pending list: a search reads all of it, and with the default 4 MB a
            # small kind's whole index sits there until the next vacuum. Without one
            # (fastupdate = off) inserting 10,000 remarks took 0.6 s instead of 0.35 s.
            f"CREATE INDEX IF NOT EXISTS {words} ON {DOC} USING gin (vector) "
            f"WITH (gin_pending_list_limit = 256) WHERE kind = '{kind.name}'",
            # `id > 0` (always true): a query must say it to use this index. The search's
            # part for older records does not, so it cannot be planned as a walk through
            # every record of the kind, which a fresh database's statistics invited (a
            # partial index made on an empty table looks one row long): 27 ms per kind.
            f"CREATE INDEX IF NOT EXISTS {ids} ON {DOC} (id) WHERE kind = '{kind.name}' AND id > 0",
        ]
    return statements


# The indexes of migration 0007, before they were split by kind (0008_pgsearch).
_PG_SHARED_INDEXES = (
    f"CREATE UNIQUE INDEX IF NOT EXISTS {DOC}_record ON {DOC} (kind, record_id)",
    f"CREATE INDEX IF NOT EXISTS {DOC}_vector ON {DOC} USING gin (vector)",
    f"CREATE INDEX IF NOT EXISTS {DOC}_kind_id ON {DOC} (kind, id)",
)


def pg_upgrade_0008(connection: Connection) -> None:
    """Migration 0008: per-kind indexes instead of the shared ones, and the search function."""
    connection.execute(text(f"DROP INDEX IF EXISTS {DOC}_vector"))
    connection.execute(text(f"DROP INDEX IF EXISTS {DOC}_kind_id"))
    connection.execute(text(f"DROP INDEX IF EXISTS {DOC}_record"))
    connection.execute(text(_PG_RECORD_INDEX))
    for statement in _pg_kind_indexes():
        connection.execute(text(statement))
    pg_create_search_function(connection)
    # Statistics for the new partial indexes at once, not at autovacuum's next visit.
    connection.execute(text(f"ANALYZE {DOC}"))


def pg_downgrade_0008(connection: Connection) -> None:
    """Downgrade of 0008: back to the shared indexes of 0007, no function."""
    connection.execute(text(f"DROP FUNCTION IF EXISTS {SEARCH_FUNCTION}(text, text, integer)"))
    for kind in kinds("postgresql"):
        for name in pg_kind_index_names(kind.name):
            connection.execute(text(f"DROP INDEX IF EXISTS {name}"))
    connection.execute(text(f"DROP INDEX IF EXISTS {DOC}_record"))
    for statement in _PG_SHARED_INDEXES:
        connection.execute(text(statement))


# ---------------------------------------------------------------- PostgreSQL: the search

SEARCH_FUNCTION = "search_hits"
# How many of a kind's newest records the search reads in order before it asks the
# word index (see `_pg_kind_part`). An attachment's words are pages of text, ~100
# times a remark's, and testing them costs as much more: its window is smaller.
PG_WINDOW = 500
PG_WINDOW_BY_KIND = {"attachment": 50}


def _pg_kind_part(kind: str, window: int, query: str, viewer: str, limit: str) -> str:
    """One kind's newest matches, at a bounded cost whether the words are common or rare.

    A GIN index answers in no order: for a prefix in most records (`w:*`, 100,000
    remarks) it collects them all, 20-30 ms, before the newest 21 are known. Walking a
    kind's records newest first and testing each stops early for such a word, but
    tests every record for a rare one. So both, one after the other: the newest
    `window` records walked in order (cheap: they are few), then, only if that gave
    fewer than `limit`, the older ones through the kind's GIN index. LIMIT over
    UNION ALL stops pulling rows once it has enough, so for a common word the index
    part never runs. A word that reaches it matched fewer than `limit` of the newest
    `window` records: spread evenly over 100,000 remarks, fewer than 21 × 100,000 / 500
    = 4,200 for the index to collect. Not bounded: a word in most old records and in
    hardly any of the newest (benchmarks/README.md measures it). `id + 0`: no ordered
    walk of the id index, testing every older record.
    """
    columns = "s.kind, s.record_id, s.title, s.body, s.id"
    # A scalar subquery: computed once. In a generic plan to_tsquery(..., parameter)
    # would otherwise be computed again for every record tested.
    words = f"(SELECT to_tsquery('{CONFIG}', {query}))"
    visible = f"(s.owner = '' OR s.owner = {viewer})"
    # The oldest id in the window; NULL when the kind has no more records than that.
    # `id > 0`: the condition of the kind's id index (`_pg_kind_indexes`).
    ids = f"kind = '{kind}' AND id > 0"
    edge = f"(SELECT id FROM {DOC} WHERE {ids} ORDER BY id DESC OFFSET {window - 1} LIMIT 1)"
    newest = (
        f"SELECT {columns} FROM (SELECT * FROM {DOC} WHERE {ids} "
        f"ORDER BY id DESC LIMIT {window}) s "
        f"WHERE s.vector @@ {words} AND {visible} ORDER BY s.id DESC"
    )
    older = (
        f"SELECT {columns} FROM {DOC} s WHERE s.kind = '{kind}' AND s.vector @@ {words} "
        f"AND {visible} AND {edge} IS NOT NULL AND s.id + 0 < {edge} ORDER BY s.id + 0 DESC"
    )
    return f"(SELECT * FROM (({newest}) UNION ALL ({older})) AS u LIMIT {limit})"


def pg_search_statement(
    window: int = PG_WINDOW,
    query: str = "p_query",
    viewer: str = "p_viewer",
    limit: str = "p_limit",
) -> str:
    """Each kind's newest `limit` records that match a tsquery text and `viewer` may see.

    The kinds are literals, so each part can use its kind's partial indexes. The
    parameters are named as in the function; the tests pass `:query` etc. to EXPLAIN it.
    """
    return " UNION ALL ".join(
        _pg_kind_part(
            k.name, min(window, PG_WINDOW_BY_KIND.get(k.name, window)), query, viewer, limit
        )
        for k in kinds("postgresql")
    )


# The planner settings the search function runs with (and its plan is made with).
# Generic: one plan from the first call, not five custom plans first. No sort where an
# index gives the order: on a fresh database's statistics (a kind "63 rows") the newest
# records were read by sorting the whole kind, 100,000 remarks, at every keystroke;
# the part for older records must sort, whatever it reads, so it is not swayed. No JIT:
# the sort's penalty makes the cost look large enough to compile the query (3 s).
PG_SEARCH_SETTINGS = {"plan_cache_mode": "force_generic_plan", "enable_sort": "off", "jit": "off"}


def pg_search_function_sql(window: int = PG_WINDOW) -> str:
    """The definition of the search function (what migration 0008_pgsearch installs)."""
    settings = " ".join(f"SET {name} = {value}" for name, value in PG_SEARCH_SETTINGS.items())
    return (
        f"CREATE OR REPLACE FUNCTION {SEARCH_FUNCTION}("
        "p_query text, p_viewer text, p_limit integer) "
        "RETURNS TABLE (kind varchar, record_id uuid, title text, body text, id bigint) "
        f"LANGUAGE plpgsql STABLE {settings} AS $$ "
        "#variable_conflict use_column\n"
        f"BEGIN RETURN QUERY {pg_search_statement(window)}; END $$"
    )


def pg_create_search_function(connection: Connection, window: int = PG_WINDOW) -> None:
    """The search as a server function: PL/pgSQL keeps its plan for the connection's life.

    Sent as plain SQL the statement was planned at every keystroke, 2-5 ms of its 6 ms
    on the server: the store ends every read with ROLLBACK, on which psycopg forgets
    its prepared statements. Its definition is schema: a change to it needs a
    migration that calls this again (tests/store/test_search_index.py holds its hash).
    """
    connection.execute(text(pg_search_function_sql(window)))


def _pg_triggers() -> list[str]:
    statements = []
    for kind in kinds("postgresql"):
        function = f"{PREFIX}{kind.name}_sync"
        statements += [
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            f"IF TG_OP <> 'INSERT' THEN {_delete(kind.name, 'OLD.id')}; END IF; "
            f"IF TG_OP <> 'DELETE' THEN {_insert(kind, 'WHERE t.id = NEW.id')}; END IF; "
            "RETURN NULL; END $$",
            f"DROP TRIGGER IF EXISTS {function} ON {kind.table}",
            f"CREATE TRIGGER {function} AFTER INSERT OR UPDATE OR DELETE ON {kind.table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()",
        ]
    item = next(k for k in kinds("postgresql") if k.name == "agenda_item")
    function = f"{PREFIX}decision_point_sync"
    statements += [
        f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE ident uuid; BEGIN "
        "IF TG_OP = 'DELETE' THEN ident := OLD.item_id; ELSE ident := NEW.item_id; END IF; "
        f"{_delete('agenda_item', 'ident')}; {_insert(item, 'WHERE t.id = ident')}; "
        "RETURN NULL; END $$",
        f"DROP TRIGGER IF EXISTS {function} ON decision_point",
        f"CREATE TRIGGER {function} AFTER INSERT OR UPDATE OR DELETE ON decision_point "
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]
    return statements


# ---------------------------------------------------------------- both


def create(connection: Connection) -> None:
    """Create the index, its triggers, and fill it from the data (inside the caller's transaction)."""
    if connection.dialect.name == "sqlite":
        for statement in _sqlite_tables():
            connection.execute(text(statement))
    else:
        _pg_config(connection)
        for statement in _pg_tables():
            connection.execute(text(statement))
        pg_create_search_function(connection)
    recreate(connection)


def recreate(connection: Connection) -> None:
    """Put the triggers back and rebuild the index from the data.

    For the end of any migration that batch-alters a source table on SQLite: batch
    mode copies the table into a new one and drops the triggers of the old.
    """
    dialect = connection.dialect.name
    if dialect == "sqlite":
        # Filled without triggers: a 'delete' sent to FTS5 for a row it does not hold
        # (as DELETE FROM search_doc would, for an index that is out of step) corrupts it.
        for name in sqlite_trigger_names(connection):
            connection.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
        _fill(connection)
        for statement in _sqlite_triggers():
            connection.execute(text(statement))
        return
    for statement in _pg_triggers():
        connection.execute(text(statement))
    _fill(connection)


@contextmanager
def suspended(connection: Connection) -> Iterator[None]:
    """Bulk writes without the triggers, then one rebuild, in the caller's transaction.

    For imports of many rows on SQLite, where a trigger costs more than the row it
    follows. If the block fails, the caller's rollback puts the triggers back (DDL is
    transactional on SQLite). On PostgreSQL the triggers stay: dropping them needs
    the tables' owner, which a coordinator's role on a shared server is not.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    for name in sqlite_trigger_names(connection):
        connection.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
    yield
    recreate(connection)


def rebuild(connection: Connection) -> None:
    """Fill the index afresh from the records (and put its triggers back)."""
    recreate(connection)


def _fill(connection: Connection) -> None:
    dialect = connection.dialect.name
    connection.execute(text(f"DELETE FROM {DOC}"))
    for kind in kinds(dialect):
        connection.execute(text(_insert(kind, "", dialect, many=True)))
    if dialect == "sqlite":
        with _larger_pending_terms(connection):
            # Reads search_doc afresh, whatever the index held before.
            connection.execute(text(f"INSERT INTO {FTS} ({FTS}) VALUES ('rebuild')"))


# FTS5 writes the terms it holds in memory out as a new segment whenever they pass
# 'hashsize' (1 MB unless set), and merges segments as they pile up. For a rebuild,
# 16 MB: the 175,000 records of a large programme indexed in 1.0 s instead of 1.8 s.
# Set back afterwards: a record saved in the window never needs more.
REBUILD_HASHSIZE = 16 * 1024 * 1024
DEFAULT_HASHSIZE = 1024 * 1024


@contextmanager
def _larger_pending_terms(connection: Connection) -> Iterator[None]:
    larger = _set_hashsize(connection, REBUILD_HASHSIZE)
    yield
    if larger:
        _set_hashsize(connection, DEFAULT_HASHSIZE)


def _set_hashsize(connection: Connection, size: int) -> bool:
    """False on an SQLite older than the option: the rebuild takes the default, slower."""
    try:
        with connection.begin_nested():
            connection.execute(text(f"INSERT INTO {FTS} ({FTS}, rank) VALUES ('hashsize', {size})"))
    except OperationalError:
        return False
    return True


def drop(connection: Connection) -> None:
    """Remove the index, its triggers and functions (the downgrade)."""
    if connection.dialect.name == "sqlite":
        for name in sqlite_trigger_names(connection):
            connection.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
        connection.execute(text(f"DROP TABLE IF EXISTS {VOCAB}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {FTS}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {DOC}"))
        return
    names = [k.name for k in kinds("postgresql")] + ["decision_point"]
    for name in names:
        connection.execute(text(f"DROP FUNCTION IF EXISTS {PREFIX}{name}_sync() CASCADE"))
    connection.execute(text(f"DROP FUNCTION IF EXISTS {SEARCH_FUNCTION}(text, text, integer)"))
    connection.execute(text(f"DROP TABLE IF EXISTS {DOC}"))
    connection.execute(text(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}"))
    connection.execute(text(f"DROP FUNCTION IF EXISTS {FOLD}(text)"))
