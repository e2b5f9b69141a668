"""A PostgreSQL server as the store: connection settings, rights, and the user's words for its errors.

Errors are told apart by their SQLSTATE (psycopg's `sqlstate`), never by message
text, which the server translates into its own locale.
"""

from __future__ import annotations

import contextlib
import json
import logging
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import URL, make_url

from dordtwest_desktop.domain.errors import BusyError, StorageError
from dordtwest_desktop.i18n import tr

log = logging.getLogger(__name__)

# The oldest server the migrations and queries are tried on.
MIN_SERVER_VERSION = 13
# How long a connection attempt may take before the user hears back.
CONNECT_TIMEOUT_S = 5
# A write waits this long for a row another coordinator's save holds locked.
LOCK_TIMEOUT_MS = 15000
# The channel the app's own writes announce themselves on (see services.changes).
CHANNEL = "dordtwest_changes"


def connect_args(application: str = "Dordt West Alliantie") -> dict[str, Any]:
    return {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": application}


def listen_server(engine: Engine) -> None:
    """Per connection: a lock wait has an end, and the session speaks a fixed date style."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        dbapi_connection.commit()


def is_server_url(target: str) -> bool:
    return target.startswith(("postgresql:", "postgresql+", "postgres:"))


def normalized_url(target: str) -> str:
    """A server URL with the driver this app uses (psycopg 3), whatever the user wrote."""
    url = make_url(target)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def build_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """A server URL from the connection dialog's fields (the password only if typed)."""
    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=password or None,
        host=host or None,
        port=port or None,
        database=database or None,
    ).render_as_string(hide_password=False)


def without_password(url: str, drivername: str | None = None) -> str:
    """The URL to remember or hand to a tool: never the password (libpq's .pgpass holds it)."""
    parsed = make_url(url)
    # Not URL.set(password=None): set() ignores None and would keep the password.
    return URL.create(
        drivername or parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    ).render_as_string(hide_password=False)


def url_parts(url: str) -> dict[str, str | int]:
    """host, port, database, user of a server URL, for filling in the dialog again."""
    parsed = make_url(url)
    return {
        "host": parsed.host or "",
        "port": parsed.port or 5432,
        "database": parsed.database or "",
        "user": parsed.username or "",
    }


def describe(url: str | URL) -> str:
    """`user@host:port/database`, never with the password, for titles and messages."""
    parsed = make_url(url) if isinstance(url, str) else url
    host = parsed.host or parsed.query.get("host") or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{user}{host}{port}/{parsed.database or ''}"


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a server error, through SQLAlchemy's wrapper; None if there is none."""
    for candidate in (getattr(exc, "orig", None), exc, exc.__cause__):
        state = getattr(candidate, "sqlstate", None)
        if isinstance(state, str):
            return state
    return None


def is_server_error(exc: BaseException) -> bool:
    origin = getattr(exc, "orig", None) or exc
    return type(origin).__module__.startswith("psycopg")


def lost_connection(exc: BaseException) -> bool:
    """Did the connection to the server go away (network, restart), not the statement fail?"""
    state = sqlstate(exc)
    if state is not None:
        return state.startswith("08") or state in ("57P01", "57P02", "57P03")
    return bool(getattr(exc, "connection_invalidated", False)) or _is_operational(exc)


def _is_operational(exc: BaseException) -> bool:
    import psycopg

    origin = getattr(exc, "orig", None) or exc
    return isinstance(origin, psycopg.OperationalError)


def busy_error() -> BusyError:
    return BusyError(
        tr(
            "Another coordinator is saving the same records right now: the change was "
            "not stored. Try again in a moment."
        )
    )


def _refusal(exc: BaseException) -> str | None:
    """What the server said when it refused a new connection (its FATAL line), if it did.

    libpq gives no SQLSTATE for a refused connection, only the server's text: the
    common refusals are recognised in the server's default (English) wording, any
    other is quoted to the user as the server said it.
    """
    origin = getattr(exc, "orig", None) or exc
    pgconn = getattr(origin, "pgconn", None)
    raw = getattr(pgconn, "error_message", b"") or b""
    said = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    if "FATAL:" not in said:
        return None
    return said.split("FATAL:", 1)[1].strip().splitlines()[0].strip()


