"""Schema migrations (Alembic), run automatically when a store opens."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from alembic.command import revision as alembic_revision
from alembic.command import upgrade as alembic_upgrade
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from dordtwest_desktop.domain.errors import StorageError
from dordtwest_desktop.i18n import tr

if TYPE_CHECKING:
    from dordtwest_desktop.store.database import Store

log = logging.getLogger(__name__)

SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(store: Store) -> None:
    """Bring the schema to the head revision; back the file up first if it holds data."""
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
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        try:
            alembic_upgrade(_config(connection), "head")
            connection.commit()
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
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
    with store.engine.begin() as connection:
        alembic_revision(_config(connection), message=message, autogenerate=True)
