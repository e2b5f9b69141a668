"""A throw-away PostgreSQL cluster for the tests and benchmarks.

The tests start it themselves (so the README's test command needs nothing running):
`initdb` into a private folder, a server on a private socket folder and a free
loopback port, `fsync=off`. As root (CI) the cluster runs as the `postgres` user,
because initdb refuses root. DORDTWEST_TEST_PG_URL points the tests at an existing
server instead (a URL to its `postgres` database, by a superuser).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from dordtwest_desktop.store.database import Store

SUPERUSER = "postgres"
# Loopback connections check passwords (so a wrong one is refused, as on a real
# server); the private socket trusts the cluster's own tools.
PASSWORD = "dordtwest-test"


def _bin_dir() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    if not versions:
        raise RuntimeError(
            "PostgreSQL is not installed (no initdb): apt-get install postgresql, "
            "or set DORDTWEST_TEST_PG_URL to a server"
        )
    return Path(versions[-1]).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """A running server and the URLs of databases on it."""

    def __init__(self) -> None:
        self._own: Path | None = None
        self._external = os.environ.get("DORDTWEST_TEST_PG_URL")
        self.port = 0
        self.socket_dir = ""

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> Cluster:
        if self._external:
            return self
        bin_dir = _bin_dir()
        # Short path: a Unix socket's path is limited to about 100 bytes.
        base = Path(tempfile.mkdtemp(prefix="dwpg"))
        base.chmod(0o777)
        self._own = base
        self.socket_dir = str(base)
        self.port = _free_port()
        data = base / "data"
        pwfile = base / "pw"
        pwfile.write_text(PASSWORD)
        self._run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                f"--pwfile={pwfile}",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
            ]
        )
        options = (
            f"-k {base} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(base / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        return self

    def stop(self) -> None:
        if self._own is None:
            return
        data = self._own / "data"
        try:
            self._run(
                [str(_bin_dir() / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
            )
        finally:
            shutil.rmtree(self._own, ignore_errors=True)
            self._own = None

    def restart(self) -> None:
        """Stop and start the server (a server restart while the app is connected)."""
        assert self._own is not None, "only a cluster of our own can be restarted"
        data = self._own / "data"
        self._run(
            [str(_bin_dir() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "-t", "60", "restart"]
        )

    def _run(self, command: Sequence[str]) -> None:
        if os.geteuid() == 0:
            assert self._own is not None
            subprocess.run(["chown", "-R", SUPERUSER, str(self._own)], check=True)
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    # -- databases ---------------------------------------------------------

    def url(
        self, database: str = "postgres", user: str = SUPERUSER, password: str | None = PASSWORD
    ) -> URL:
        if self._external:
            external = make_url(self._external)
            if user != external.username:
                external = external.set(username=user, password=password)
            return external.set(database=database)
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            host="127.0.0.1",
            port=self.port,
            database=database,
        )

    def admin(self, *statements: str) -> None:
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.execute(text(statement))
        finally:
            engine.dispose()

    def new_database(self, template: str | None = None) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        clause = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.admin(f"CREATE DATABASE {name}{clause}")
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def throwaway_store() -> Iterator[Store]:
    """A store on a new database of a throw-away server, for the benchmarks' --pg."""
    from dordtwest_desktop.store.database import open_store

    cluster = Cluster().start()
    try:
        url = cluster.url(cluster.new_database()).render_as_string(hide_password=False)
        store = open_store(url)
        try:
            yield store
        finally:
            store.close()
    finally:
        cluster.stop()