def message_for(exc: BaseException, *, target: str = "") -> str | None:
    """The user's sentence for a server failure, or None if it is not one of those."""
    state = sqlstate(exc)
    where = describe(target) if target else tr("the server")
    refusal = _refusal(exc) if state is None else None
    if refusal is not None:
        if "password" in refusal or ("role" in refusal and "does not exist" in refusal):
            state = "28P01"
        elif refusal.startswith("database") and "does not exist" in refusal:
            state = "3D000"
        elif "too many" in refusal or "starting up" in refusal or "shutting down" in refusal:
            state = "57P03"
        else:
            return tr("The server ({where}) refused the connection: {reason}").format(
                where=where, reason=refusal
            )
    if state in ("55P03", "40P01", "40001"):
        return busy_error().message
    if state in ("28P01", "28000"):
        return tr(
            "The server at {where} refused the user name or password. Check them, or "
            "the password in your .pgpass file."
        ).format(where=where)
    if state == "3D000":
        return tr(
            "The database does not exist on the server ({where}). Check its name, or ask "
            "the administrator to create it."
        ).format(where=where)
    if state == "42501":
        return tr("Your role on the server may not do this (no rights): the change was not stored.")
    if state == "53100":
        return tr("The server's disk is full: the change was not stored.")
    if state == "57014":
        return tr("The server cancelled the operation (it took too long): nothing was stored.")
    if lost_connection(exc):
        return tr(
            "The connection to the server ({where}) was lost or cannot be made: the change "
            "was not stored. Check the network and try again."
        ).format(where=where)
    return None


def check_server(connection: Connection) -> None:
    """Refuse a server too old for the migrations, in the user's words."""
    version = connection.dialect.server_version_info or (0,)
    major = version[0] if isinstance(version[0], int) else 0
    if major < MIN_SERVER_VERSION:
        raise StorageError(
            tr(
                "The server runs PostgreSQL {version}; the app needs version {minimum} or newer."
            ).format(version=".".join(map(str, version)), minimum=MIN_SERVER_VERSION)
        )


def may_write(connection: Connection) -> bool:
    """Has the connected role the rights to change the programme (not only to read it)?"""
    return bool(
        connection.execute(
            text(
                "SELECT has_table_privilege(current_user, 'initiative', 'UPDATE') "
                "AND has_table_privilege(current_user, 'initiative', 'INSERT')"
            )
        ).scalar()
    )


def notify(connection: Connection, who: str, instance: str, tables: set[str] | None = None) -> None:
    """Tell the other windows on this server that this transaction changed something.

    NOTIFY is delivered at commit, and not at all after a rollback. `tables` (None:
    not known) lets them refresh only the views that show those.
    """
    message: dict[str, Any] = {"by": who[:200], "from": instance}
    if tables is not None:
        message["tables"] = sorted(tables)
    payload = json.dumps(message)
    if len(payload) > 7000:  # NOTIFY's limit is 8000 bytes: say "everything" instead
        payload = json.dumps({"by": who[:200], "from": instance})
    connection.execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
    )


class Listener:
    """Hears the change notifications of every app on the same server database.

    A connection of its own, in autocommit, LISTENs; `poll()` sends an empty
    query, during which the server hands over what arrived, and so also notices
    a server that went away (then it reconnects on a later poll).
    """

    def __init__(self, url: str, instance: str) -> None:
        self._url = url
        self._instance = instance
        self._connection: Any = None
        self._heard: list[dict[str, Any]] = []
        self.connected = True
        self._connect()

    def _connect(self) -> None:
        import psycopg

        conninfo = (
            make_url(self._url).set(drivername="postgresql").render_as_string(hide_password=False)
        )
        try:
            self._connection = psycopg.connect(conninfo, autocommit=True, **connect_args())
            self._connection.add_notify_handler(self._hear)
            self._connection.execute(f"LISTEN {CHANNEL}")
            self.connected = True
        except psycopg.Error:
            log.info("listening for changes on %s failed", describe(self._url), exc_info=True)
            self._drop()
            self.connected = False

    def _hear(self, notification: Any) -> None:
        try:
            payload = json.loads(notification.payload)
        except ValueError:
            payload = {}
        if payload.get("from") != self._instance:
            self._heard.append(payload)

    def poll(self) -> list[dict[str, Any]]:
        """What other apps committed since the last poll (their `by`), oldest first.

        After a lost connection, the first poll that reconnects reports one change
        with no name: what happened meanwhile is unknown, so everything is reread.
        """
        import psycopg

        if self._connection is None:
            self._connect()
            return [{"by": ""}] if self.connected else []
        try:
            self._connection.execute("SELECT 1")
        except psycopg.Error:
            self._drop()
            self.connected = False
            return []
        heard, self._heard = self._heard, []
        return heard

    def _drop(self) -> None:
        if self._connection is not None:
            # Closing a connection the server already dropped may fail any way.
            with contextlib.suppress(Exception):
                self._connection.close()
        self._connection = None

    def close(self) -> None:
        self._drop()
