"""Schema migrations (Alembic), run automatically when a store opens."""

from __future__ import annotations

import logging
from datetime import datetime
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
SCHEMA_HEAD = "0001"

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
    try:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DatabaseError:
        connection.rollback()
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
        )
    if current is not None:
        _backup_before_migration(store, current)
    log.info("migrating %s from %s to %s", store.url, current, head)
    if store.is_sqlite:
        _upgrade_sqlite(store)
    else:
        from alembic.command import upgrade as alembic_upgrade

        with store.engine.begin() as connection:
            alembic_upgrade(_config(connection), "head")


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
    from dordtwest_desktop.store.backup import backup_to

    path = store.path
    if path is None:
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")
    backup_to(store, target)
    log.info("backed up %s to %s before migrating", path, target)


def new_revision(store: Store, message: str) -> None:
    """Developer helper: autogenerate a migration against the given (head) store."""
    from alembic.command import revision as alembic_revision

    with store.engine.begin() as connection:
        alembic_revision(_config(connection), message=message, autogenerate=True)
