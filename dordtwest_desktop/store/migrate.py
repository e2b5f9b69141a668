"""Schema migrations (Alembic), run automatically when a store opens."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DatabaseError

from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.i18n import tr

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from dordtwest_desktop.store.database import Store

# The newest revision in migrations/versions; tests hold it equal to Alembic's head.
# Knowing it here lets an up-to-date database open without importing Alembic (~0.15 s).
SCHEMA_HEAD = "0009_status_due"

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The schema revision; None when the database has no revision table.

    Only a missing table means "no revision": a busy, locked or damaged file is an
    error of its own and goes up as such, never as "another application's file".
    """
    from dordtwest_desktop.store.sqlite_files import error_name

    try:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DatabaseError as exc:
        connection.rollback()
        if connection.dialect.name == "sqlite" and error_name(exc) != "SQLITE_ERROR":
            raise
        if connection.dialect.name != "sqlite" and "alembic_version" not in set(
            inspect(connection).get_table_names()
        ):
            return None
        if connection.dialect.name != "sqlite":
            raise
        return None
    return str(rows[0][0]) if rows else None


def upgrade(store: Store) -> None:
    """Bring the schema to the head revision; back the file up first if it holds data."""
    with store.engine.connect() as connection:
        if current_revision(connection) == SCHEMA_HEAD:
            return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    head = script.get_current_head()
    with store.engine.connect() as connection:
        current = current_revision(connection)
        tables = set(inspect(connection).get_table_names())
    if current == head:
        return
    if current is not None and _unknown(script, current):
        raise StorageError(
            tr(
                "This database was made by a newer version of the app (schema {revision}); "
                "update the app to open it. The file was not changed."
            ).format(revision=current)
        )
    if current is None and tables:
        raise StorageError(
            tr("This file is a database of another application; it was not changed.")
            if store.is_sqlite
            else tr(
                "This database on the server belongs to another application; it was not changed."
            )
        )
    if current is not None:
        _backup_before_migration(store, current)
    log.info("migrating %s from %s to %s", store.label, current, head)
    if store.is_sqlite:
        _upgrade_sqlite(store)
    else:
        from alembic.command import upgrade as alembic_upgrade

        with store.engine.begin() as connection:
            alembic_upgrade(_config(connection), "head")


def is_known_revision(revision: str) -> bool:
    """Is this a revision of this version's migrations (the head or an older one)?"""
    if revision == SCHEMA_HEAD:
        return True
    from alembic.script import ScriptDirectory

    return not _unknown(ScriptDirectory.from_config(_config()), revision)


def _unknown(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is None
    except Exception:
        return True


def _upgrade_sqlite(store: Store) -> None:
    # Batch mode recreates tables; with foreign keys on that would fire ON DELETE
    # CASCADE and silently drop child rows. Migrate with them off, then verify.
    from alembic.command import upgrade as alembic_upgrade

    with store.engine.connect() as connection:
        # On the driver connection, before SQLAlchemy begins a transaction: inside one,
        # SQLite ignores this pragma.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            alembic_upgrade(_config(connection), "head")
            connection.commit()
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            connection.commit()
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    if problems:
        raise StorageError(
            tr("The database upgrade left broken references ({count}); restore a backup.").format(
                count=len(problems)
            )
        )


def _backup_before_migration(store: Store, revision: str) -> None:
    from dordtwest_desktop.store.backup import make_backup
    from dordtwest_desktop.store.server_backup import backup_before_migration

    if store.is_sqlite and store.path is None:
        return  # a database in memory: nothing to keep
    if store.is_sqlite:
        target = make_backup(store, "before-migration")
    else:
        # A server database is backed up into the user's data folder (pg_dump, or
        # the app's JSON export when pg_dump is not installed).
        target = backup_before_migration(store, revision)
    log.info("backed up the database (schema %s) to %s before migrating", revision, target)


def check_revision_of_file(path: Path, *, allow_empty: bool = False) -> None:
    """Refuse a database file this version cannot open (another app's, or a newer schema).

    Reads through a read-only connection: a refused file is not touched at all (not
    even switched to WAL).
    """
    import sqlite3

    from dordtwest_desktop.store import sqlite_files

    connection = sqlite_files.connect(path, mode="ro")
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if sqlite_files.error_name(exc) in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            raise sqlite_files.busy_error() from exc
        raise sqlite_files.damaged(path, exc) from exc
    finally:
        connection.close()
    # A new file is empty; a file of many pages whose catalogue shows no tables is damaged.
    if revision is None and allow_empty and not tables and pages <= 2:
        return
    if revision is None:
        raise StorageError(
            tr("This file is a database of another application; it was not changed.")
        )
    if revision == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory

    if _unknown(ScriptDirectory.from_config(_config()), revision):
        raise StorageError(
            tr(
                "This database was made by a newer version of the app (schema {revision}); "
                "update the app to open it. The file was not changed."
            ).format(revision=revision)
        )


def new_revision(store: Store, message: str) -> None:
    """Developer helper: autogenerate a migration against the given (head) store."""
    from alembic.command import revision as alembic_revision

    with store.engine.begin() as connection:
        alembic_revision(_config(connection), message=message, autogenerate=True)
