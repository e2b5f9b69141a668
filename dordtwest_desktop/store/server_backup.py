"""Backups of a server (PostgreSQL) database.

With `pg_dump` on the PATH a backup is its custom format (restored with
`pg_restore`); without it, the app's own JSON export. The password never appears
on a command line: pg_dump gets it through PGPASSWORD. A backup is reported only
once it is there and reads back (`pg_restore --list`, or the JSON parses).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import shutil
import subprocess
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import MetaData, select
from sqlalchemy.engine import make_url

from dordtwest_desktop.domain.errors import DomainError, StorageError
from dordtwest_desktop.files import atomic_output, output_error
from dordtwest_desktop.i18n import tr
from dordtwest_desktop.store import server

if TYPE_CHECKING:
    from dordtwest_desktop.store.database import Store

log = logging.getLogger(__name__)

KEEP_BEFORE_MIGRATION = 5
# The first bytes of every pg_dump custom-format archive.
DUMP_MAGIC = b"PGDMP"


def libpq_url(url: str) -> tuple[str, str | None]:
    """The libpq URI of a SQLAlchemy URL (no driver, no password), and the password."""
    password = make_url(url).password
    return server.without_password(url, drivername="postgresql"), (
        None if password is None else str(password)
    )


def backup_suffix() -> str:
    """The file ending of a server backup made here: a pg_dump archive, else JSON."""
    return ".dump" if shutil.which("pg_dump") else ".json"


def backup_server(store: Store, target: Path) -> Path:
    """Back up the server database to `target`: pg_dump's custom format, else JSON."""
    target = Path(target).expanduser().resolve()
    if target.is_dir():
        raise StorageError(tr("'{path}' is a folder, not a file name.").format(path=target))
    if shutil.which("pg_dump"):
        _pg_dump(store, target)
    else:
        log.info("pg_dump is not on the PATH; backing up %s as JSON", target)
        _json_backup(store, target)
    return target


def _pg_dump(store: Store, target: Path) -> None:
    uri, password = libpq_url(store.url)
    env = dict(os.environ)
    if password is not None:
        env["PGPASSWORD"] = password
    partial = target.with_name(target.name + ".part")
    command = ["pg_dump", "--format=custom", "--no-password", f"--file={partial}", uri]
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise StorageError(
                tr("pg_dump could not back up the server database: {reason}").format(
                    reason=_first_line(result.stderr)
                )
            )
        _check_dump(partial)
        partial.replace(target)
    except OSError as exc:
        raise StorageError(output_error(target, exc).message) from exc
    finally:
        partial.unlink(missing_ok=True)


def _check_dump(path: Path) -> None:
    """The archive is there, starts like one and, where pg_restore exists, lists."""
    with path.open("rb") as handle:
        magic = handle.read(len(DUMP_MAGIC))
    problem = None if magic == DUMP_MAGIC else tr("the file is not a pg_dump archive")
    if problem is None and shutil.which("pg_restore"):
        listed = subprocess.run(
            ["pg_restore", "--list", str(path)], capture_output=True, text=True, check=False
        )
        if listed.returncode != 0 or "TABLE DATA" not in listed.stdout:
            problem = _first_line(listed.stderr) or tr("pg_restore cannot read it")
    if problem is not None:
        raise StorageError(
            tr("The backup of the server database failed: {reason}.").format(reason=problem)
        )


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0].removeprefix("pg_dump: ").removeprefix("error: ") if lines else ""


def _json_backup(store: Store, target: Path) -> None:
    """The app's JSON export; a schema older than this app's is written table by table."""
    from dordtwest_desktop.store.exchange import export_json, read_exchange_file
    from dordtwest_desktop.store.migrate import SCHEMA_HEAD, current_revision

    with store.engine.connect() as connection:
        revision = current_revision(connection)
    try:
        if revision == SCHEMA_HEAD:
            export_json(store, target)
            read_exchange_file(target)
        else:
            _raw_export(store, target, revision)
            json.loads(target.read_text(encoding="utf-8"))
    except DomainError as exc:
        raise StorageError(exc.message) from exc
    except OSError as exc:
        raise StorageError(output_error(target, exc).message) from exc


def _raw_export(store: Store, target: Path, revision: str | None) -> None:
    """Every table as stored (before a migration the models do not fit the schema yet)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    metadata = MetaData()
    with store.engine.connect() as connection:
        metadata.reflect(connection)
        for table in metadata.sorted_tables:
            rows = connection.execute(select(table)).mappings()
            tables[table.name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    document = {
        "format": "dordtwest-server-backup",
        "schema": revision,
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "tables": tables,
    }
    with atomic_output(target) as partial:
        partial.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def backup_folder(store: Store) -> Path:
    """Where the backups before a migration of this server database go (per server and database)."""
    from dordtwest_desktop.paths import data_dir

    url = make_url(store.url)
    host = url.host or str(url.query.get("host", "local"))
    name = f"{host}-{url.port or 5432}-{url.database or ''}"
    return data_dir() / "server-backups" / re.sub(r"[^A-Za-z0-9._-]+", "_", name)


def backup_before_migration(store: Store, revision: str, now: datetime | None = None) -> Path:
    """A backup of the server database before its schema is upgraded; the last few kept."""
    folder = backup_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = ".dump" if shutil.which("pg_dump") else ".json"
    target = backup_server(store, folder / f"before-migration-{revision}-{stamp}{suffix}")
    older = sorted(folder.glob("before-migration-*"), key=lambda p: p.stat().st_mtime)
    for old in older[:-KEEP_BEFORE_MIGRATION]:
        old.unlink(missing_ok=True)
    return target
